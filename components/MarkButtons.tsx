import { type RefObject, useId, useRef } from 'react';
import { markOf } from '../lib/interview';
import { quoteInAnswer } from './quoteInAnswer';
import { useActions, useInterviews } from './StoreContext';
import './MarkButtons.css';

/**
 * Evidence vs interpretation: "Quote" (the candidate's own words, rendered as
 * a quotation) and "Follow up" (also listed at the end of the summary). Toggle
 * buttons, one mark at a time; the group is named after the answer's label.
 * "Quote" pressed with words selected in the answer quotes those words only.
 */
export function MarkButtons({
  fieldKey,
  labelledBy,
  box,
}: {
  fieldKey: string;
  labelledBy: string;
  box: RefObject<HTMLTextAreaElement | null>;
}) {
  const mark = useInterviews((s) => (s.interview ? markOf(s.interview, fieldKey) : undefined));
  const actions = useActions();
  const prefix = useId();
  // Read as the pointer goes down, while the answer still has the focus: a selection left behind
  // in an answer typed in earlier is not what a later press means.
  const selection = useRef<[number, number] | null>(null);
  const remember = () => {
    const el = box.current;
    selection.current = el && el === document.activeElement ? [el.selectionStart, el.selectionEnd] : null;
  };
  const quote = () => {
    const range = selection.current;
    selection.current = null;
    const el = box.current;
    if (el && range && quoteInAnswer(actions, el, fieldKey, range)) return;
    actions.toggleMark(fieldKey, 'quote');
  };
  return (
    <fieldset className="marks" aria-labelledby={`${prefix} ${labelledBy}`}>
      <span id={prefix} hidden>
        Mark the answer to
      </span>
      <button
        type="button"
        className="mark mark-quote"
        aria-pressed={mark === 'quote'}
        title="Their own words: shown as a quote in the summary (select words first to quote only those)"
        onPointerDown={remember}
        onClick={quote}
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
