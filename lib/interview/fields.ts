import type { FieldValue, Interview } from './schema';

/**
 * The one place that knows how an answer is keyed inside `interview.fields`.
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
  arena: (arenaId: string) => `arena:${arenaId}`,
  customArena: (arenaId: string) => `customArena:${arenaId}`,
  grid: (arenaId: string, questionId: string) => `grid:${arenaId}:${questionId}`,
  mode: (modeId: string) => `mode:${modeId}`,
  preferredMode: 'preferredMode',
  offer: (needId: string, supportId: string) => `offer:${needId}:${supportId}`,
  noOffer: (needId: string) => `noOffer:${needId}`,
  /**
   * Step 5 and the catalogue: `match` is `accepted`, `rejected` or '' for one
   * suggested offering against one need; the accepted offering's name and kind
   * are copied next to it, so the summary survives later catalogue edits.
   */
  match: (needId: string, offeringId: string) => `match:${needId}:${offeringId}`,
  matchNote: (needId: string, offeringId: string) => `matchNote:${needId}:${offeringId}`,
  offeringName: (needId: string, offeringId: string) => `offeringName:${needId}:${offeringId}`,
  offeringKind: (needId: string, offeringId: string) => `offeringKind:${needId}:${offeringId}`,
  /**
   * The growth modes the offering served when it was decided (space-separated
   * mode ids), so the summary can tell an offer of mentoring from a recorded
   * "no mentoring on offer" without the catalogue (issue 21).
   */
  offeringModes: (needId: string, offeringId: string) => `offeringModes:${needId}:${offeringId}`,
  /** Step 5: whether a need is discussed (true) or folded away (false); unset follows the suggested default. */
  discuss: (needId: string) => `discuss:${needId}`,
  /** The interviewer's own closing note: their take and the next steps. In the summary, never in anything for the candidate. */
  take: 'take',
  /** True when the interviewer records that the preferred growth mode has no offering. */
  gap: (modeId: string) => `gap:${modeId}`,
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

/** Fields that hold the product's own state words (`accepted`), not anything the interviewer typed: search skips them. */
const STATE_PREFIXES = ['match:', 'offeringKind:', 'offeringModes:', 'discuss:'] as const;

export function isStateField(key: string): boolean {
  return STATE_PREFIXES.some((p) => key.startsWith(p));
}

export type MatchDecision = 'accepted' | 'rejected';

/** The fields that record a decision on a suggested offering, with what the summary needs of it when the catalogue has changed. */
export function decisionFields(
  needId: string,
  offering: { id: string; name: string; kind: string; modes: readonly string[] },
  decision: MatchDecision | '',
): Record<string, FieldValue> {
  if (decision === '') return { [keys.match(needId, offering.id)]: '' };
  return {
    [keys.match(needId, offering.id)]: decision,
    [keys.offeringName(needId, offering.id)]: offering.name,
    [keys.offeringKind(needId, offering.id)]: offering.kind,
    [keys.offeringModes(needId, offering.id)]: offering.modes.join(' '),
  };
}

/** Offerings accepted for a need, from the interview alone (ids in the order they were first decided). */
export function acceptedFor(interview: Interview, needId: string): { offeringId: string; t: number }[] {
  return decidedFor(interview, needId, 'accepted');
}

/** Offerings with this decision for a need, from the interview alone. */
export function decidedFor(interview: Interview, needId: string, decision: MatchDecision): { offeringId: string; t: number }[] {
  const prefix = `match:${needId}:`;
  return Object.entries(interview.fields)
    .filter(([key, field]) => key.startsWith(prefix) && field.v === decision)
    .map(([key, field]) => ({ offeringId: key.slice(prefix.length), t: field.t }));
}
