import { isFilled, text } from '../../interview/fields';
import type { Interview } from '../../interview/schema';
import type { ScriptLike } from '../parts';
import { type Decided, decided, type RecordedGap, settleGap } from './decided';
import { matchKeys } from './keys';
import { deriveNeeds, type Need } from './needs';
import type { MatchStep } from './schema';

/**
 * What step 5 says against one need, settled once for every reader (the
 * summary, the message for the candidate): the recorded gap when it is this
 * need's, then either "nothing we can honestly offer" or the offers. Never
 * both: when the tick was set after an offer was written, the later write
 * wins, so a stale offer cannot pass for a promise. Offerings accepted from
 * the catalogue count as offers (and take part in "the later write wins");
 * those a later recorded gap contradicts are left out (decided.ts).
 */
export interface NeedAnswer {
  need: Need;
  /** The gap recorded in their preferred way to grow, on this need. */
  gap: RecordedGap | undefined;
  /** "Nothing we can honestly offer here" is the later word: `typed` and `accepted` are empty. */
  noOffer: boolean;
  /** The offers typed per kind of support that hold text, with the support's label and the field's key. */
  typed: { label: string; key: string }[];
  /** The catalogue offerings accepted for it, oldest first. */
  accepted: Decided[];
}

export function needAnswers(interview: Interview, script: ScriptLike, step: MatchStep): NeedAnswer[] {
  // The needs once, for the gap and for the list.
  const needs = deriveNeeds(interview, script, step);
  const { gap, withdrawn } = settleGap(interview, script, step, needs);
  return needs.map((need) => {
    const typed = step.supports
      .map((s) => ({ label: s.label, key: matchKeys.offer(step.id, need.id, s.id) }))
      .filter((o) => isFilled(text(interview, o.key)));
    const accepted = decided(interview, step.id, need.id, 'accepted').filter((d) => !withdrawn.has(`${need.id}:${d.offeringId}`));
    const lastOffer = Math.max(0, ...accepted.map((a) => a.t), ...typed.map((o) => interview.fields[o.key]?.t ?? 0));
    const none = interview.fields[matchKeys.noOffer(step.id, need.id)];
    const noOffer = none?.v === true && (typed.length + accepted.length === 0 || none.t > lastOffer);
    return {
      need,
      gap: gap?.needId === need.id ? gap : undefined,
      noOffer,
      typed: noOffer ? [] : typed,
      accepted: noOffer ? [] : accepted,
    };
  });
}
