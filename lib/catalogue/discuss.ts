import type { Need } from '../steps/match/needs';
import type { CatalogueEntry } from './schema';
import { type ScoreContext, type Suggestion, sharedWords, suggest } from './scorer';

/**
 * Step 5 in the time it is given (issue 21: with four arenas it listed 9
 * needs, 16 screens at 360×720, for a step budgeted at 8 minutes). The
 * interviewer discusses a few needs; the rest wait, folded into one line.
 *
 * The default, before the interviewer chooses: every need already answered
 * (never hide what was recorded), the growth-mode need when the honesty guard
 * speaks for it (the method's first rule), and three more: the needs with the
 * strongest good matches, then (with fewer good matches, or no catalogue yet)
 * the first needs in the order they were said. A need the interviewer chose
 * ("Discuss", "Set aside") keeps that choice. Needs with a good match come
 * first, strongest first; ties keep the interview's order.
 */
export const DEFAULT_DISCUSSED = 3;

export interface NeedPlan {
  need: Need;
  ranked: Suggestion[];
  /** The best suggestion's score; 0 without one. */
  best: number;
  /** The best suggestion speaks to their words (or, for the growth-mode need, serves the mode). */
  good: boolean;
  discussed: boolean;
}

export interface NeedFacts {
  /** The interviewer's own choice for this need, if they made one. */
  chosen(needId: string): boolean | undefined;
  /** Something is recorded for it: a decision, an offer, a note, "nothing to offer". */
  recorded(needId: string): boolean;
  /** The need the honesty guard speaks for (their preferred way to grow, with no offering); undefined when none. */
  guarded?: string | undefined;
}

export function planNeeds(
  needs: readonly Need[],
  catalogue: readonly CatalogueEntry[],
  context: ScoreContext,
  facts: NeedFacts,
): { discussed: NeedPlan[]; folded: NeedPlan[] } {
  const plans = needs.map((need, order) => {
    const ranked = suggest(need, catalogue, context);
    const top = ranked[0];
    const good = top !== undefined && (need.source.kind === 'mode' || sharedWords(need.detail, top.offering).length > 0);
    return { need, ranked, best: top?.score ?? 0, good, order };
  });
  const byStrength = [
    ...plans.filter((p) => p.good).sort((a, b) => b.best - a.best || a.order - b.order),
    ...plans.filter((p) => !p.good),
  ];
  const strongest = new Set(byStrength.slice(0, DEFAULT_DISCUSSED).map((p) => p.need.id));
  const planned: (NeedPlan & { order: number })[] = plans.map((p) => ({
    ...p,
    discussed: facts.chosen(p.need.id) ?? (facts.recorded(p.need.id) || facts.guarded === p.need.id || strongest.has(p.need.id)),
  }));
  const sorted = [...planned].sort(
    (a, b) => Number(b.good) - Number(a.good) || (a.good ? b.best - a.best : 0) || a.order - b.order,
  );
  const strip = ({ order: _order, ...plan }: NeedPlan & { order: number }): NeedPlan => plan;
  return { discussed: sorted.filter((p) => p.discussed).map(strip), folded: sorted.filter((p) => !p.discussed).map(strip) };
}

/** The folded line: "4 more needs: no good fit", "3 more needs, 1 with a good fit". */
export function foldedLine(folded: readonly NeedPlan[]): string {
  const n = folded.length;
  const needs = n === 1 ? '1 more need' : `${n} more needs`;
  const good = folded.filter((p) => p.good).length;
  if (good === 0) return `${needs}: no good fit`;
  if (good === n) return n === 1 ? `${needs}, with a good fit` : `${needs}, all with a good fit`;
  return `${needs}, ${good} with a good fit`;
}
