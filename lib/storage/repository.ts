import type { Download } from '../download';
import type { Interview } from '../interview/schema';
import { builtInScripts } from '../script';
import type { Script } from '../script/schema';
import { createItem } from './item';
import { type IndexResult, type Problem, parseIndex, parseInterview, type ReadResult } from './parse';
import type { Storage, StorageChange } from './port';
import { createQuarantine } from './quarantine';
import { createRecords } from './records';
import { interviewIdOf, registry, type Settings } from './registry';
import { createScripts } from './scripts';
import { exportFile, exportFileName } from './transfer';

export type { IndexResult, Problem, ReadResult } from './parse';
export { parseIndex, parseInterview, parseSettings } from './parse';
export { QuarantinedError, type QuarantinedItem } from './quarantine';

export type RepositoryEvent =
  /** `own`: this page's write coming back. */
  | { kind: 'interview'; id: string; result: ReadResult; own: boolean }
  | { kind: 'index'; index: IndexResult }
  | { kind: 'settings'; settings: Settings; own: boolean }
  /** The log of unreadable data changed (a page found a record it cannot read). */
  | { kind: 'quarantine' }
  | { kind: 'erased' };

export interface RepositoryOptions {
  now?: () => number;
  /** The scripts that ship with this build (lib/script): interviews started with one resolve to it. */
  builtIns?: readonly Script[];
  /** Identifies this page's writes, so their storage echo is recognised. */
  writerId?: string;
}

/**
 * The only code that reads or writes this extension's data, one per page:
 * interview records and their index, settings, the personal catalogue, the
 * call links and the log of unreadable data. Every read is validated; data
 * that fails is logged in the page's one quarantine and never written over.
 */
export function createRepository(storage: Storage, options: RepositoryOptions = {}) {
  const now = options.now ?? Date.now;
  const quarantine = createQuarantine(storage.area, now);
  const records = createRecords(storage.area, quarantine, options.writerId ?? crypto.randomUUID());
  const settings = createItem(storage, quarantine, registry.settings);
  const catalogue = createItem(storage, quarantine, registry.catalogue);
  const calls = createItem(storage, quarantine, registry.calls);
  const scripts = createScripts(storage, quarantine, options.builtIns ?? builtInScripts);

  const readOr = <T>(read: { kind: 'ok'; value: T } | { kind: 'invalid' }, fallback: T) =>
    read.kind === 'ok' ? read.value : fallback;

  return {
    ...records,
    /** Another stored item on this page's storage and quarantine (the options page's script drafts). */
    item: <T>(spec: Parameters<typeof createItem<T>>[2]) => createItem<T>(storage, quarantine, spec),
    settings,
    catalogue,
    calls,
    scripts,

    /** The settings, or the defaults while the stored ones cannot be read (those are logged and kept). */
    readSettings: async (): Promise<Settings> => readOr(await settings.read(), registry.settings.fallback),
    writeSettings: (value: Settings) => settings.write(value),

    /**
     * Every stored interview, readable ones only, as an export file. `held`:
     * copies a page holds that are at least as new as storage (the open
     * interview, text storage refused), which replace or join the stored ones.
     */
    async exportAll(at: number, held: Interview[] = []): Promise<Download & { count: number }> {
      const { interviews } = await records.readAll();
      const newer = new Map(held.map((i) => [i.id, i]));
      const merged = interviews.map((i) => newer.get(i.id) ?? i);
      for (const h of newer.values()) if (!merged.some((i) => i.id === h.id)) merged.push(h);
      const versions = await scripts.versionsFor(merged);
      return { filename: exportFileName(at), json: exportFile(merged, at, versions), count: merged.length };
    },

    /** What could not be read: from the log, with the raw stored value for export. */
    readQuarantine: () => quarantine.read(),

    /** Logs data found unreadable elsewhere (the organisation's catalogue has its own notice; this is for stored keys). */
    reportProblems: (problems: Problem[]) => quarantine.log(problems),

    /** Everything this extension stored, gone. The options page asks first. */
    async eraseAll(): Promise<void> {
      await storage.area.clear();
      quarantine.clear();
    },

    /**
     * Turns raw storage changes into validated events. `kinds` limits them to
     * what the caller follows, and a change of any other kind is not read at
     * all: a panel writes its open interview at every pause in typing, and the
     * options page (settings, the index, the log of unreadable data) must not
     * parse a 20 kB record each time.
     */
    watch(listener: (event: RepositoryEvent) => void, kinds?: readonly RepositoryEvent['kind'][]): () => void {
      const wants = (kind: RepositoryEvent['kind']) => kinds === undefined || kinds.includes(kind);
      return storage.watch((changes: Record<string, StorageChange>) => {
        // Only "Erase all data" removes the index.
        const index = changes[registry.index.key];
        if (index && index.oldValue !== undefined && (index.newValue === undefined || index.newValue === null)) {
          quarantine.clear();
          if (wants('erased')) listener({ kind: 'erased' });
          return;
        }
        for (const [key, change] of Object.entries(changes)) {
          if (key === registry.index.key) {
            if (wants('index')) listener({ kind: 'index', index: parseIndex(change.newValue) });
          } else if (key === settings.key) {
            // Noted here too, so a save right after another page broke them is refused before the page reads again.
            const { read, own } = settings.event(change.newValue);
            if (wants('settings')) listener({ kind: 'settings', settings: readOr(read, registry.settings.fallback), own });
          } else if (key === registry.quarantine.key) {
            if (wants('quarantine')) listener({ kind: 'quarantine' });
          } else if (wants('interview')) {
            const id = interviewIdOf(key);
            if (id === undefined) continue;
            const result = quarantine.note(key, parseInterview(key, change.newValue));
            listener({ kind: 'interview', id, result, own: result.kind === 'ok' && records.own(result.interview) });
          }
        }
      });
    },

    /** Resolves when pending quarantine-log writes are done (tests, shutdown). */
    settled: () => quarantine.settled(),
  };
}

export type Repository = ReturnType<typeof createRepository>;
