import type { ReactNode } from 'react';
import { fieldId, useProblem } from './EditorContext';

interface FieldProps {
  label: string;
  path: readonly (string | number)[];
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  hint?: ReactNode;
  maxLength?: number;
}

/**
 * One text of the draft, with its problem said beside it as you type and
 * tied to it (aria-invalid, aria-describedby), so a screen reader hears it on the field.
 */
export function TextField({ label, path, value, onChange, multiline, hint, maxLength = 2000 }: FieldProps) {
  const id = fieldId(path);
  const problem = useProblem(path);
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    maxLength,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': described,
    spellCheck: true,
  } as const;
  return (
    <div className="field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      <Problem id={`${id}-problem`} path={path} />
    </div>
  );
}

interface NumberProps {
  label: string;
  path: readonly (string | number)[];
  value: number | null | undefined;
  onChange(value: number | null): void;
  hint?: ReactNode;
  min?: number;
  max?: number;
}

/** A number of the draft; an empty box is null (no budget, or a limit still to type). */
export function NumberField({ label, path, value, onChange, hint, min, max }: NumberProps) {
  const id = fieldId(path);
  const problem = useProblem(path);
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value ?? ''}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value === '' || Number.isNaN(e.target.valueAsNumber) ? null : e.target.valueAsNumber)}
      />
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      <Problem id={`${id}-problem`} path={path} />
    </div>
  );
}

/** The problem of a field, said under it. */
export function Problem({ id, path }: { id: string; path: readonly (string | number)[] }) {
  const problem = useProblem(path);
  if (!problem) return null;
  return (
    <span id={id} className="field-problem">
      {problem.what.charAt(0).toUpperCase() + problem.what.slice(1)}.
    </span>
  );
}
