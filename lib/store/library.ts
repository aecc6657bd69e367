import { NON_ANSWER_PREFIXES } from '../interview/answer-keys';
import { isStateField } from '../interview/fields';
import type { Interview } from '../interview/schema';
import type { IndexEntry, Status } from '../storage/registry';

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

/** True when any answer of the interview contains the query. */
export function answersMatch(interview: Interview, query: string): boolean {
  const q = normalise(query);
  if (q === '') return true;
  // Not the words stored by marks or timers ("quote", "followup"): searching "quote" must not find every marked interview.
  // Nor step 5's decision words ("accepted"); but the name of an accepted offering is what was offered, so it is found.
  return Object.entries(interview.fields).some(
    ([key, f]) => typeof f.v === 'string' && searchable(key) && normalise(f.v).includes(q),
  );
}

function searchable(key: string): boolean {
  if (isStateField(key)) return false;
  return key.startsWith('offeringName:') || !NON_ANSWER_PREFIXES.some((p) => key.startsWith(p));
}

/**
 * The list as shown: filtered by status, then by the query against candidate
 * and role, or against the answers when `textMatches` (ids) is known.
 */
export function visibleEntries(
  entries: readonly IndexEntry[],
  query: string,
  filter: StatusFilter,
  textMatches: ReadonlySet<string> | null,
): IndexEntry[] {
  const q = normalise(query);
  return entries.filter(
    (e) =>
      (filter === 'all' || e.status === filter) &&
      (q === '' || normalise(`${e.candidate} ${e.role}`).includes(q) || (textMatches?.has(e.id) ?? false)),
  );
}
