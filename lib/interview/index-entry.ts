/**
 * An interview as the list knows it, without zod: the side panel's first
 * chunk reads the stored index with this alone (issue 17, "Initial JS"), and
 * the schema (entry.ts) is held to it by a type check and a property test.
 */

export const STATUSES = ['active', 'done', 'archived'] as const;
export type Status = (typeof STATUSES)[number];

export interface IndexEntry {
  id: string;
  candidate: string;
  role: string;
  createdAt: number;
  status: Status;
}

const STATUS_SET: ReadonlySet<unknown> = new Set(STATUSES);

/**
 * `IndexEntrySchema`'s output for a well-formed entry, without zod's cost per
 * call: 2,000 entries took 38 ms (warm) to 67 ms (cold) through zod at every
 * panel start (issue 7, bench). Anything it does not recognise gives
 * undefined and goes through the schema for the verdict and the reasons. A
 * property test holds it to the schema: it never accepts what the schema
 * rejects, and its output is the schema's (unknown keys dropped).
 */
export function wellFormedIndexEntry(value: unknown): IndexEntry | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, candidate, role, createdAt, status } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.length < 1 || typeof candidate !== 'string' || typeof role !== 'string') return undefined;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || !STATUS_SET.has(status)) return undefined;
  return { id, candidate, role, createdAt, status: status as Status };
}

/**
 * Rows a page of the list shows; "Show more" gives the next as many. One
 * screenful is about 12 at 360 px. The stored list head (lib/storage/list-head.ts)
 * holds the first page, so the panel can draw it before the whole index.
 */
export const PAGE_SIZE = 25;

/** Newest first; ties by id, compared as plain strings (`localeCompare` would load ICU's collator on a cold start). */
export function sortEntries(entries: IndexEntry[]): IndexEntry[] {
  return entries.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
