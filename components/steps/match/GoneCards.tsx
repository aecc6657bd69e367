import type { CatalogueEntry } from '../../../lib/catalogue/schema';
import { acceptedButGone } from '../../../lib/catalogue/visible';
import type { Need } from '../../../lib/steps/match';
import { useAccepted } from './decided';
import { SuggestionCard } from './SuggestionCard';

/**
 * Offerings accepted for this need that are no longer in the catalogue (own
 * or the organisation's): shown from the copy kept in the interview, marked
 * as no longer offered, with Withdraw (issue 21: step 5 stopped showing them,
 * so an offer that no longer exists could not be taken back).
 */
export function GoneCards({ need, catalogue }: { need: Need; catalogue: readonly CatalogueEntry[] }) {
  const gone = acceptedButGone(useAccepted(need.id), catalogue);
  if (gone.length === 0) return null;
  return (
    <ul className="suggestions" aria-label={`No longer offered, for ${need.label}`}>
      {gone.map((s) => (
        <SuggestionCard key={s.offering.id} need={need} suggestion={s} gone />
      ))}
    </ul>
  );
}
