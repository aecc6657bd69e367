import type { FieldValue, Interview } from './schema';

/**
 * How the fields every interview has are keyed inside `interview.fields`:
 * the header, ticks and questions of any step, marks and pacing. Each step
 * kind keys its own fields in its module (`lib/steps/`), scoped to its step id.
 * Keys are flat strings so that each one merges on its own.
 */
export const keys = {
  candidate: 'candidate',
  role: 'role',
  atsLink: 'atsLink',
  /** The step the interviewer was on, so an interview resumes where it was left. */
  step: 'step',
  /** In progress / done / archived (`active`, `done`, `archived`). */
  status: 'status',
  check: (stepId: string, checkId: string) => `check:${stepId}:${checkId}`,
  answer: (stepId: string, questionId: string) => `answer:${stepId}:${questionId}`,
  /** The interviewer's own closing note: their take and the next steps. In the summary, never in anything for the candidate. */
  take: 'take',
  /** How an answer is marked: `quote`, `followup`, or '' (unmarked). `fieldKey` is the answer's own key. */
  mark: (fieldKey: string) => `mark:${fieldKey}`,
  /** Pacing (issue 6): a step's time budget in minutes, when this interview overrides the script's. */
  budget: (stepId: string) => `budget:${stepId}`,
  /** Pacing: milliseconds spent on a step while the timer ran, not counting the running stretch. */
  time: (stepId: string) => `time:${stepId}`,
  /** Pacing: when the running stretch began (ms since the epoch, as text); '' while paused. */
  timerStartedAt: 'timer:startedAt',
} as const;

/**
 * Evidence vs interpretation: a `quote` is the candidate's own words, a
 * `followup` is something to come back to. Answers (step questions, grid
 * cells, offers) can carry one mark at a time.
 */
export const MARKS = ['quote', 'followup'] as const;
export type Mark = (typeof MARKS)[number];

export const CUSTOM_ARENA_PREFIX = 'own-';

export function text(interview: Interview, key: string): string {
  const value = interview.fields[key]?.v;
  return typeof value === 'string' ? value : '';
}

export function flag(interview: Interview, key: string): boolean {
  return interview.fields[key]?.v === true;
}

/** The mark on an answer; anything else stored there (an old or foreign value) counts as unmarked. */
export function markOf(interview: Interview, fieldKey: string): Mark | undefined {
  const value = text(interview, keys.mark(fieldKey));
  return MARKS.find((m) => m === value);
}

/** True when the field holds something worth showing: non-blank text or a tick. */
export function isFilled(value: FieldValue | undefined): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value === true;
}
