import { createStore } from 'zustand/vanilla';
import type { Download } from '../download';
import type { Settings } from '../storage/registry';
import { registry } from '../storage/registry';
import type { QuarantinedItem, Repository } from '../storage/repository';
import { exportFile, exportFileName, type ImportPlan, planImport } from '../storage/transfer';

export interface OptionsState {
  phase: 'loading' | 'ready';
  settings: Settings;
  interviewCount: number;
  quarantine: QuarantinedItem[];
  /** The import waiting for confirmation. */
  plan: (ImportPlan & { fileName: string }) | null;
  message: { tone: 'info' | 'error'; text: string } | null;
}

/** The options page: settings, export/import, retention, quarantine, erase. */
export function createOptionsStore(repository: Repository, now: () => number = Date.now) {
  const store = createStore<OptionsState>()(() => ({
    phase: 'loading',
    settings: registry.settings.fallback,
    interviewCount: 0,
    quarantine: [],
    plan: null,
    message: null,
  }));
  const { getState, setState } = store;
  const say = (tone: 'info' | 'error', text: string) => setState({ message: { tone, text } });

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
      const unwatch = repository.watch(() => void refresh());
      await refresh();
      return unwatch;
    },

    async saveSettings(change: Partial<Omit<Settings, 'schema'>>) {
      const settings = { ...getState().settings, ...change };
      try {
        await repository.writeSettings(settings);
        setState({ settings });
        say('info', 'Saved.');
      } catch (error) {
        say('error', `Not saved: ${String(error)}`);
      }
    },

    async exportAll(): Promise<Download> {
      const { interviews } = await repository.readAll();
      return { filename: exportFileName(now()), json: exportFile(interviews, now()) };
    },

    /** The raw stored values that could not be read, exactly as they are. */
    async exportQuarantine(): Promise<Download> {
      const { items, raw } = await repository.readQuarantine();
      const file = { format: 'reverse-interview-unreadable', exportedAt: new Date(now()).toISOString(), items, raw };
      return { filename: exportFileName(now(), 'unreadable'), json: `${JSON.stringify(file, null, 2)}\n` };
    },

    /** Reads a chosen file and shows what importing it would do; nothing is written yet. */
    async chooseImport(fileName: string, content: string) {
      const { interviews } = await repository.readAll();
      const known = new Map(interviews.map((i) => [i.id, i]));
      const unreadable = new Set(getState().quarantine.map((q) => q.key));
      const plan = planImport(content, (id) => {
        const interview = known.get(id);
        if (interview) return { kind: 'ok', interview };
        return unreadable.has(`interview:${id}`) ? { kind: 'invalid' } : { kind: 'missing' };
      });
      setState({ plan: { ...plan, fileName }, message: null });
    },

    cancelImport() {
      setState({ plan: null });
    },

    async confirmImport() {
      const { plan } = getState();
      if (!plan?.ok) return;
      const writes = plan.items.flatMap((i) => (i.result ? [i.result] : []));
      try {
        if (writes.length > 0) await repository.putInterviews(writes);
        const added = plan.items.filter((i) => i.action === 'add').length;
        const updated = plan.items.filter((i) => i.action === 'update').length;
        const skipped = plan.items.length - added - updated;
        setState({ plan: null });
        say('info', `Imported: ${added} added, ${updated} updated, ${skipped} skipped.`);
      } catch (error) {
        say('error', `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`);
      }
    },

    async eraseAll() {
      await repository.eraseAll();
      await refresh();
      say('info', 'All data was erased.');
    },
  };

  return { store, actions };
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
