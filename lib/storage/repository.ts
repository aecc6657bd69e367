import { keys, text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import { reasonOf } from '../reason';
import { describeIssues } from '../zod';
import type { Storage, StorageChange } from './area';
import {
  decodeIndexEntries,
  encodeIndex,
  type IndexEntry,
  IndexEntrySchema,
  interviewIdOf,
  interviewKey,
  type QuarantineLog,
  registry,
  type Settings,
  type Status,
  StatusSchema,
  wellFormedIndexEntry,
} from './registry';
import { readVersioned } from './versioned';

/** A stored record that failed validation. It is reported and left exactly as it was. */
export interface Problem {
  key: string;
  reasons: string[];
}

export type ReadResult = { kind: 'ok'; interview: Interview } | { kind: 'missing' } | { kind: 'invalid'; problem: Problem };

export interface IndexResult {
  entries: IndexEntry[];
  problems: Problem[];
}

export type RepositoryEvent =
  | { kind: 'interview'; id: string; result: ReadResult }
  | { kind: 'index'; index: IndexResult }
  | { kind: 'settings'; settings: Settings }
  /** The log of unreadable data changed (a page found a record it cannot read). */
  | { kind: 'quarantine' }
  | { kind: 'erased' };

export function parseInterview(key: string, raw: unknown): ReadResult {
  // Chrome leaves `newValue` out for a removed key; some implementations send null.
  if (raw === undefined || raw === null) return { kind: 'missing' };
  const read = readVersioned(registry.interview, raw);
  if (read.kind === 'ok') return { kind: 'ok', interview: read.value };
  return { kind: 'invalid', problem: { key, reasons: read.reasons } };
}

export function parseIndex(raw: unknown): IndexResult {
  if (raw === undefined || raw === null) return { entries: [], problems: [] };
  const key = registry.index.key;
  const read = readIndexEntries(raw);
  if (read.kind === 'invalid') return { entries: [], problems: [{ key, reasons: read.reasons }] };
  const entries: IndexEntry[] = [];
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(read.entries)) {
    const fast = wellFormedIndexEntry(value);
    const entry = fast ? ({ success: true, data: fast } as const) : IndexEntrySchema.safeParse(value);
    if (entry.success && entry.data.id === id) entries.push(entry.data);
    else
      problems.push({
        key: `${key}.entries.${id}`,
        reasons: entry.success ? ['id: does not match its key in the index'] : describeIssues(entry.error),
      });
  }
  return { entries: sortEntries(entries), problems };
}

/** The stored index's entries by id, unvalidated one by one, or why the index as a whole cannot be read. */
function readIndexEntries(
  raw: unknown,
): { kind: 'ok'; entries: Record<string, unknown> } | { kind: 'invalid'; reasons: string[] } {
  const read = readVersioned(registry.index, raw);
  if (read.kind === 'invalid') return read;
  try {
    return { kind: 'ok', entries: decodeIndexEntries(read.value) };
  } catch (error) {
    return { kind: 'invalid', reasons: [reasonOf(error)] };
  }
}

/**
 * The stored settings, or the defaults when there are none or they cannot be read.
 * `seen` hears why they could not be read (null when they could, or were never saved),
 * so the repository can keep them aside: defaults are shown, never written over them.
 */
export function parseSettings(raw: unknown, seen?: (problem: Problem | null) => void): Settings {
  const read = raw === undefined || raw === null ? null : readVersioned(registry.settings, raw);
  seen?.(read?.kind === 'invalid' ? { key: registry.settings.key, reasons: read.reasons } : null);
  return read?.kind === 'ok' ? read.value : registry.settings.fallback;
}

