import { type Problem, stillInvalid } from './parse';
import type { StorageArea } from './port';
import { type QuarantineLog, registry } from './registry';
import { readVersioned } from './versioned';

export interface QuarantinedItem {
  key: string;
  at: number;
  reasons: string[];
}

/**
 * A page's knowledge of unreadable data: which keys must not be written
 * (they hold data that failed validation, kept exactly as it was), and the
 * stored log of what was found, when and why (the options page lists it).
 * One per page, shared by everything that reads storage there: two logs in
 * one page would each add their entry to the log they read, and the later
 * write would drop the other's.
 */
export function createQuarantine(area: StorageArea, now: () => number) {
  /** Keys known to hold data that failed validation: writes to them are refused. */
  const keys = new Set<string>();
  /** Serialises writes of the log. */
  let queue: Promise<void> = Promise.resolve();

  /** Records when and why data could not be read. The bad data itself is never touched. */
  function log(problems: Problem[]): void {
    if (problems.length === 0) return;
    queue = queue
      .then(async () => {
        const key = registry.quarantine.key;
        const raw = (await area.get(key))[key];
        const read = raw === undefined ? null : readVersioned(registry.quarantine, raw);
        if (read?.kind === 'invalid') return; // The log itself is unreadable: leave it as it is.
        const stored: QuarantineLog = read?.value ?? registry.quarantine.fallback;
        const fresh = problems.filter((p) => !stored.items[p.key]);
        if (fresh.length === 0) return;
        const items = { ...stored.items };
        for (const p of fresh) items[p.key] = { at: now(), reasons: p.reasons };
        await area.set({ [key]: { schema: 1, items } });
      })
      .catch((error: unknown) => console.error('Reverse Interview: could not log unreadable data', error));
  }

  return {
    log,

    /** Notes a read of `key`: an invalid one is logged (once) and its key refused; a readable one lifts the refusal. */
    note<T extends { kind: string; problem?: Problem }>(key: string, read: T): T {
      if (read.kind === 'invalid' && read.problem) {
        if (!keys.has(key)) log([read.problem]);
        keys.add(key);
      } else keys.delete(key);
      return read;
    },

    has: (key: string) => keys.has(key),
    add: (key: string) => void keys.add(key),
    clear: () => keys.clear(),

    /** What could not be read: from the log, with the raw stored value for export. */
    async read(): Promise<{ items: QuarantinedItem[]; raw: Record<string, unknown> }> {
      await queue;
      const key = registry.quarantine.key;
      const stored = (await area.get(key))[key];
      const read = stored === undefined ? null : readVersioned(registry.quarantine, stored);
      const items =
        read?.kind === 'ok'
          ? Object.entries(read.value.items).map(([k, v]) => ({ key: k, at: v.at, reasons: v.reasons }))
          : read?.kind === 'invalid'
            ? [{ key, at: now(), reasons: read.reasons }]
            : [];
      const topKey = (logged: string) => logged.split('.')[0] ?? logged;
      const keysToRead = items.map((i) => topKey(i.key));
      const raw = keysToRead.length > 0 ? await area.get(keysToRead) : {};
      // A logged record that has since been repaired or deleted is no longer in quarantine.
      const current = items.filter((i) => topKey(i.key) in raw && stillInvalid(topKey(i.key), raw[topKey(i.key)], i.key));
      return { items: current.sort((a, b) => a.at - b.at), raw };
    },

    /** Resolves when pending log writes are done (tests, shutdown). */
    settled: () => queue,
  };
}

export type Quarantine = ReturnType<typeof createQuarantine>;

export class QuarantinedError extends Error {
  constructor(readonly key: string) {
    super(`${key} holds data that could not be read; it is kept as it was and not written over.`);
    this.name = 'QuarantinedError';
  }
}
