import { deriveNeeds, type Interview, isFilled, keys, markOf, type Need, text } from '../interview';
import type { Script, StepOf } from '../script';
import { answered } from './answers';
import { acceptedItems, gapItems } from './catalogue-matches';
import { cleanText } from './clean';
import { type ItemKind, item, NO_MATCHING_OFFER, type SummaryItem } from './model';

/**
 * Step 5, need → what we offer: each need with its offers as children (one per
 * kind of support), or a single "No matching offer" when the interviewer named
 * the gap. Never both: when a gap was ticked after an offer was written, the
 * later write wins, so a stale offer cannot pass for a promise. The need's
 * words were shown in full under "Current reality"; here they take one line
 * (" / " between lines), so the need and the offers below it never blur, even
 * in Ashby where a multi-line answer becomes a nested list.
 * Offerings accepted from the catalogue count as offers (and take part in
 * "the later write wins"); a recorded gap in the preferred growth mode is
 * listed first (catalogue-matches.ts).
 */
export function matchItems(interview: Interview, script: Script, step: StepOf<'match'>): SummaryItem[] {
  return deriveNeeds(interview, script).flatMap((need) => {
    const offerKeys = step.supports.map((s) => ({ label: s.label, key: keys.offer(need.id, s.id) }));
    const accepted = acceptedItems(interview, need);
    const offers = [...offerKeys.flatMap((o) => answered(interview, o.label, o.key)), ...accepted.items];
    const lastOffer = Math.max(
      accepted.last,
      ...offerKeys.filter((o) => isFilled(text(interview, o.key))).map((o) => stamp(interview, o.key)),
    );
    const gap = interview.fields[keys.noOffer(need.id)];
    const noOffer = gap?.v === true && (offers.length === 0 || gap.t > lastOffer);
    // A recorded gap in their preferred way to grow stands beside what exists instead; it is a fact, not an offer.
    const children = [...gapItems(interview, script, need), ...(noOffer ? [item(NO_MATCHING_OFFER)] : offers)];
    const detail = cleanText(need.detail).split('\n').join(' / ');
    return children.length > 0 ? [item(need.label, detail, children, needKind(interview, script, need))] : [];
  });
}

function stamp(interview: Interview, key: string): number {
  return interview.fields[key]?.t ?? 0;
}

/**
 * A need repeats the candidate's answer it came from; when every answer behind
 * it is marked as their own words, it reads as a quote here too. Follow-ups are
 * listed once, from where they were written, so they are not carried over.
 */
function needKind(interview: Interview, script: Script, need: Need): ItemKind | undefined {
  const sources = needSources(script, need).filter((key) => isFilled(text(interview, key)));
  return sources.length > 0 && sources.every((key) => markOf(interview, key) === 'quote') ? 'quote' : undefined;
}

function needSources(script: Script, need: Need): string[] {
  if (need.source.kind === 'arena') return [keys.grid(need.source.arenaId, need.source.questionId)];
  const growth = script.steps.find((s) => s.kind === 'growthModes');
  return growth ? growth.questions.map((q) => keys.answer(growth.id, q.id)) : [];
}
