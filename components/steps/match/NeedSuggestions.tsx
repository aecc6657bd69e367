import { useState } from 'react';
import type { CatalogueEntry } from '../../../lib/catalogue/schema';
import type { Suggestion } from '../../../lib/catalogue/scorer';
import { visibleSuggestions } from '../../../lib/catalogue/visible';
import type { Need } from '../../../lib/steps/match';
import { useDecided } from './decided';
import { GoneCards } from './GoneCards';
import { SuggestionCard } from './SuggestionCard';

/** How many suggestions a need shows at first in step 5: the best one; the rest are a press away. */
export const FIRST_SHOWN = 1;

/**
 * Ranked suggestions for one need: the best, plus any already accepted or
 * rejected (they stay in view even when they rank lower); one accepted earlier
 * and since removed from the catalogue is shown as no longer offered, with Withdraw.
 */
export function NeedSuggestions({
  need,
  ranked,
  catalogue,
}: {
  need: Need;
  ranked: readonly Suggestion[];
  catalogue: readonly CatalogueEntry[];
}) {
  const [all, setAll] = useState(false);
  const decided = useDecided(need.id);
  const { shown, hidden } = visibleSuggestions(ranked, decided, all, FIRST_SHOWN);
  const gone = <GoneCards need={need} catalogue={catalogue} />;
  if (ranked.length === 0) {
    return (
      <>
        {catalogue.length > 0 ? (
          <p className="suggestions-none">
            {need.obstacle ? 'Nothing in the catalogue addresses this obstacle.' : 'Nothing in the catalogue fits this need.'}
          </p>
        ) : null}
        {gone}
      </>
    );
  }
  return (
    <>
      <ul className="suggestions" aria-label={`Suggestions for ${need.label}`}>
        {shown.map((s) => (
          <SuggestionCard key={s.offering.id} need={need} suggestion={s} />
        ))}
      </ul>
      {hidden > 0 ? (
        <button type="button" className="link more-link" onClick={() => setAll(true)}>
          Show {hidden} more<span className="sr-only"> for {need.label}</span>
        </button>
      ) : null}
      {gone}
    </>
  );
}
