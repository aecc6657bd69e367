import { useState } from 'react';
import type { MatchContext } from '../../../lib/catalogue/context';
import type { CatalogueEntry, Kind } from '../../../lib/catalogue/schema';
import { type Suggestion, suggest } from '../../../lib/catalogue/scorer';
import { acceptedFor, keys, type Need, text } from '../../../lib/interview';
import { useDerived } from '../../StoreContext';
import { SuggestionCard } from './SuggestionCard';

/** How many suggestions show before "Show more": a glance, not a catalogue. */
export const SHOWN = 3;

/**
 * Ranked suggestions for one need. Offerings already accepted or rejected stay
 * in view even when they rank lower; one accepted earlier and since removed
 * from the catalogue is shown from the copy kept in the interview.
 */
export function NeedSuggestions({
  need,
  catalogue,
  context,
}: {
  need: Need;
  catalogue: readonly CatalogueEntry[];
  context: MatchContext;
}) {
  const [all, setAll] = useState(false);
  const decided = useDerived((s) =>
    s.interview
      ? Object.keys(s.interview.fields)
          .filter((k) => k.startsWith(`match:${need.id}:`) && s.interview?.fields[k]?.v !== '')
          .map((k) => k.slice(`match:${need.id}:`.length))
      : [],
  );
  const earlier = useDerived((s) => {
    const interview = s.interview;
    if (!interview) return [];
    return acceptedFor(interview, need.id).map(({ offeringId }) => ({
      offeringId,
      name: text(interview, keys.offeringName(need.id, offeringId)),
      kind: text(interview, keys.offeringKind(need.id, offeringId)),
    }));
  });
  const ranked = suggest(need, catalogue, context);
  const shown = ranked.filter((s, i) => all || i < SHOWN || decided.includes(s.offering.id));
  const gone: Suggestion[] = earlier
    .filter((e) => !catalogue.some((o) => o.id === e.offeringId))
    .map((e) => ({
      offering: {
        id: e.offeringId,
        name: e.name || e.offeringId,
        kind: (['people', 'resources', 'opportunities'].includes(e.kind) ? e.kind : 'resources') as Kind,
        description: '',
        modes: [],
        arenas: [],
        tags: [],
        source: 'personal',
      },
      score: 0,
      reasons: ['Accepted earlier; no longer in the catalogue'],
    }));
  const hidden = ranked.length - shown.length;
  if (ranked.length === 0 && gone.length === 0) {
    return catalogue.length > 0 ? <p className="suggestions-none">Nothing in the catalogue fits this need.</p> : null;
  }
  return (
    <>
      <ul className="suggestions" aria-label={`Suggestions for ${need.label}`}>
        {[...shown, ...gone].map((s) => (
          <SuggestionCard key={s.offering.id} needId={need.id} needLabel={need.label} suggestion={s} />
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show {hidden} more<span className="sr-only"> for {need.label}</span>
        </button>
      ) : null}
    </>
  );
}
