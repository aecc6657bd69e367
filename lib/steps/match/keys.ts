import type { FieldValue, Interview } from '../../interview/schema';

/**
 * Step 5's field keys, scoped to the step and keyed by need id
 * (`<source step>/<arena>/<question>` or `<source step>/<mode>`, needs.ts).
 * `decision` is `accepted`, `rejected` or '' for one suggested offering
 * against one need; the accepted offering's name, kind and modes are copied
 * next to it, so the summary survives later catalogue edits.
 */
export const matchKeys = {
  /** What the interviewer offers against a need, one answer per kind of support. */
  offer: (stepId: string, needId: string, supportId: string) => `offer:${stepId}:${needId}:${supportId}`,
  /** "Nothing we can honestly offer here." */
  noOffer: (stepId: string, needId: string) => `noOffer:${stepId}:${needId}`,
  decision: (stepId: string, needId: string, offeringId: string) => `match:${stepId}:${needId}:${offeringId}`,
  note: (stepId: string, needId: string, offeringId: string) => `matchNote:${stepId}:${needId}:${offeringId}`,
  offeringName: (stepId: string, needId: string, offeringId: string) => `offeringName:${stepId}:${needId}:${offeringId}`,
  offeringKind: (stepId: string, needId: string, offeringId: string) => `offeringKind:${stepId}:${needId}:${offeringId}`,
  /**
   * The growth modes the offering served when it was decided (space-separated
   * mode ids), so the summary can tell an offer of mentoring from a recorded
   * "no mentoring on offer" without the catalogue (issue 21).
   */
  offeringModes: (stepId: string, needId: string, offeringId: string) => `offeringModes:${stepId}:${needId}:${offeringId}`,
  /** Whether a need is discussed (true) or folded away (false); unset follows the suggested default. */
  discuss: (stepId: string, needId: string) => `discuss:${stepId}:${needId}`,
  /** True when the interviewer records that the need of their preferred growth mode has no offering. */
  gap: (stepId: string, needId: string) => `gap:${stepId}:${needId}`,
};

/** Fields copied from the catalogue or arranging the panel: not what was said. */
export const NOT_ANSWERS = ['offeringName:', 'offeringKind:', 'offeringModes:', 'discuss:'] as const;
/** Fields holding the product's own words (`accepted`), which search skips. */
export const STATE_WORDS = ['match:', 'offeringKind:', 'offeringModes:', 'discuss:'] as const;

export type MatchDecision = 'accepted' | 'rejected';

/** The fields that record a decision on a suggested offering, with what the summary needs of it when the catalogue has changed. */
export function decisionFields(
  stepId: string,
  needId: string,
  offering: { id: string; name: string; kind: string; modes: readonly string[] },
  decision: MatchDecision | '',
): Record<string, FieldValue> {
  if (decision === '') return { [matchKeys.decision(stepId, needId, offering.id)]: '' };
  return {
    [matchKeys.decision(stepId, needId, offering.id)]: decision,
    [matchKeys.offeringName(stepId, needId, offering.id)]: offering.name,
    [matchKeys.offeringKind(stepId, needId, offering.id)]: offering.kind,
    [matchKeys.offeringModes(stepId, needId, offering.id)]: offering.modes.join(' '),
  };
}

/** Offerings with this decision for a need, from the interview alone (ids in the order of the record's keys). */
export function decidedFor(
  interview: Interview,
  stepId: string,
  needId: string,
  decision: MatchDecision,
): { offeringId: string; t: number }[] {
  const prefix = matchKeys.decision(stepId, needId, '');
  return Object.entries(interview.fields)
    .filter(([key, field]) => key.startsWith(prefix) && field.v === decision)
    .map(([key, field]) => ({ offeringId: key.slice(prefix.length), t: field.t }));
}

/** Offerings accepted for a need, from the interview alone. */
export function acceptedFor(interview: Interview, stepId: string, needId: string): { offeringId: string; t: number }[] {
  return decidedFor(interview, stepId, needId, 'accepted');
}
