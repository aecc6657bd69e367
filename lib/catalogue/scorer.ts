import type { Need } from '../steps/match/needs';
import type { CatalogueEntry } from './schema';
import { meaningfulWords } from './words';

/**
 * Ranks the catalogue against one need. Explainable by construction: every
 * point comes with the sentence that earned it, and the panel shows those
 * sentences, so the interviewer can judge a suggestion before saying it.
 *
 * What the candidate said counts most (issue 21: "Mentoring programme" was
 * suggested for 8 of 9 needs because the preferred mode outweighed their words):
 *  - their words in the offering's name: +3 each; in its tags: +2 each; in its
 *    description: +1 each, at most 2; all words together at most 6;
 *  - fits the arena the need comes from: +2;
 *  - serves the growth mode they prefer: +1 (for the growth-mode need it is
 *    the condition, worth 3: an offering that does not serve the mode is not a
 *    match for it, and the honesty guard speaks instead; its arenas then count 1 each).
 * An arena need needs its arena or their words; an obstacle needs their words:
 * fitting the arena does not make an offering address what stands in the way.
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

export const POINTS = { name: 3, tag: 2, description: 1, descriptionMax: 2, wordsMax: 6, arena: 2, mode: 1, modeNeed: 3 };

/** Where in the offering their words were found, in the order reasons name them. */
const PLACES = ['name', 'tags', 'description'] as const;
type Place = (typeof PLACES)[number];

export function scoreOffering(need: Need, offering: CatalogueEntry, context: ScoreContext): Suggestion {
  const reasons: string[] = [];
  let score = 0;
  const { preferred } = context;
  const found = wordsFound(need.detail, offering);
  const words = (into: string[]) => {
    score += wordPoints(found);
    for (const place of PLACES) {
      const list = found[place];
      if (list.length > 0) into.push(`Their words in its ${place}: ${list.slice(0, 4).join(', ')}`);
    }
  };
  if (need.source.kind === 'mode') {
    const modeId = need.source.modeId;
    if (!offering.modes.some((m) => m === modeId)) return { offering, score: 0, reasons: [] };
    score += POINTS.modeNeed;
    reasons.push(`Serves ${(preferred?.id === modeId ? preferred.label : modeId).toLowerCase()}, the way they grow best`);
    const arenas = offering.arenas.filter((a) => Object.hasOwn(context.arenaLabels, a));
    if (arenas.length > 0) {
      score += arenas.length;
      reasons.push(
        `Fits their ${arenas.length === 1 ? 'arena' : 'arenas'}: ${arenas.map((a) => context.arenaLabels[a]).join(', ')}`,
      );
    }
  } else {
    // Their words first: the reason that carries most, and the one the card's single line must show.
    words(reasons);
    const arenaId = need.source.arenaId;
    if (offering.arenas.includes(arenaId)) {
      score += POINTS.arena;
      reasons.push(`Fits ${context.arenaLabels[arenaId] ?? arenaId}`);
    }
    if (preferred && offering.modes.some((m) => m === preferred.id)) {
      score += POINTS.mode;
      reasons.push(`Serves ${preferred.label.toLowerCase()}, the way they grow best`);
    }
    return { offering, score, reasons };
  }
  words(reasons);
  return { offering, score, reasons };
}

/** The candidate's words (as they wrote them) found in the offering, by where: each word counted once, at its best place. */
export function wordsFound(answer: string, offering: CatalogueEntry): Record<Place, string[]> {
  const theirs = meaningfulWords(answer);
  const places: Record<Place, Map<string, string>> = {
    name: meaningfulWords(offering.name),
    tags: meaningfulWords(offering.tags.join(' ')),
    description: meaningfulWords(offering.description),
  };
  const found: Record<Place, string[]> = { name: [], tags: [], description: [] };
  for (const [stem, word] of theirs) {
    const place = PLACES.find((p) => places[p].has(stem));
    if (place) found[place].push(word);
  }
  return found;
}

/** Every shared word, wherever it was found (name first). */
export function sharedWords(answer: string, offering: CatalogueEntry): string[] {
  const found = wordsFound(answer, offering);
  return PLACES.flatMap((p) => found[p]);
}

function wordPoints(found: Record<Place, string[]>): number {
  const points =
    found.name.length * POINTS.name +
    found.tags.length * POINTS.tag +
    Math.min(found.description.length * POINTS.description, POINTS.descriptionMax);
  return Math.min(points, POINTS.wordsMax);
}

/**
 * Suggestions for a need, best first; ties keep the catalogue's order (the
 * order the catalogue's keeper chose). An arena need needs more than the mode
 * alone: an offering that fits neither its arena nor its words is not offered
 * for it, however well it serves the preferred mode; an obstacle needs its words.
 */
export function suggest(need: Need, catalogue: readonly CatalogueEntry[], context: ScoreContext): Suggestion[] {
  return catalogue
    .map((offering, order) => ({ suggestion: scoreOffering(need, offering, context), order }))
    .filter(({ suggestion }) => suggestion.score > 0 && onTopic(suggestion, need))
    .sort((a, b) => b.suggestion.score - a.suggestion.score || a.order - b.order)
    .map(({ suggestion }) => suggestion);
}

function onTopic(suggestion: Suggestion, need: Need): boolean {
  if (need.source.kind === 'mode') return true;
  const words = sharedWords(need.detail, suggestion.offering).length > 0;
  if (need.obstacle) return words;
  return words || suggestion.offering.arenas.includes(need.source.arenaId);
}

/** A suggestion worth leading with: their words, or their arena and their way to grow together. */
export const GOOD_MATCH = 3;
