import type { ReactNode } from 'react';
import { useActions, useInterviews } from './StoreContext';

interface Props {
  fieldKey: string;
  /** The question; it is the textbox's accessible name. */
  label: ReactNode;
  rows?: number;
  className?: string;
}

/** A free-text answer bound to one stored field; every keystroke is saved. */
export function AnswerField({ fieldKey, label, rows = 2, className }: Props) {
  const value = useInterviews((s) => {
    const v = s.interview?.fields[fieldKey]?.v;
    return typeof v === 'string' ? v : '';
  });
  const actions = useActions();
  return (
    <label className={`field ${className ?? ''}`}>
      <span className="label">{label}</span>
      <textarea
        rows={rows}
        value={value}
        spellCheck
        // Lets a keyboard shortcut (mark quote, flag follow-up) know which answer it is in.
        data-field-key={fieldKey}
        onChange={(e) => actions.setAnswer(fieldKey, e.target.value)}
      />
    </label>
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
