import { gapLine } from '../catalogue/honesty';
import { type Kind, kindLabels } from '../catalogue/schema';
import { acceptedFor, flag, type Interview, keys, type Need, text } from '../interview';
import type { Script } from '../script';
import { stepOfKind } from '../script';
import { item, type SummaryItem } from './model';

/**
 * Step 5's catalogue part of the summary, from the interview alone: the
 * accepted offerings (by the name and kind copied when they were accepted, so
 * renaming or deleting an offering later does not rewrite what was said) and
 * the gap, when the interviewer recorded it.
 */
export function acceptedItems(interview: Interview, need: Need): { items: SummaryItem[]; last: number } {
  const accepted = acceptedFor(interview, need.id).sort((a, b) => a.t - b.t);
  const items = accepted.map(({ offeringId }) => {
    const kind = text(interview, keys.offeringKind(need.id, offeringId)) as Kind;
    const name = text(interview, keys.offeringName(need.id, offeringId)).trim() || offeringId;
    const note = text(interview, keys.matchNote(need.id, offeringId))
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join(' / ');
    return item(kindLabels[kind] ?? 'Offering', note ? `${name} (${note})` : name);
  });
  return { items, last: Math.max(0, ...accepted.map((a) => a.t)) };
}

export const GAP_LABEL = 'Gap';

/** The recorded gap for the growth-mode need, or nothing. */
export function gapItems(interview: Interview, script: Script, need: Need): SummaryItem[] {
  if (need.source.kind !== 'mode' || !flag(interview, keys.gap(need.source.modeId))) return [];
  const modeId = need.source.modeId;
  const label = stepOfKind(script, 'growthModes')?.modes.find((m) => m.id === modeId)?.label ?? modeId;
  return [item(GAP_LABEL, gapLine(label))];
}
