import { KIND_NOT_ANSWERS, KIND_STATE_WORDS } from '../steps';
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
 * marks on answers, and (issue 6, pacing) time budgets and timers; then what
 * each step kind declares (`notAnswers` in lib/steps/: step 5's copies of
 * catalogue data and how its needs are folded). Step 5's decisions, notes and
 * gaps ARE answers and stay out of this list. (Library search keeps offering
 * names searchable and leaves out state words; see `isStateField`.)
 */
export const NON_ANSWER_PREFIXES: readonly string[] = ['mark:', 'budget:', 'time:', 'timer:', ...KIND_NOT_ANSWERS];

/** Fields that hold the product's own state words (`accepted`), not anything the interviewer typed: search skips them. */
export function isStateField(key: string): boolean {
  return KIND_STATE_WORDS.some((p) => key.startsWith(p));
}

/** True for a field the interviewer filled in during the interview: an answer, a tick, a choice. */
export function isAnswerKey(key: string): boolean {
  return !RECORD_KEYS.has(key) && !NON_ANSWER_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** True for a field written while interviewing: an answer, or a mark put on one. */
export function isInterviewingKey(key: string): boolean {
  return isAnswerKey(key) || key.startsWith('mark:');
}
