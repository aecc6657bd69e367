import { useId } from 'react';
import { markOf } from '../lib/interview';
import { useActions, useInterviews } from './StoreContext';
import './MarkButtons.css';

/**
 * Evidence vs interpretation: "Quote" (the candidate's own words, rendered as
 * a quotation) and "Follow up" (also listed at the end of the summary). Toggle
 * buttons, one mark at a time; the group is named after the answer's label.
 */
export function MarkButtons({ fieldKey, labelledBy }: { fieldKey: string; labelledBy: string }) {
  const mark = useInterviews((s) => (s.interview ? markOf(s.interview, fieldKey) : undefined));
  const actions = useActions();
  const prefix = useId();
  return (
    <fieldset className="marks" aria-labelledby={`${prefix} ${labelledBy}`}>
      <span id={prefix} hidden>
        Mark the answer to
      </span>
      <button
        type="button"
        className="mark mark-quote"
        aria-pressed={mark === 'quote'}
        title="Their own words: shown as a quote in the summary"
        onClick={() => actions.toggleMark(fieldKey, 'quote')}
      >
        <span aria-hidden="true">“ </span>Quote
      </button>
      <button
        type="button"
        className="mark mark-followup"
        aria-pressed={mark === 'followup'}
        title="Come back to this: also listed under Follow up at the end of the summary"
        onClick={() => actions.toggleMark(fieldKey, 'followup')}
      >
        <span aria-hidden="true">⚑ </span>Follow up
      </button>
    </fieldset>
  );
}
