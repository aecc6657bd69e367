import { createStore } from 'zustand/vanilla';
import type { Download } from '../download';
import { DEFAULT_GREETING, DEFAULT_SIGN_OFF, WORDING_MAX } from '../growth/wording';
import { reasonOf } from '../reason';
import type { Settings } from '../storage/registry';
import { registry } from '../storage/registry';
import { QuarantinedError, type QuarantinedItem, type Repository } from '../storage/repository';
import { applyRetention } from '../storage/retention';
import { exportFileName } from '../storage/transfer';
import { createImporting, type ImportState } from './options-import';
import { createStatusLine } from './status-line';

export interface OptionsState extends ImportState {
  phase: 'loading' | 'ready';
  settings: Settings;
  interviewCount: number;
  quarantine: QuarantinedItem[];
}

/** The stored settings' entry in the log of unreadable data, if they cannot be read (the settings forms say so). */
export function settingsProblem(state: OptionsState): QuarantinedItem | undefined {
  return state.quarantine.find((i) => i.key === registry.settings.key);
}

/** How long news stays in the page's status line; errors stay until replaced. */
export const OPTIONS_INFO_MS = 8000;

/** The options page: settings, export/import, retention, quarantine, erase. */
export interface OptionsStoreOptions {
  /**
   * Reads and checks every interview record on open, so "Unreadable data" shows
   * problems anywhere. Off where another part of the page already reads them
   * all on open and reports what it cannot read to the same log (Insights):
   * reading 2,000 records twice doubled the time to its first chart.
   */
  checkRecordsOnOpen?: boolean;
}

export function createOptionsStore(
  repository: Repository,
  now: () => number = Date.now,
  infoMs = OPTIONS_INFO_MS,
  { checkRecordsOnOpen = true }: OptionsStoreOptions = {},
) {
  const store = createStore<OptionsState>()(() => ({
    phase: 'loading',
    settings: registry.settings.fallback,
    interviewCount: 0,
    quarantine: [],
    plan: null,
    message: null,
  }));
  const { getState, setState } = store;
  /**
   * The status sits at the top of the page and follows it down (sticky), so news
   * leaves after a while: "Saved." must not stay over the next section (issue 21).
   */
  const { say } = createStatusLine(
    () => getState().message,
    (message) => setState({ message }),
    infoMs,
  );
  const importing = createImporting({ repository, getState, setState, say });
  async function refresh() {
    const [settings, index, quarantine] = await Promise.all([
      repository.readSettings(),
      repository.readIndex(),
      repository.readQuarantine(),
    ]);
    setState({ phase: 'ready', settings, interviewCount: index.entries.length, quarantine: quarantine.items });
  }

  const actions = {
    /** Reads everything again, e.g. after another module logged unreadable data (the catalogue). */
    refresh,

    async init(): Promise<() => void> {
      // What this page shows: settings, the count (the index) and the unreadable data. Not interview
      // records: a panel beside a call writes one at every pause in typing, and each would read the whole index again.
      const unwatch = repository.watch(
        () => void refresh().catch((error: unknown) => say('error', `Could not read the stored data again: ${String(error)}`)),
        ['settings', 'index', 'quarantine', 'erased'],
      );
      // Every record is read (and validated) once on open, so the quarantine
      // list shows problems anywhere, not only in records a panel happened to open.
      // Settings too, before the list is read: unreadable ones are logged by then.
      await Promise.all([checkRecordsOnOpen ? repository.readAll() : null, repository.readSettings()]);
      await refresh();
      return unwatch;
    },

    async saveSettings(change: Partial<Omit<Settings, 'schema'>>) {
      const settings = { ...getState().settings, ...change };
      try {
        await repository.writeSettings(settings);
        setState({ settings });
      } catch (error) {
        say(
          'error',
          error instanceof QuarantinedError
            ? 'Not saved: your stored settings could not be read, so they are kept exactly as they were and not written over. See "Unreadable data" below.'
            : `Not saved: ${reasonOf(error)}`,
        );
        return;
      }
      if (change.retentionDays === undefined || settings.retentionDays === null) {
        say('info', 'Saved.');
        return;
      }
      // Applied now, not only at the next start-up or daily run (the background does not follow storage changes).
      try {
        const { deleted, kept } = await applyRetention(repository, now());
        const days = settings.retentionDays === 1 ? '1 day' : `${settings.retentionDays} days`;
        const interviews = (n: number) => (n === 1 ? 'One interview' : `${n} interviews`);
        const parts = ['Saved.'];
        if (deleted.length > 0) parts.push(`${interviews(deleted.length)} older than ${days} deleted.`);
        if (kept.length > 0) {
          const were = kept.length === 1 ? 'was' : 'were';
          parts.push(
            `${interviews(kept.length)} older than ${days} could not be deleted and ${were} kept (see Unreadable data).`,
          );
        }
        say('info', parts.join(' '));
      } catch (error) {
        say('error', `Saved, but old interviews could not be deleted now (${String(error)}). The daily run will try again.`);
      }
    },

    /**
     * The greeting and sign-off of the message for the candidate. The defaults
     * are stored as unset, so a later version's better default reaches them.
     */
    async saveWording(greeting: string, signOff: string) {
      if (greeting.length > WORDING_MAX || signOff.length > WORDING_MAX) {
        say(
          'error',
          `Not saved: the greeting and the sign-off may each be ${WORDING_MAX} characters at most. Your text is still in the form.`,
        );
        return;
      }
      await actions.saveSettings({
        candidateGreeting: greeting === DEFAULT_GREETING ? undefined : greeting,
        candidateSignOff: signOff === DEFAULT_SIGN_OFF ? undefined : signOff,
      });
    },

    /** The file to download, or null when storage could not be read (the page says why). */
    async exportAll(): Promise<Download | null> {
      try {
        const file = await repository.exportAll(now());
        const what = file.count === 1 ? 'one interview' : `${file.count} interviews`;
        say('info', `Exported ${what} to ${file.filename}, in your downloads.`);
        return { filename: file.filename, json: file.json };
      } catch (error) {
        say('error', `Nothing was exported: the stored interviews could not be read (${reasonOf(error)}). Nothing was changed.`);
        return null;
      }
    },

    /** The raw stored values that could not be read, exactly as they are; null when even that failed (the page says why). */
    async exportQuarantine(): Promise<Download | null> {
      try {
        const { items, raw } = await repository.readQuarantine();
        const file = { format: 'reverse-interview-unreadable', exportedAt: new Date(now()).toISOString(), items, raw };
        return { filename: exportFileName(now(), 'unreadable'), json: `${JSON.stringify(file, null, 2)}\n` };
      } catch (error) {
        say('error', `Nothing was exported: the unreadable data could not be read (${reasonOf(error)}). Nothing was changed.`);
        return null;
      }
    },

    ...importing.actions,

    async eraseAll() {
      try {
        await repository.eraseAll();
      } catch (error) {
        // Not "nothing was erased": clear() is not promised to be all or nothing. If the index went, watch() refreshes the count.
        say('error', `Could not erase the data (${reasonOf(error)}). Try again.`);
        return;
      }
      try {
        await refresh();
        say('info', 'All data was erased.');
      } catch (error) {
        say('error', `All data was erased, but the page could not read storage again (${reasonOf(error)}). Reload the page.`);
      }
    },
  };

  return { store, actions };
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
