import { deriveNeeds, type Interview, isFilled, keys, text } from '../interview';
import type { Script, StepOf } from '../script';
import { answered } from './answers';
import { acceptedItems, gapItems, rejectedItems, settleGap } from './catalogue-matches';
import { item, NO_MATCHING_OFFER, type SummaryItem } from './model';

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
 * listed first, and never beside an offer of that mode (catalogue-matches.ts).
 */
export function matchItems(interview: Interview, script: Script, step: StepOf<'match'>, listRejected = false): SummaryItem[] {
  // The needs once, for the gap and for the list.
  const needs = deriveNeeds(interview, script);
  const { gap, withdrawn } = settleGap(interview, script, needs);
  return needs.flatMap((need) => {
    const offerKeys = step.supports.map((s) => ({ label: s.label, key: keys.offer(need.id, s.id) }));
    const accepted = acceptedItems(interview, need, withdrawn);
    const offers = [...offerKeys.flatMap((o) => answered(interview, o.label, o.key)), ...accepted.items];
    const lastOffer = Math.max(
      accepted.last,
      ...offerKeys.filter((o) => isFilled(text(interview, o.key))).map((o) => stamp(interview, o.key)),
    );
    const none = interview.fields[keys.noOffer(need.id)];
    const noOffer = none?.v === true && (offers.length === 0 || none.t > lastOffer);
    const children = [
      // A recorded gap in their preferred way to grow stands beside what exists instead; it is a fact, not an offer.
      ...gapItems(gap, need),
      ...(noOffer ? [item(NO_MATCHING_OFFER)] : offers),
      ...(listRejected ? rejectedItems(interview, need) : []),
    ];
    return children.length > 0 ? [item(need.label, '', children)] : [];
  });
}

function stamp(interview: Interview, key: string): number {
  return interview.fields[key]?.t ?? 0;
}
