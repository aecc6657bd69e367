import type { ReactNode } from 'react';
import { fieldId, useProblem } from './EditorContext';

type Path = readonly (string | number)[];

interface FrameProps {
  label: string;
  path: Path;
  hint?: ReactNode;
  /** The control, given its id and the ids that describe it (its hint, its problem). */
  children(id: string, invalid: boolean, describedBy: string | undefined): ReactNode;
}

/**
 * A field of the draft: its label, its control, its hint, and its problem
 * said under it as you type and tied to the control (aria-invalid,
 * aria-describedby), so a screen reader hears it on the field.
 */
function FieldFrame({ label, path, hint, children }: FrameProps) {
  const id = fieldId(path);
  const problem = useProblem(path);
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {children(id, problem !== undefined, described)}
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      <Problem id={`${id}-problem`} path={path} />
    </div>
  );
}

interface TextProps {
  label: string;
  path: Path;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  hint?: ReactNode;
  maxLength?: number;
}

/** One text of the draft. */
export function TextField({ label, path, value, onChange, multiline, hint, maxLength = 2000 }: TextProps) {
  return (
    <FieldFrame label={label} path={path} hint={hint}>
      {(id, invalid, describedBy) => {
        const common = { id, value, maxLength, 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy } as const;
        return multiline ? (
          <textarea {...common} rows={2} spellCheck onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} type="text" autoComplete="off" spellCheck onChange={(e) => onChange(e.target.value)} />
        );
      }}
    </FieldFrame>
  );
}

interface NumberProps {
  label: string;
  path: Path;
  value: number | null | undefined;
  onChange(value: number | null): void;
  hint?: ReactNode;
  min?: number;
  max?: number;
}

/** A number of the draft; an empty box is null (no budget, or a limit still to type). */
export function NumberField({ label, path, value, onChange, hint, min, max }: NumberProps) {
  return (
    <FieldFrame label={label} path={path} hint={hint}>
      {(id, invalid, describedBy) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          value={value ?? ''}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          onChange={(e) =>
            onChange(e.target.value === '' || Number.isNaN(e.target.valueAsNumber) ? null : e.target.valueAsNumber)
          }
        />
      )}
    </FieldFrame>
  );
}

/** The problem of a field, said under it. */
export function Problem({ id, path }: { id: string; path: Path }) {
  const problem = useProblem(path);
  if (!problem) return null;
  return (
    <span id={id} className="field-problem">
      {problem.what.charAt(0).toUpperCase() + problem.what.slice(1)}.
    </span>
  );
}
