import { useEffect, useId, useRef, useState } from 'react';
import { problemText } from '../../../../lib/script/check';
import { KINDS, type StepKindName } from '../../../../lib/steps';
import { EDITING } from '../../../../lib/steps/editing';
import { fieldId, focusSoon, useEditor, useEditorActions } from './EditorContext';
import { TextField } from './Fields';
import { StepEditor, stepHeadingId } from './StepEditor';
import './Editor.css';

const KIND_NAMES = Object.keys(KINDS) as StepKindName[];

/**
 * The script editor (issue 18): the open draft, saved as typed; its problems
 * said as you type, each a button to its field; "Save script" makes the next
 * version once there are none. Interviews already started keep theirs.
 */
export function ScriptEditor() {
  const open = useEditor((s) => s.open);
  const problems = useEditor((s) => s.problems);
  const draftState = useEditor((s) => s.draftState);
  const removed = useEditor((s) => s.removed);
  const message = useEditor((s) => s.message);
  const actions = useEditorActions();
  const [kind, setKind] = useState<StepKindName>('questions');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const draftId = open?.draft.id;
  // A script opened: focus goes to its heading, so the keyboard starts at the top of the editor.
  useEffect(() => {
    if (draftId) heading.current?.focus();
  }, [draftId]);
  // What was removed is gone from under focus: "Undo remove" takes it.
  useEffect(() => {
    if (removed) undo.current?.focus();
  }, [removed]);
  if (!open) return null;
  const { draft, basedOn } = open;
  const steps = draft.steps;
  return (
    <section className="script-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Editing “{draft.name.trim() || 'Untitled'}”
      </h3>
      <p className="muted">
        {basedOn
          ? `Changes to version ${basedOn}. “Save script” makes version ${basedOn + 1}; interviews already started keep theirs.`
          : '“Save script” makes it a script new interviews can use.'}{' '}
        Every change is kept as you type, even before you save.
      </p>
      <p className={`editor-draft${draftState.state === 'unsaved' ? ' status-error' : ''}`} aria-live="polite">
        {draftState.state === 'unsaved'
          ? `Draft not saved: ${draftState.reason}. It stays on this page and is tried again.`
          : draftState.state === 'saving'
            ? 'Saving draft…'
            : 'Draft saved.'}
      </p>
      <TextField label="Script name" path={['name']} value={draft.name} maxLength={120} onChange={actions.setName} />
      <section className={`editor-problems${problems.length ? ' has-problems' : ''}`} aria-labelledby={`${id}-problems`}>
        <h4 id={`${id}-problems`}>
          {problems.length === 0
            ? 'No problems: ready to save'
            : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix before saving`}
        </h4>
        {problems.length > 0 ? (
          <ul>
            {problems.slice(0, 20).map((p) => (
              <li key={`${p.path.join('.')}|${p.what}`}>
                <button type="button" className="link" onClick={() => focusProblem(p.path)}>
                  {problemText(p)}
                </button>
              </li>
            ))}
            {problems.length > 20 ? <li className="muted">…and {problems.length - 20} more</li> : null}
          </ul>
        ) : null}
      </section>
      {steps.length > 1 ? (
        <nav aria-label="Go to a step" className="editor-nav">
          <ol>
            {steps.map((step, at) => (
              <li key={step.id}>
                <button type="button" className="link" onClick={() => document.getElementById(stepHeadingId(at))?.focus()}>
                  {step.title.trim() || 'Untitled'}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <ol className="editor-steps" aria-label="Steps">
        {steps.map((step, at) => (
          <StepEditor key={step.id} at={at} step={step} count={steps.length} />
        ))}
      </ol>
      {removed ? (
        <div className="row">
          <button
            ref={undo}
            type="button"
            onClick={() => {
              const at = actions.undoRemove();
              if (at !== null && removed.what === 'step') focusSoon(stepHeadingId(at));
            }}
          >
            Undo remove
          </button>
          <span className="muted">
            Removed {removed.what === 'step' ? `step “${removed.step.title.trim() || 'Untitled'}”` : 'an item'}.
          </span>
        </div>
      ) : null}
      <div className="row editor-add-step">
        <div className="field">
          <label className="label" htmlFor={`${id}-kind`}>
            Kind of step
          </label>
          <select
            id={`${id}-kind`}
            value={kind}
            aria-describedby={`${id}-kind-hint`}
            onChange={(e) => setKind(e.target.value as StepKindName)}
          >
            {KIND_NAMES.map((k) => (
              <option key={k} value={k}>
                {KINDS[k].name}
              </option>
            ))}
          </select>
          <span className="hint" id={`${id}-kind-hint`}>
            {EDITING[kind].about}
          </span>
        </div>
        <button
          type="button"
          onClick={() => {
            const at = actions.addStep(kind);
            if (at !== null) focusSoon(fieldId(['steps', at, 'title']));
          }}
        >
          Add step
        </button>
      </div>
      <div aria-live="polite" className={`options-status${message?.tone === 'error' ? ' status-error' : ''}`}>
        {message?.text}
      </div>
      <div className="row editor-actions">
        <button
          type="button"
          className="primary"
          onClick={() =>
            void actions.save().then((saved) => {
              if (!saved) document.getElementById(`${id}-problems`)?.scrollIntoView({ block: 'center' });
            })
          }
        >
          Save script
        </button>
        <button type="button" onClick={() => void actions.close()}>
          Close editor
        </button>
        <button type="button" className="danger" onClick={() => void actions.discard()}>
          Discard draft
        </button>
      </div>
    </section>
  );
}

/** Focuses the field a problem names, or its step's heading when it is about the step as a whole. */
function focusProblem(path: readonly (string | number)[]) {
  for (let n = path.length; n > 0; n -= 1) {
    const at = path.slice(0, n);
    const el =
      document.getElementById(fieldId(at)) ??
      (n === 2 && at[0] === 'steps' ? document.getElementById(stepHeadingId(Number(at[1]))) : null);
    if (el) {
      el.focus();
      return;
    }
  }
}
