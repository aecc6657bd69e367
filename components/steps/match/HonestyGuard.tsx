import { useId } from 'react';
import type { Gap } from '../../../lib/catalogue/honesty';
import { SHOWN } from '../../../lib/catalogue/visible';
import { keys, type Need } from '../../../lib/interview';
import { CheckField } from '../../AnswerField';

import { SuggestionCard } from './SuggestionCard';

/**
 * Said when their preferred way to grow has no offering: the plain fact, what
 * exists instead (each with why), and the choice to record the gap.
 */
export function HonestyGuard({ gap, need }: { gap: Gap; need: Need }) {
  const titleId = useId();
  return (
    <div className="honesty" role="note" aria-labelledby={titleId}>
      <p className="honesty-title" id={titleId}>
        <span aria-hidden="true">⚠ </span>
        {gap.title}
      </p>
      <p className="honesty-text">{gap.message}</p>
      {gap.instead.length > 0 ? (
        <>
          <p className="honesty-instead">What exists instead:</p>
          <ul className="suggestions" aria-label={`What exists instead of ${gap.modeLabel.toLowerCase()}`}>
            {gap.instead.slice(0, SHOWN).map((s) => (
              <SuggestionCard key={s.offering.id} needId={need.id} needLabel={need.label} suggestion={s} />
            ))}
          </ul>
        </>
      ) : (
        <p className="honesty-instead">Nothing else in the catalogue fits their arenas or the other ways they grew.</p>
      )}
      <CheckField fieldKey={keys.gap(gap.modeId)} label="Record this gap in the summary" />
    </div>
  );
}
