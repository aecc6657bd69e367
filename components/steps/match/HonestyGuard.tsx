import { useId, useState } from 'react';
import type { Gap } from '../../../lib/catalogue/honesty';
import type { CatalogueEntry } from '../../../lib/catalogue/schema';
import { visibleSuggestions } from '../../../lib/catalogue/visible';
import { matchKeys, type Need } from '../../../lib/steps/match';
import { CheckField } from '../../AnswerField';
import { useDecided } from './decided';
import { GoneCards } from './GoneCards';
import { FIRST_SHOWN } from './NeedSuggestions';
import { SuggestionCard } from './SuggestionCard';
import { useMatchStepId } from './step';

/**
 * Said when their preferred way to grow has no offering in the catalogue as
 * it is now: the plain fact, what exists instead (each with why), an earlier
 * acceptance that left the catalogue (to withdraw), and the choice to record the gap.
 */
export function HonestyGuard({ gap, need, catalogue }: { gap: Gap; need: Need; catalogue: readonly CatalogueEntry[] }) {
  const titleId = useId();
  const [all, setAll] = useState(false);
  const decided = useDecided(need.id);
  const stepId = useMatchStepId();
  const { shown, hidden } = visibleSuggestions(gap.instead, decided, all, FIRST_SHOWN);
  return (
    <div className="honesty" role="note" aria-labelledby={titleId}>
      <p className="honesty-title" id={titleId}>
        <span aria-hidden="true">⚠ </span>
        {gap.title}
      </p>
      <p className="honesty-text">{gap.message}</p>
      <GoneCards need={need} catalogue={catalogue} />
      {gap.instead.length > 0 ? (
        <>
          <p className="honesty-instead">What exists instead:</p>
          <ul className="suggestions" aria-label={`What exists instead of ${gap.modeLabel.toLowerCase()}`}>
            {shown.map((s) => (
              <SuggestionCard key={s.offering.id} need={need} suggestion={s} />
            ))}
          </ul>
          {hidden > 0 ? (
            <button type="button" className="link more-link" onClick={() => setAll(true)}>
              Show {hidden} more<span className="sr-only"> instead of {gap.modeLabel.toLowerCase()}</span>
            </button>
          ) : null}
        </>
      ) : (
        <p className="honesty-instead">Nothing else in the catalogue fits their arenas or the other ways they grew.</p>
      )}
      <CheckField fieldKey={matchKeys.gap(stepId, need.id)} label="Record this gap in the summary" />
    </div>
  );
}
