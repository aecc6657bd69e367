import type { IndexEntry, Status } from '../interview/index-entry';

/**
 * The list as the side panel shows it: labels, counts, filter and search over
 * the index. Loaded with the list, before the step kinds (issue 17); the
 * search in answers, which reads records, is in search.ts.
 */

export type StatusFilter = Status | 'all';

export const statusLabels: Record<Status, string> = {
  active: 'In progress',
  done: 'Done',
  archived: 'Archived',
};

/**
 * "2,000": an integer with thousands separators. Not `toLocaleString`: its
 * first call loads ICU's number formats, 44 ms on a cold panel start with a
 * long list (issue 7, CPU profile of the bench).
 */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Lower-case, accents folded, spaces collapsed: "Zoë  L" finds "zoe l". */
export function normalise(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words around a match, to show under the row; `from`/`to` mark the match in `text` (-1 when it cannot be placed). */
export interface Snippet {
  text: string;
  from: number;
  to: number;
}

/** Ids whose answers match the query, with the words that matched. */
export type TextMatches = ReadonlyMap<string, Snippet>;

/**
 * The list as shown: filtered by status, then by the query against candidate
 * and role, or against the answers when `textMatches` is known.
 */
export function visibleEntries(
  entries: readonly IndexEntry[],
  query: string,
  filter: StatusFilter,
  textMatches: TextMatches | null,
): IndexEntry[] {
  const q = normalise(query);
  return entries.filter(
    (e) =>
      (filter === 'all' || e.status === filter) &&
      (q === '' || normalise(`${e.candidate} ${e.role}`).includes(q) || (textMatches?.has(e.id) ?? false)),
  );
}

/**
 * Matches the status filter hides, by status (issue 21: "2 more under
 * Archived"), while something is searched for; empty otherwise.
 */
export function hiddenMatches(
  entries: readonly IndexEntry[],
  query: string,
  filter: StatusFilter,
  textMatches: TextMatches | null,
): { status: Status; count: number }[] {
  if (filter === 'all' || normalise(query) === '') return [];
  const all = visibleEntries(entries, query, 'all', textMatches);
  return (Object.keys(statusLabels) as Status[])
    .filter((status) => status !== filter)
    .map((status) => ({ status, count: all.filter((e) => e.status === status).length }))
    .filter((h) => h.count > 0);
}

/** "2 more under Archived", "1 more under Done, 2 under Archived". */
export function hiddenLine(hidden: readonly { status: Status; count: number }[]): string {
  return hidden.map((h, i) => `${h.count}${i === 0 ? ' more' : ''} under ${statusLabels[h.status]}`).join(', ');
}
