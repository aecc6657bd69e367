import { gapLine } from '../../catalogue/honesty';
import { type Kind, kindLabels } from '../../catalogue/schema';
import { text } from '../../interview/fields';
import type { Interview } from '../../interview/schema';
import { item, REJECTED_LABEL, type SummaryItem } from '../../summary/model';
import type { GrowthModesStep } from '../growth-modes';
import { type ScriptLike, type StepLike, stepsBefore } from '../parts';
import { decidedFor, type MatchDecision, matchKeys } from './keys';
import type { Need } from './needs';

/**
 * Step 5's catalogue part of the summary, from the interview alone: the
 * decided offerings (by the name, kind and modes copied when they were
 * decided, so renaming or deleting an offering later does not rewrite what was
 * said) and the gap in their preferred way to grow, when the interviewer recorded it.
 *
 * Never an offer and a gap for the same thing (issue 21): an accepted
 * offering that served the mode of a recorded gap and the gap itself cannot
 * both be true. The later decision stands: a gap recorded after the offer
 * (the offering left the catalogue, the interviewer recorded the gap) leaves
 * the offer out; an offer accepted after the gap leaves the gap out.
 */
export interface Decided {
  offeringId: string;
  t: number;
  name: string;
  kind: string;
  note: string;
  /** The modes it served when decided; undefined for a decision recorded before they were copied. */
  modes: string[] | undefined;
}

export function decided(interview: Interview, stepId: string, needId: string, decision: MatchDecision): Decided[] {
  return decidedFor(interview, stepId, needId, decision)
    .sort((a, b) => a.t - b.t)
    .map(({ offeringId, t }) => {
      const modes = interview.fields[matchKeys.offeringModes(stepId, needId, offeringId)];
      return {
        offeringId,
        t,
        name: text(interview, matchKeys.offeringName(stepId, needId, offeringId)).trim() || offeringId,
        kind: text(interview, matchKeys.offeringKind(stepId, needId, offeringId)),
        note: text(interview, matchKeys.note(stepId, needId, offeringId))
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .join(' / '),
        modes: typeof modes?.v === 'string' ? modes.v.split(' ').filter((m) => m !== '') : undefined,
      };
    });
}

/** The gap recorded for their preferred way to grow, when the growth-mode need exists and the tick is set. */
export interface RecordedGap {
  needId: string;
  modeId: string;
  label: string;
  t: number;
}

export function recordedGap(
  interview: Interview,
  script: ScriptLike,
  step: StepLike,
  needs: readonly Need[],
): RecordedGap | undefined {
  const need = needs.find((n) => n.source.kind === 'mode');
  if (need?.source.kind !== 'mode') return undefined;
  const modeId = need.source.modeId;
  const field = interview.fields[matchKeys.gap(step.id, need.id)];
  if (field?.v !== true) return undefined;
  const modes = stepsBefore<GrowthModesStep>(script, step, 'growthModes').flatMap((s) => s.modes);
  const label = modes.find((m) => m.id === modeId)?.label ?? modeId;
  return { needId: need.id, modeId, label, t: field.t };
}

/**
 * Which of the gap and the offers that contradict it the summary keeps: the
 * offers accepted (on any need) that served the gap's mode, left out when the
 * gap is the later word; the gap, left out when one of them is.
 */
export function settleGap(
  interview: Interview,
  script: ScriptLike,
  step: StepLike,
  needs: readonly Need[],
): { gap: RecordedGap | undefined; withdrawn: ReadonlySet<string> } {
  const gap = recordedGap(interview, script, step, needs);
  if (!gap) return { gap, withdrawn: new Set() };
  const contradicting = needs.flatMap((need) =>
    decided(interview, step.id, need.id, 'accepted')
      .filter((d) => servesGap(d, gap, need))
      .map((d) => ({ key: `${need.id}:${d.offeringId}`, t: d.t })),
  );
  if (contradicting.some((c) => c.t > gap.t)) return { gap: undefined, withdrawn: new Set() };
  return { gap, withdrawn: new Set(contradicting.map((c) => c.key)) };
}

/**
 * An accepted offering served the gap's mode when its copied modes say so.
 * One decided before modes were copied is judged by where it was accepted:
 * on the growth-mode need itself, only offerings serving the mode were suggested.
 */
function servesGap(d: Decided, gap: RecordedGap, need: Need): boolean {
  return d.modes ? d.modes.includes(gap.modeId) : need.id === gap.needId;
}

function offerItem(d: Decided, label: string): SummaryItem {
  return item(label, d.note ? `${d.name} (${d.note})` : d.name);
}

/** An accepted offering in the summary, under its kind of support ("Resources: Yearly learning budget"). */
export function acceptedItem(d: Decided): SummaryItem {
  return offerItem(d, kindLabels[d.kind as Kind] ?? 'Offering');
}

/** The suggestions rejected for a need, listed only when the interviewer asked for them in options. */
export function rejectedItems(interview: Interview, stepId: string, need: Need): SummaryItem[] {
  return decided(interview, stepId, need.id, 'rejected').map((d) => offerItem(d, REJECTED_LABEL));
}

export const GAP_LABEL = 'Gap';

/** The recorded gap, under the growth-mode need. */
export function gapItems(gap: RecordedGap | undefined): SummaryItem[] {
  return gap ? [item(GAP_LABEL, gapLine(gap.label))] : [];
}
