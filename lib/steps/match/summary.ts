import type { Interview } from '../../interview/schema';
import { answered } from '../../summary/answers';
import { item, NO_MATCHING_OFFER, type SummaryItem } from '../../summary/model';
import type { ScriptLike } from '../parts';
import { needAnswers } from './answers';
import { acceptedItem, gapItems, rejectedItems } from './decided';
import type { MatchStep } from './schema';

/**
 * Step 5, need → what we offer: each need with its offers as children (one per
 * kind of support, then the accepted offerings), or a single "Nothing we can
 * honestly offer here" when the interviewer ticked it (answers.ts settles
 * which). A need is named by its arena and question only: the candidate's
 * words are in "Current reality" and "How they grow best", and a summary that
 * says everything once needs no editing before it is pasted (issue 21). A
 * recorded gap in the preferred growth mode is listed first.
 */
export function matchItems(interview: Interview, script: ScriptLike, step: MatchStep, listRejected = false): SummaryItem[] {
  return needAnswers(interview, script, step).flatMap(({ need, gap, noOffer, typed, accepted }) => {
    const offers = [...typed.flatMap((o) => answered(interview, o.label, o.key)), ...accepted.map(acceptedItem)];
    const children = [
      // A recorded gap in their preferred way to grow stands beside what exists instead; it is a fact, not an offer.
      ...gapItems(gap),
      ...(noOffer ? [item(NO_MATCHING_OFFER)] : offers),
      ...(listRejected ? rejectedItems(interview, step.id, need) : []),
    ];
    return children.length > 0 ? [item(need.label, '', children)] : [];
  });
}
