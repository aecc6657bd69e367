import { isStateField, NON_ANSWER_PREFIXES } from '../interview/answer-keys';
import type { Interview } from '../interview/schema';
import { normalise, type Snippet } from './library';

/**
 * The library's search in answers: reads what each step kind declares about
 * its fields, so it loads with the store, after the list (issue 17).
 */

/** True when any answer of the interview contains the query. */
export function answersMatch(interview: Interview, query: string): boolean {
  return normalise(query) === '' || matchSnippet(interview, query) !== null;
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
