import { type ReactNode, useId } from 'react';
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
}

/** A free-text answer bound to one stored field; every keystroke is saved. */
export function AnswerField({ fieldKey, label, rows = 2, className, marks = false }: Props) {
  const value = useInterviews((s) => {
    const v = s.interview?.fields[fieldKey]?.v;
    return typeof v === 'string' ? v : '';
  });
  const mark = useInterviews((s) => (marks && s.interview ? markOf(s.interview, fieldKey) : undefined));
  const actions = useActions();
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`} data-mark={mark}>
      <label className="label" htmlFor={`${id}-text`} id={`${id}-label`}>
        {label}
      </label>
      <textarea
        id={`${id}-text`}
        rows={rows}
        value={value}
        spellCheck
        // Lets the keyboard shortcuts know which answer they are in, and whether it takes marks.
        data-field-key={fieldKey}
        data-markable={marks || undefined}
        onChange={(e) => actions.setAnswer(fieldKey, e.target.value)}
      />
      {marks ? <MarkButtons fieldKey={fieldKey} labelledBy={`${id}-label`} /> : null}
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
