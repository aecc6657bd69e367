import { type IndexEntry, PAGE_SIZE, sortEntries, wellFormedIndexEntry } from '../interview/index-entry';

/**
 * The list's first page, stored beside the index and written with it in the
 * same storage call (records.ts): the newest in-progress interviews, as many
 * as the list shows at first, and the counts the list says. The side panel
 * draws the list from it before the whole index has come from the browser
 * (issue 17: with 2,000 interviews the index is 330 kB, which took 9 ms more
 * to arrive and 7 ms more to parse than an empty one). It is derived data:
 * the index stays the truth, and the panel replaces the head's rows with the
 * index's as soon as it has them. No zod here: the first chunk reads it.
 */
export interface ListHead {
  schema: 1;
  /** Entries in the index. */
  total: number;
  /** Entries in progress: the list's default filter. */
  active: number;
  /** The first `PAGE_SIZE` of them, newest first, as JSON text. */
  firstJson: string;
}

/** The head of an index holding `entries` (as stored: each entry is checked, as the list would read it). */
export function encodeListHead(entries: Record<string, unknown>): ListHead {
  const listed = Object.entries(entries).flatMap(([id, value]) => {
    const entry = wellFormedIndexEntry(value);
    return entry && entry.id === id ? [entry] : [];
  });
  const active = sortEntries(listed.filter((e) => e.status === 'active'));
  return {
    schema: 1,
    total: Object.keys(entries).length,
    active: active.length,
    firstJson: JSON.stringify(active.slice(0, PAGE_SIZE)),
  };
}

/** What the list shows before the index is read. */
export interface FirstPage {
  entries: IndexEntry[];
  total: number;
  active: number;
}

/** A stored head read without zod; undefined for anything but a well-formed current one. */
export function quickListHead(raw: unknown): FirstPage | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { schema, total, active, firstJson } = raw as Record<string, unknown>;
  if (schema !== 1 || typeof firstJson !== 'string' || !count(total) || !count(active) || active > total) return undefined;
  let first: unknown;
  try {
    first = JSON.parse(firstJson);
  } catch {
    return undefined;
  }
  if (!Array.isArray(first) || first.length > PAGE_SIZE || first.length > active) return undefined;
  const entries: IndexEntry[] = [];
  for (const value of first) {
    const entry = wellFormedIndexEntry(value);
    if (entry?.status !== 'active') return undefined;
    entries.push(entry);
  }
  if (entries.length < Math.min(active, PAGE_SIZE)) return undefined;
  return { entries: sortEntries(entries), total, active };
}

function count(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Whether a stored value is a list head of this version, checked cheaply: the prefetch script, a
 * few hundred bytes, decides from it whether to read the index before the list. The panel then reads
 * the head in full (`quickListHead`) and, if that fails, waits for the index from the repository.
 */
export function hasListHead(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && (raw as { schema?: unknown }).schema === 1;
}
