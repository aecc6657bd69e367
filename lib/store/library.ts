import { isStateField, NON_ANSWER_PREFIXES } from '../interview/answer-keys';
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
  return normalise(query) === '' || matchSnippet(interview, query) !== null;
}

/** The words around a match, to show under the row; `from`/`to` mark the match in `text` (-1 when it cannot be placed). */
export interface Snippet {
  text: string;
  from: number;
  to: number;
}

/**
 * The first answer that contains the query, as a short excerpt around it
 * (issue 21: "show the words that matched"). Null when no answer matches.
 */
export function matchSnippet(interview: Interview, query: string): Snippet | null {
  const q = normalise(query);
  if (q === '') return null;
  // Not the words stored by marks or timers ("quote", "followup"): searching "quote" must not find every marked interview.
  // Nor step 5's decision words ("accepted"); but the name of an accepted offering is what was offered, so it is found.
  for (const [key, f] of Object.entries(interview.fields)) {
    if (typeof f.v === 'string' && searchable(key) && normalise(f.v).includes(q)) return excerpt(f.v, q);
  }
  return null;
}

const BEFORE = 30;
const AFTER = 50;

function excerpt(value: string, q: string): Snippet {
  const flat = value.replace(/\s+/g, ' ').trim();
  // Placed in the text as typed when case alone differs; with accents folded it is found but not placed.
  const at = flat.toLowerCase().indexOf(q);
  if (at < 0) return { text: flat.length > BEFORE + AFTER ? `${flat.slice(0, BEFORE + AFTER)}…` : flat, from: -1, to: -1 };
  const start = Math.max(0, at - BEFORE);
  const end = Math.min(flat.length, at + q.length + AFTER);
  const head = start > 0 ? '…' : '';
  const text = `${head}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
  return { text, from: head.length + at - start, to: head.length + at - start + q.length };
}

function searchable(key: string): boolean {
  if (isStateField(key)) return false;
  return key.startsWith('offeringName:') || !NON_ANSWER_PREFIXES.some((p) => key.startsWith(p));
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
