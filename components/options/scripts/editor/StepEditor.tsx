import type { DraftItem, DraftStep } from '../../../../lib/script/draft';
import { KINDS } from '../../../../lib/steps';
import { EDITING, STEP_LISTS } from '../../../../lib/steps/editing';
import { fieldId, focusSoon, useEditorActions } from './EditorContext';
import { NumberField, Problem, TextField } from './Fields';
import { KIND_EDITORS } from './kinds';
import { ListEditor } from './ListEditor';

/** A step's controls: focus follows a moved step to its heading. */
export const stepHeadingId = (at: number) => fieldId(['steps', at, 'heading']);

/** One step of the draft: its words, its lists, its kind's own parts, and moving or removing it. */
export function StepEditor({ at, step, count }: { at: number; step: DraftStep; count: number }) {
  const actions = useEditorActions();
  const editing = EDITING[step.kind];
  const Own = KIND_EDITORS[step.kind];
  const path = (field: string) => ['steps', at, field] as const;
  const items = (list: string) => (Array.isArray(step[list]) ? (step[list] as DraftItem[]) : []);
  const heading = stepHeadingId(at);
  const moved = (by: -1 | 1) => {
    actions.moveStep(at, by);
    focusSoon(stepHeadingId(at + by));
  };
  return (
    <li className="editor-step">
      <section aria-labelledby={heading}>
        <h4 id={heading} tabIndex={-1}>
          Step {at + 1}: {step.title.trim() || 'Untitled'} <span className="muted">· {KINDS[step.kind].name}</span>
        </h4>
        <Problem id={`${heading}-problem`} path={['steps', at]} />
        <fieldset className="editor-step-fields" aria-labelledby={heading}>
          <TextField
            label="Title"
            path={path('title')}
            value={step.title}
            onChange={(v) => actions.setStepField(at, 'title', v)}
            maxLength={200}
          />
          <div className="row editor-pair">
            <TextField
              label="Short label"
              path={path('short')}
              value={step.short ?? ''}
              hint="A word or two for the step list; the title when empty."
              maxLength={40}
              onChange={(v) => actions.setStepField(at, 'short', v)}
            />
            <NumberField
              label="Time budget (minutes)"
              path={path('budgetMinutes')}
              value={step.budgetMinutes}
              min={1}
              max={240}
              hint="Empty: no budget."
              onChange={(v) => actions.setStepField(at, 'budgetMinutes', v)}
            />
          </div>
          <TextField
            label="What to say"
            path={path('say')}
            value={step.say}
            multiline
            hint="In your voice; the panel shows it to read out."
            onChange={(v) => actions.setStepField(at, 'say', v)}
          />
          <ListEditor
            at={at}
            list="guidance"
            part={STEP_LISTS.guidance}
            items={items('guidance')}
            title="Guidance"
            hint="Short reminders for you, never read out."
          />
          <ListEditor
            at={at}
            list="checks"
            part={STEP_LISTS.checks}
            items={items('checks')}
            title="Checks"
            hint="Ticks you set during the step (“I said it”)."
          />
          {Object.entries(editing.lists).map(([list, part]) => (
            <ListEditor
              key={list}
              at={at}
              list={list}
              part={part}
              items={items(list)}
              title={`${part.one.charAt(0).toUpperCase()}${part.one.slice(1)}s`.replace('Kind of supports', 'Kinds of support')}
              describes={part.shape === 'choice'}
            />
          ))}
          {Own ? <Own at={at} step={step} /> : null}
          <ListEditor
            at={at}
            list="questions"
            part={STEP_LISTS.questions}
            items={items('questions')}
            title="Questions"
            hint="Each gets an answer box; the summary label heads its answer in the summary."
          />
        </fieldset>
        <div className="row editor-step-tools">
          <button type="button" disabled={at === 0} aria-describedby={heading} onClick={() => moved(-1)}>
            Move step up
          </button>
          <button type="button" disabled={at === count - 1} aria-describedby={heading} onClick={() => moved(1)}>
            Move step down
          </button>
          <button type="button" className="danger" aria-describedby={heading} onClick={() => actions.removeStep(at)}>
            Remove step
          </button>
        </div>
      </section>
    </li>
  );
}
