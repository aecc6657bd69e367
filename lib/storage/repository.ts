import { keys, text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import { describeIssues } from '../zod';
import type { Storage, StorageChange } from './area';
import { type IndexEntry, IndexEntrySchema, interviewIdOf, interviewKey, registry } from './registry';

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

export type RepositoryEvent = { kind: 'interview'; id: string; result: ReadResult } | { kind: 'index'; index: IndexResult };

export function parseInterview(key: string, raw: unknown): ReadResult {
  // Chrome leaves `newValue` out for a removed key; some implementations send null.
  if (raw === undefined || raw === null) return { kind: 'missing' };
  const parsed = registry.interview.schema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', interview: parsed.data };
  return { kind: 'invalid', problem: { key, reasons: describeIssues(parsed.error) } };
}

export function parseIndex(raw: unknown): IndexResult {
  if (raw === undefined) return { entries: [], problems: [] };
  const key = registry.index.key;
  const parsed = registry.index.schema.safeParse(raw);
  if (!parsed.success) return { entries: [], problems: [{ key, reasons: describeIssues(parsed.error) }] };
  const entries: IndexEntry[] = [];
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(parsed.data.entries)) {
    const entry = IndexEntrySchema.safeParse(value);
    if (entry.success && entry.data.id === id) entries.push(entry.data);
    else
      problems.push({
        key: `${key}.entries.${id}`,
        reasons: entry.success ? ['id does not match its key'] : describeIssues(entry.error),
      });
  }
  return { entries: sortEntries(entries), problems };
}

/** Newest first. */
function sortEntries(entries: IndexEntry[]): IndexEntry[] {
  return entries.sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
}

/** The index entry that describes an interview record. */
export function entryOf(interview: Interview): IndexEntry {
  return {
    id: interview.id,
    candidate: text(interview, keys.candidate),
    role: text(interview, keys.role),
    createdAt: interview.createdAt,
  };
}

/**
 * The only code that reads or writes interview data. Every read is validated;
 * a record that fails validation is reported and never written over.
 */
export function createRepository(storage: Storage) {
  const { area } = storage;
  /** Keys known to hold data that failed validation: writes to them are refused. */
  const quarantined = new Set<string>();

  function note<T extends ReadResult>(key: string, result: T): T {
    if (result.kind === 'invalid') quarantined.add(key);
    else quarantined.delete(key);
    return result;
  }

  /**
   * The list of interviews. When the index itself cannot be read it is kept
   * as it was, reported, and the list is rebuilt from the records, so no
   * interview disappears from view.
   */
  async function readIndex(): Promise<IndexResult> {
    const key = registry.index.key;
    const raw = (await area.get(key))[key];
    const index = parseIndex(raw);
    if (!index.problems.some((p) => p.key === key)) return index;
    quarantined.add(key);
    const scanned = await scan();
    return { entries: scanned.entries, problems: [...index.problems, ...scanned.problems] };
  }

  /** Reads every interview record: slow with many interviews, so only for repair. */
  async function scan(): Promise<IndexResult> {
    const all = await area.get(null);
    const entries: IndexEntry[] = [];
    const problems: Problem[] = [];
    for (const [key, raw] of Object.entries(all)) {
      if (interviewIdOf(key) === undefined) continue;
      const result = note(key, parseInterview(key, raw));
      if (result.kind === 'ok') entries.push(entryOf(result.interview));
      else if (result.kind === 'invalid') problems.push(result.problem);
    }
    return { entries: sortEntries(entries), problems };
  }

  return {
    readIndex,

    async readInterview(id: string): Promise<ReadResult> {
      const key = interviewKey(id);
      return note(key, parseInterview(key, (await area.get(key))[key]));
    },

    async writeInterview(interview: Interview): Promise<void> {
      const key = interviewKey(interview.id);
      if (quarantined.has(key)) throw new QuarantinedError(key);
      await area.set({ [key]: interview });
    },

    /** Adds or updates one entry; the rest of the index is read fresh and kept. */
    async indexInterview(entry: IndexEntry): Promise<void> {
      const key = registry.index.key;
      const raw = (await area.get(key))[key];
      if (raw !== undefined && !registry.index.schema.safeParse(raw).success) throw new QuarantinedError(key);
      const current = raw === undefined ? registry.index.fallback : registry.index.schema.parse(raw);
      await area.set({ [key]: { schema: 1, entries: { ...current.entries, [entry.id]: entry } } });
    },

    /** Turns raw storage changes into validated events. */
    watch(listener: (event: RepositoryEvent) => void): () => void {
      return storage.watch((changes: Record<string, StorageChange>) => {
        for (const [key, change] of Object.entries(changes)) {
          if (key === registry.index.key) {
            listener({ kind: 'index', index: parseIndex(change.newValue) });
            continue;
          }
          const id = interviewIdOf(key);
          if (id !== undefined) listener({ kind: 'interview', id, result: note(key, parseInterview(key, change.newValue)) });
        }
      });
    },
  };
}

export type Repository = ReturnType<typeof createRepository>;

export class QuarantinedError extends Error {
  constructor(readonly key: string) {
    super(`${key} holds data that could not be read; it is kept as it was and not written over.`);
    this.name = 'QuarantinedError';
  }
}
