import { useEffect, useRef, useState } from 'react';
import { isFilled } from '../../../lib/interview';
import { type MatchStep, matchKeys, type Need } from '../../../lib/steps/match';
import { AnswerField } from '../../AnswerField';
import { useInterviews } from '../../StoreContext';

/**
 * What the interviewer offers beyond the catalogue, one box per kind of
 * support: folded until used (issue 21), open whenever one holds text.
 */
export function OtherOffers({ step, need }: { step: MatchStep; need: Need }) {
  const filled = useInterviews((s) =>
    step.supports.some((x) => isFilled(s.interview?.fields[matchKeys.offer(step.id, need.id, x.id)]?.v)),
  );
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (!open || !opened.current) return;
    opened.current = false;
    box.current?.querySelector('textarea')?.focus();
  }, [open]);
  if (!open && !filled) {
    return (
      <button
        type="button"
        className="link other-offers-open"
        aria-expanded="false"
        onClick={() => {
          opened.current = true;
          setOpen(true);
        }}
      >
        <span aria-hidden="true">+ </span>Offer something not in the catalogue<span className="sr-only"> for {need.label}</span>
      </button>
    );
  }
  return (
    <div className="other-offers" ref={box}>
      {step.supports.map((support) => (
        <AnswerField
          key={support.id}
          rows={1}
          className="field-compact"
          fieldKey={matchKeys.offer(step.id, need.id, support.id)}
          label={
            <>
              {support.label}
              <span className="sr-only"> for {need.label}</span>
            </>
          }
        />
      ))}
    </div>
  );
}
