import { createStore } from 'zustand/vanilla';
import type { Download } from '../download';
import { DEFAULT_GREETING, DEFAULT_SIGN_OFF, WORDING_MAX } from '../growth/wording';
import { reasonOf } from '../reason';
import type { Settings } from '../storage/registry';
import { interviewKey, registry } from '../storage/registry';
import { QuarantinedError, type QuarantinedItem, type Repository } from '../storage/repository';
import { applyRetention } from '../storage/retention';
import { exportFileName, type ImportPlan, planImport } from '../storage/transfer';
import { createStatusLine, type Status } from './status-line';

export interface OptionsState {
  phase: 'loading' | 'ready';
  settings: Settings;
  interviewCount: number;
  quarantine: QuarantinedItem[];
  /** The import waiting for confirmation. */
  plan: (ImportPlan & { fileName: string }) | null;
  message: Status | null;
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
  /** The chosen file, kept until confirm: the plan is made again then, against storage as it is at that moment. */
  let pending: { fileName: string; content: string } | null = null;

  /** What importing `content` would do to storage as it is now. Reads every record, so unreadable ones are known. */
  async function plan(content: string): Promise<ImportPlan> {
    const { interviews, problems } = await repository.readAll();
    const known = new Map(interviews.map((i) => [i.id, i]));
    const unreadable = new Set(problems.map((p) => p.key));
    return planImport(content, (id) => {
      const interview = known.get(id);
      if (interview) return { kind: 'ok', interview };
      return unreadable.has(interviewKey(id)) ? { kind: 'invalid' } : { kind: 'missing' };
    });
  }

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

    /** Reads a chosen file and shows what importing it would do; nothing is written yet. */
    async chooseImport(fileName: string, content: string) {
      pending = { fileName, content };
      try {
        const planned = await plan(content);
        if (pending?.content !== content) return; // Another file was chosen meanwhile.
        setState({ plan: { ...planned, fileName }, message: null });
      } catch (error) {
        if (pending?.content !== content) return;
        pending = null;
        setState({ plan: null });
        say(
          'error',
          `Nothing was imported from ${fileName}: the stored interviews could not be read to compare (${reasonOf(error)}).`,
        );
      }
    },

    /** A chosen file the browser could not read (moved, deleted or changed since it was picked). */
    fileUnreadable(fileName: string, error: unknown) {
      say('error', `Could not read ${fileName} (${reasonOf(error)}). Nothing was imported.`);
    },

    cancelImport() {
      pending = null;
      setState({ plan: null });
    },

    /**
     * Plans again against storage as it is now (a panel may have typed, or
     * another import landed, since the preview) and writes that plan, so a
     * newer answer is never replaced by the file's older one.
     */
    async confirmImport() {
      const shown = getState().plan;
      if (!shown?.ok || !pending) return;
      const { fileName, content } = pending;
      try {
        const fresh = await plan(content);
        if (!fresh.ok) throw new Error(fresh.error);
        const writes = fresh.items.flatMap((i) => (i.result ? [i.result] : []));
        if (writes.length > 0) await repository.putInterviews(writes);
        // The scripts they were started with, so they open here as they were run.
        let refused = 0;
        for (const script of fresh.scripts.valid) if (!(await repository.scripts.importVersion(script))) refused += 1;
        const added = fresh.items.filter((i) => i.action === 'add').length;
        const updated = fresh.items.filter((i) => i.action === 'update').length;
        const skipped = fresh.items.length - added - updated;
        const changed =
          actionsOf(fresh) !== actionsOf(shown) ? ' Storage changed since the preview, so the plan was made again.' : '';
        pending = null;
        setState({ plan: null });
        const scripts = fresh.scripts.valid.length - refused;
        const withScripts =
          scripts > 0 ? ` ${scripts} ${scripts === 1 ? 'script version' : 'script versions'} kept with them.` : '';
        const notScripts =
          refused + fresh.scripts.invalid.length > 0
            ? ` ${refused + fresh.scripts.invalid.length} script ${refused + fresh.scripts.invalid.length === 1 ? 'version was' : 'versions were'} left out (unreadable, or another script is stored under the same version).`
            : '';
        say(
          'info',
          `Imported ${fileName}: ${added} added, ${updated} updated, ${skipped} skipped.${changed}${withScripts}${notScripts}`,
        );
      } catch (error) {
        say('error', `Nothing was imported: ${reasonOf(error)}`);
      }
    },

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

/** The plan's decisions in one string, to tell whether two plans differ. */
function actionsOf(plan: ImportPlan): string {
  return plan.ok ? plan.items.map((i) => `${i.path}:${i.action}`).join(',') : `refused:${plan.error}`;
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
