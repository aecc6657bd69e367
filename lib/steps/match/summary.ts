import { isFilled, text } from '../../interview/fields';
import type { Interview } from '../../interview/schema';
import { answered } from '../../summary/answers';
import { item, NO_MATCHING_OFFER, type SummaryItem } from '../../summary/model';
import type { ScriptLike } from '../parts';
import { acceptedItems, gapItems, rejectedItems, settleGap } from './decided';
import { matchKeys } from './keys';
import { deriveNeeds } from './needs';
import type { MatchStep } from './schema';

/**
 * Step 5, need → what we offer: each need with its offers as children (one per
 * kind of support), or a single "Nothing we can honestly offer here" when the
 * interviewer ticked it. Never both: when the tick was set after an offer was
 * written, the later write wins, so a stale offer cannot pass for a promise.
 * A need is named by its arena and question only: the candidate's words are
 * in "Current reality" and "How they grow best", and a summary that says
 * everything once needs no editing before it is pasted (issue 21).
 * Offerings accepted from the catalogue count as offers (and take part in
 * "the later write wins"); a recorded gap in the preferred growth mode is
 * listed first, and never beside an offer of that mode (decided.ts).
 */
export function matchItems(interview: Interview, script: ScriptLike, step: MatchStep, listRejected = false): SummaryItem[] {
  // The needs once, for the gap and for the list.
  const needs = deriveNeeds(interview, script, step);
  const { gap, withdrawn } = settleGap(interview, script, step, needs);
  return needs.flatMap((need) => {
    const offerKeys = step.supports.map((s) => ({ label: s.label, key: matchKeys.offer(step.id, need.id, s.id) }));
    const accepted = acceptedItems(interview, step.id, need, withdrawn);
    const offers = [...offerKeys.flatMap((o) => answered(interview, o.label, o.key)), ...accepted.items];
    const lastOffer = Math.max(
      accepted.last,
      ...offerKeys.filter((o) => isFilled(text(interview, o.key))).map((o) => stamp(interview, o.key)),
    );
    const none = interview.fields[matchKeys.noOffer(step.id, need.id)];
    const noOffer = none?.v === true && (offers.length === 0 || none.t > lastOffer);
    const children = [
      // A recorded gap in their preferred way to grow stands beside what exists instead; it is a fact, not an offer.
      ...gapItems(gap, need),
      ...(noOffer ? [item(NO_MATCHING_OFFER)] : offers),
      ...(listRejected ? rejectedItems(interview, step.id, need) : []),
    ];
    return children.length > 0 ? [item(need.label, '', children)] : [];
  });
}

function stamp(interview: Interview, key: string): number {
  return interview.fields[key]?.t ?? 0;
}
