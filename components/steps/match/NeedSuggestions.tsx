import { useState } from 'react';
import type { MatchContext } from '../../../lib/catalogue/context';
import type { CatalogueEntry } from '../../../lib/catalogue/schema';
import { suggest } from '../../../lib/catalogue/scorer';
import { acceptedButGone, visibleSuggestions } from '../../../lib/catalogue/visible';
import { acceptedFor, keys, type Need, text } from '../../../lib/interview';
import { useDerived } from '../../StoreContext';
import { SuggestionCard } from './SuggestionCard';

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
  const { shown, hidden } = visibleSuggestions(ranked, decided, all);
  const gone = acceptedButGone(earlier, catalogue);
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
