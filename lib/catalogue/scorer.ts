import type { Need } from '../interview/needs';
import type { CatalogueEntry } from './schema';
import { meaningfulWords } from './words';

/**
 * Ranks the catalogue against one need. Explainable by construction: every
 * point comes with the sentence that earned it, and the panel shows those
 * sentences, so the interviewer can judge a suggestion before saying it.
 *
 *  - serves the growth mode they prefer: +3 (for the growth-mode need it is
 *    the only thing that counts: an offering that does not serve the mode is
 *    not a match for it, and the honesty guard speaks instead);
 *  - fits the arena the need comes from: +2;
 *  - shares words with their answer: +1 per word, at most 3.
 */
export interface Suggestion {
  offering: CatalogueEntry;
  score: number;
  reasons: string[];
}

export interface ScoreContext {
  /** The preferred growth mode's id and label, if they named one. */
  preferred?: { id: string; label: string };
  /** Arena id → label, for reasons ("Fits Technical growth"). */
  arenaLabels: Readonly<Record<string, string>>;
}

export const WORD_POINTS_MAX = 3;

export function scoreOffering(need: Need, offering: CatalogueEntry, context: ScoreContext): Suggestion {
  const reasons: string[] = [];
  let score = 0;
  const { preferred } = context;
  if (need.source.kind === 'mode') {
    const modeId = need.source.modeId;
    if (!offering.modes.some((m) => m === modeId)) return { offering, score: 0, reasons: [] };
    score += 3;
    reasons.push(`Serves ${(preferred?.id === modeId ? preferred.label : modeId).toLowerCase()}, the way they grow best`);
    const arenas = offering.arenas.filter((a) => Object.hasOwn(context.arenaLabels, a));
    if (arenas.length > 0) {
      score += arenas.length;
      reasons.push(
        `Fits their ${arenas.length === 1 ? 'arena' : 'arenas'}: ${arenas.map((a) => context.arenaLabels[a]).join(', ')}`,
      );
    }
  } else {
    if (preferred && offering.modes.some((m) => m === preferred.id)) {
      score += 3;
      reasons.push(`Serves ${preferred.label.toLowerCase()}, the way they grow best`);
    }
    const arenaId = need.source.arenaId;
    if (offering.arenas.includes(arenaId)) {
      score += 2;
      reasons.push(`Fits ${context.arenaLabels[arenaId] ?? arenaId}`);
    }
  }
  const shared = sharedWords(need.detail, offering);
  if (shared.length > 0) {
    score += Math.min(shared.length, WORD_POINTS_MAX);
    reasons.push(`Shares words with their answer: ${shared.slice(0, 5).join(', ')}`);
  }
  return { offering, score, reasons };
}

/** The candidate's words (as they wrote them) that also appear in the offering. */
export function sharedWords(answer: string, offering: CatalogueEntry): string[] {
  const theirs = meaningfulWords(answer);
  const ours = meaningfulWords([offering.name, offering.description, ...offering.tags].join(' '));
  return [...theirs].filter(([stem]) => ours.has(stem)).map(([, word]) => word);
}

/**
 * Suggestions for a need, best first; ties keep the catalogue's order (the
 * order the catalogue's keeper chose). An arena need needs more than the mode
 * alone: an offering that fits neither its arena nor its words is not offered
 * for it, however well it serves the preferred mode.
 */
export function suggest(need: Need, catalogue: readonly CatalogueEntry[], context: ScoreContext): Suggestion[] {
  return catalogue
    .map((offering, order) => ({ suggestion: scoreOffering(need, offering, context), order }))
    .filter(({ suggestion }) => suggestion.score > 0 && (need.source.kind === 'mode' || onTopic(suggestion, need)))
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.order - b.order)
    .map(({ suggestion }) => suggestion);
}

function onTopic(suggestion: Suggestion, need: Need): boolean {
  return (
    (need.source.kind === 'arena' && suggestion.offering.arenas.includes(need.source.arenaId)) ||
    suggestion.reasons.some((r) => r.startsWith('Shares words'))
  );
}
