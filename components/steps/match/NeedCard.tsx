import { useEffect, useRef } from 'react';
import type { NeedPlan } from '../../../lib/catalogue/discuss';
import type { Gap } from '../../../lib/catalogue/honesty';
import type { CatalogueEntry } from '../../../lib/catalogue/schema';
import { type MatchStep, matchKeys } from '../../../lib/steps/match';
import { NO_MATCHING_OFFER } from '../../../lib/summary/model';
import { CheckField } from '../../AnswerField';
import { HonestyGuard } from './HonestyGuard';
import { NeedSuggestions } from './NeedSuggestions';
import { OtherOffers } from './OtherOffers';

/** One need to discuss: its name, their words on one line, the best suggestion, and the honest "nothing". */
export function NeedCard({
  plan,
  step,
  catalogue,
  gap,
  focus,
  onAside,
}: {
  plan: NeedPlan;
  step: MatchStep;
  catalogue: readonly CatalogueEntry[];
  gap: Gap | null;
  /** Just chosen from the folded list: the heading takes focus, so the keyboard goes on from here. */
  focus: boolean;
  onAside(): void;
}) {
  const { need } = plan;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section className="group need" aria-label={need.label}>
      <div className="need-head">
        <h2 ref={heading} tabIndex={-1}>
          {need.label}
        </h2>
        <button type="button" className="link need-aside" aria-label={`Set aside ${need.label}`} onClick={onAside}>
          Set aside
        </button>
      </div>
      {/* Their words, on two lines at most: the whole answer is in step 3 and on hover. */}
      {need.detail ? (
        <p className="need-words" title={need.detail}>
          {need.detail}
        </p>
      ) : null}
      {gap ? (
        <HonestyGuard gap={gap} need={need} catalogue={catalogue} />
      ) : (
        <NeedSuggestions need={need} ranked={plan.ranked} catalogue={catalogue} />
      )}
      <OtherOffers step={step} need={need} />
      <CheckField
        fieldKey={matchKeys.noOffer(step.id, need.id)}
        label={
          <>
            {NO_MATCHING_OFFER}
            <span className="sr-only"> for {need.label}</span>
          </>
        }
      />
    </section>
  );
}
