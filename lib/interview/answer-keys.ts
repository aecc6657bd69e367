import { keys } from './fields';

/**
 * THE one list of fields that are not what was said in the interview. Anything
 * that asks "which fields are answers?" (the summary's duration today, search
 * or progress tomorrow) goes through `isAnswerKey`, so a new kind of field is
 * declared once, here.
 */

/** The record's own header and bookkeeping: renamed from the list, or where the panel was left. */
export const RECORD_KEYS: ReadonlySet<string> = new Set([keys.candidate, keys.role, keys.atsLink, keys.step, keys.status]);

/**
 * Prefixes of fields that annotate or pace the interview rather than record it:
 * marks on answers, and (issue 6, pacing) time budgets and timers. Derived
 * copies of catalogue data (issue 5: `offeringName:`, `offeringKind:`) are
 * snapshots, not answers; `match:`, `matchNote:` and `gap:` ARE answers and
 * stay out of this list. (Library search keeps offering names searchable and
 * leaves out the state words of `match:`; see `isStateField` in fields.ts.)
 */
export const NON_ANSWER_PREFIXES: readonly string[] = [
  'mark:',
  'budget:',
  'time:',
  'timer:',
  'offeringName:',
  'offeringKind:',
  'offeringModes:',
  // Step 5's choice of needs to discuss: how the panel is arranged, not what was said.
  'discuss:',
];

/** True for a field the interviewer filled in during the interview: an answer, a tick, a choice. */
export function isAnswerKey(key: string): boolean {
  return !RECORD_KEYS.has(key) && !NON_ANSWER_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** True for a field written while interviewing: an answer, or a mark put on one. */
export function isInterviewingKey(key: string): boolean {
  return isAnswerKey(key) || key.startsWith('mark:');
}