/** Newest first; ties by id, compared as plain strings (`localeCompare` would load ICU's collator on a cold start). */
function sortEntries(entries: IndexEntry[]): IndexEntry[] {
  return entries.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function statusOf(interview: Interview): Status {
  const parsed = StatusSchema.safeParse(interview.fields[keys.status]?.v);
  return parsed.success ? parsed.data : 'active';
}

/** The index entry that describes an interview record. */
export function entryOf(interview: Interview): IndexEntry {
  return {
    id: interview.id,
    candidate: text(interview, keys.candidate),
    role: text(interview, keys.role),
    createdAt: interview.createdAt,
    status: statusOf(interview),
  };
}

export interface QuarantinedItem {
  key: string;
  at: number;
  reasons: string[];
}

/**
 * The only code that reads or writes interview data. Every read is validated;
 * a record that fails validation is logged, reported and never written over.
 */
export function createRepository(storage: Storage, now: () => number = Date.now) {
  const { area } = storage;
  /** Keys known to hold data that failed validation: writes to them are refused. */
  const quarantined = new Set<string>();
  /** Serialises writes of the quarantine log. */
  let logQueue: Promise<void> = Promise.resolve();

  function note<T extends ReadResult>(key: string, result: T): T {
    if (result.kind === 'invalid') {
      if (!quarantined.has(key)) logProblems([result.problem]);
      quarantined.add(key);
    } else quarantined.delete(key);
    return result;
  }

  /** Stored settings, read like `readSettings`: unreadable ones are noted (logged, writes refused), defaults returned. */
  function settingsOf(raw: unknown): Settings {
    return parseSettings(raw, (problem) =>
      note(registry.settings.key, problem ? { kind: 'invalid', problem } : { kind: 'missing' }),
    );
  }

  /** Records when and why data could not be read. The bad data itself is never touched. */
  function logProblems(problems: Problem[]): void {
    if (problems.length === 0) return;
    logQueue = logQueue
      .then(async () => {
        const key = registry.quarantine.key;
        const raw = (await area.get(key))[key];
        const read = raw === undefined ? null : readVersioned(registry.quarantine, raw);
        if (read?.kind === 'invalid') return; // The log itself is unreadable: leave it as it is.
        const log: QuarantineLog = read?.value ?? registry.quarantine.fallback;
        const fresh = problems.filter((p) => !log.items[p.key]);
        if (fresh.length === 0) return;
        const items = { ...log.items };
        for (const p of fresh) items[p.key] = { at: now(), reasons: p.reasons };
        await area.set({ [key]: { schema: 1, items } });
      })
      .catch((error: unknown) => console.error('Reverse Interview: could not log unreadable data', error));
  }

  /** Every interview key, without reading values where the browser allows. */
  async function interviewKeys(): Promise<string[]> {
    const all = area.getKeys ? await area.getKeys() : Object.keys(await area.get(null));
    return all.filter((k) => interviewIdOf(k) !== undefined);
  }

  async function readRecords(keyList: string[]): Promise<{ interviews: Interview[]; problems: Problem[] }> {
    if (keyList.length === 0) return { interviews: [], problems: [] };
    const values = await area.get(keyList);
    const interviews: Interview[] = [];
    const problems: Problem[] = [];
    for (const key of keyList) {
      const result = note(key, parseInterview(key, values[key]));
      if (result.kind === 'ok') interviews.push(result.interview);
      else if (result.kind === 'invalid') problems.push(result.problem);
    }
    return { interviews, problems };
  }

  async function rawIndex(): Promise<Record<string, unknown>> {
    const key = registry.index.key;
    const raw = (await area.get(key))[key];
    if (raw === undefined) return {};
    const read = readIndexEntries(raw);
    if (read.kind === 'invalid') {
      quarantined.add(key);
      throw new QuarantinedError(key);
    }
    return read.entries;
  }

  async function writeIndexEntries(change: (entries: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
    const entries = await rawIndex();
    await area.set({ [registry.index.key]: encodeIndex(change(entries)) });
  }

  const repository = {
    /**
     * The list of interviews. When the index itself cannot be read it is kept
     * as it was, reported, and the list is rebuilt from the records, so no
     * interview disappears from view.
     */
    async readIndex(): Promise<IndexResult> {
      const key = registry.index.key;
      const index = parseIndex((await area.get(key))[key]);
      if (index.problems.length > 0) logProblems(index.problems);
      if (!index.problems.some((p) => p.key === key)) return index;
      quarantined.add(key);
      const { interviews, problems } = await readRecords(await interviewKeys());
      return { entries: sortEntries(interviews.map(entryOf)), problems: [...index.problems, ...problems] };
    },

    /**
     * Start-up repair: an interview written but missing from the index (a
     * panel closed between the two writes, two panels raced on the index) is
     * read, validated and indexed again. Returns the entries it added.
     */
    async repairIndex(known: readonly IndexEntry[]): Promise<IndexResult> {
      if (quarantined.has(registry.index.key)) return { entries: [], problems: [] };
      const indexed = new Set(known.map((e) => interviewKey(e.id)));
      const missing = (await interviewKeys()).filter((k) => !indexed.has(k) && !quarantined.has(k));
      const { interviews, problems } = await readRecords(missing);
      if (interviews.length > 0) {
        await writeIndexEntries((entries) => {
          for (const interview of interviews) entries[interview.id] = entryOf(interview);
          return entries;
        });
      }
      return { entries: interviews.map(entryOf), problems };
    },

    async readInterview(id: string): Promise<ReadResult> {
      const key = interviewKey(id);
      return note(key, parseInterview(key, (await area.get(key))[key]));
    },

    /** Every readable interview, for search and export; unreadable ones come back as problems. */
    async readAll(): Promise<{ interviews: Interview[]; problems: Problem[] }> {
      return readRecords(await interviewKeys());
    },

    async writeInterview(interview: Interview): Promise<void> {
      const key = interviewKey(interview.id);
      if (quarantined.has(key)) throw new QuarantinedError(key);
      await area.set({ [key]: interview });
    },

    /** Adds or updates one entry; the rest of the index is read fresh and kept. */
    async indexInterview(entry: IndexEntry): Promise<void> {
      await writeIndexEntries((entries) => ({ ...entries, [entry.id]: entry }));
    },

    /** Deletes one interview and its index entry. */
    async removeInterview(id: string): Promise<void> {
      const key = interviewKey(id);
      // Read first: a caller that never read the record (retention at start-up) must not delete unreadable data either.
      if (note(key, parseInterview(key, (await area.get(key))[key])).kind === 'invalid') throw new QuarantinedError(key);
      // An unreadable index throws here, before the record is gone: a delete is all or nothing.
      await rawIndex();
      await area.remove(key);
      await writeIndexEntries((entries) => {
        delete entries[id];
        return entries;
      });
    },

    /** Writes interviews and their index entries in one storage call (import, undo, restore). */
    async putInterviews(interviews: Interview[]): Promise<void> {
      const entries = await rawIndex();
      const items: Record<string, unknown> = {};
      for (const interview of interviews) {
        const key = interviewKey(interview.id);
        if (quarantined.has(key)) throw new QuarantinedError(key);
        items[key] = interview;
        entries[interview.id] = entryOf(interview);
      }
      items[registry.index.key] = encodeIndex(entries);
      await area.set(items);
    },

    /** What could not be read: from the log, with the raw stored value for export. */
    async readQuarantine(): Promise<{ items: QuarantinedItem[]; raw: Record<string, unknown> }> {
      await logQueue;
      const key = registry.quarantine.key;
      const stored = (await area.get(key))[key];
      const read = stored === undefined ? null : readVersioned(registry.quarantine, stored);
      const items =
        read?.kind === 'ok'
          ? Object.entries(read.value.items).map(([k, v]) => ({ key: k, at: v.at, reasons: v.reasons }))
          : read?.kind === 'invalid'
            ? [{ key, at: now(), reasons: read.reasons }]
            : [];
      const keysToRead = items.map((i) => i.key.split('.')[0] ?? i.key);
      const raw = keysToRead.length > 0 ? await area.get(keysToRead) : {};
      // A logged record that has since been repaired or deleted is no longer in quarantine.
      const current = items.filter((i) => {
        const k = i.key.split('.')[0] ?? i.key;
        if (!(k in raw)) return false;
        if (k === registry.index.key) return parseIndex(raw[k]).problems.some((p) => p.key === i.key);
        if (k === registry.quarantine.key) return true;
        if (k === registry.catalogue.key) return readVersioned(registry.catalogue, raw[k]).kind === 'invalid';
        if (k === registry.settings.key) return readVersioned(registry.settings, raw[k]).kind === 'invalid';
        return parseInterview(k, raw[k]).kind === 'invalid';
      });
      return { items: current.sort((a, b) => a.at - b.at), raw };
    },

    /** The settings, or the defaults while the stored ones cannot be read (those are logged and kept). */
    async readSettings(): Promise<Settings> {
      const key = registry.settings.key;
      return settingsOf((await area.get(key))[key]);
    },

    async writeSettings(settings: Settings): Promise<void> {
      const key = registry.settings.key;
      if (quarantined.has(key)) throw new QuarantinedError(key);
      await area.set({ [key]: settings });
    },

    /** Everything this extension stored, gone. The options page asks first. */
    async eraseAll(): Promise<void> {
      await area.clear();
      quarantined.clear();
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
          quarantined.clear();
          if (wants('erased')) listener({ kind: 'erased' });
          return;
        }
        for (const [key, change] of Object.entries(changes)) {
          if (key === registry.index.key) {
            if (wants('index')) listener({ kind: 'index', index: parseIndex(change.newValue) });
            continue;
          }
          if (key === registry.settings.key) {
            // Noted here too, so a save right after another page broke them is refused before the page reads again.
            if (wants('settings')) listener({ kind: 'settings', settings: settingsOf(change.newValue) });
            continue;
          }
          if (key === registry.quarantine.key) {
            if (wants('quarantine')) listener({ kind: 'quarantine' });
            continue;
          }
          if (!wants('interview')) continue;
          const id = interviewIdOf(key);
          if (id !== undefined) listener({ kind: 'interview', id, result: note(key, parseInterview(key, change.newValue)) });
        }
      });
    },

    /** Logs data another module found unreadable (the catalogue), so the options page lists it. */
    reportProblems: (problems: Problem[]) => logProblems(problems),

    /** Resolves when pending quarantine-log writes are done (tests, shutdown). */
    settled: () => logQueue,
  };
  return repository;
}

export type Repository = ReturnType<typeof createRepository>;

export class QuarantinedError extends Error {
  constructor(readonly key: string) {
    super(`${key} holds data that could not be read; it is kept as it was and not written over.`);
    this.name = 'QuarantinedError';
  }
}
