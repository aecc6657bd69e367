import { type ReactNode, useId, useRef } from 'react';
import { markOf } from '../lib/interview';
import { MarkButtons } from './MarkButtons';
import { useActions, useInterviews } from './StoreContext';

interface Props {
  fieldKey: string;
  /** The question; it is the textbox's accessible name. */
  label: ReactNode;
  rows?: number;
  className?: string;
  /** Offer the "Quote" / "Follow up" marks (the candidate's answers; not our offers). */
  marks?: boolean;
  /** Takes focus when it appears (a note opened on request). */
  autoFocus?: boolean;
}

/** A free-text answer bound to one stored field; every keystroke is saved. */
export function AnswerField({ fieldKey, label, rows = 2, className, marks = false, autoFocus = false }: Props) {
  const value = useInterviews((s) => {
    const v = s.interview?.fields[fieldKey]?.v;
    return typeof v === 'string' ? v : '';
  });
  const mark = useInterviews((s) => (marks && s.interview ? markOf(s.interview, fieldKey) : undefined));
  const actions = useActions();
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  return (
    <div className={`field ${className ?? ''}`} data-mark={mark}>
      <label className="label" htmlFor={`${id}-text`} id={`${id}-label`}>
        {label}
      </label>
      <textarea
        ref={box}
        id={`${id}-text`}
        rows={rows}
        value={value}
        spellCheck
        // biome-ignore lint/a11y/noAutofocus: only when the user just asked for this box (a note); never on page load.
        autoFocus={autoFocus}
        // Lets the keyboard shortcuts know which answer they are in, and whether it takes marks.
        data-field-key={fieldKey}
        data-markable={marks || undefined}
        onChange={(e) => actions.setAnswer(fieldKey, e.target.value)}
      />
      {marks ? <MarkButtons fieldKey={fieldKey} labelledBy={`${id}-label`} box={box} /> : null}
    </div>
  );
}

/** A tick bound to one stored field. */
export function CheckField({ fieldKey, label }: { fieldKey: string; label: ReactNode }) {
  const checked = useInterviews((s) => s.interview?.fields[fieldKey]?.v === true);
  const actions = useActions();
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(e) => actions.setAnswer(fieldKey, e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
