import { type CatalogueEntry, KINDS, type Kind } from './schema';
import type { Suggestion } from './scorer';

/** How many suggestions a need shows before "Show more": a glance, not a catalogue. */
export const SHOWN = 3;

/**
 * The suggestions a need shows: the best few, plus any the interviewer already
 * accepted or rejected (a decision never drops out of view because the
 * catalogue grew), or all of them once asked.
 */
export function visibleSuggestions(
  ranked: readonly Suggestion[],
  decided: readonly string[],
  showAll: boolean,
  limit = SHOWN,
): { shown: Suggestion[]; hidden: number } {
  const shown = ranked.filter((s, i) => showAll || i < limit || decided.includes(s.offering.id));
  return { shown, hidden: ranked.length - shown.length };
}

export interface AcceptedCopy {
  offeringId: string;
  name: string;
  kind: string;
}

/**
 * Offerings accepted earlier that are no longer in the catalogue (deleted, or
 * the policy changed): shown from the copy kept in the interview, so the
 * interviewer sees what the summary will say and can withdraw it.
 */
export function acceptedButGone(accepted: readonly AcceptedCopy[], catalogue: readonly CatalogueEntry[]): Suggestion[] {
  return accepted
    .filter((a) => !catalogue.some((o) => o.id === a.offeringId))
    .map((a) => ({
      offering: {
        id: a.offeringId,
        name: a.name || a.offeringId,
        kind: (KINDS as readonly string[]).includes(a.kind) ? (a.kind as Kind) : 'resources',
        description: '',
        modes: [],
        arenas: [],
        tags: [],
        source: 'personal',
      },
      score: 0,
      reasons: ['Accepted earlier; no longer in the catalogue'],
    }));
}
