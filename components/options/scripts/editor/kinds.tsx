import type { ComponentType } from 'react';
import type { DraftQuestion, DraftStep } from '../../../../lib/script/draft';
import type { StepKindName } from '../../../../lib/steps';
import { fieldId, useEditorActions } from './EditorContext';
import { NumberField, Problem } from './Fields';

/**
 * Each kind's own fields in the editor, besides its lists (which the step
 * editor draws from `EDITING[kind].lists`, lib/steps/editing.ts). A kind with fields of its
 * own (`EDITING[kind].fields`) has an entry here; a meta-test holds that.
 */
export const KIND_EDITORS: Partial<Record<StepKindName, ComponentType<{ at: number; step: DraftStep }>>> = {
  arenaChoice: ArenaChoiceFields,
  arenaGrid: ArenaGridFields,
};

function ArenaChoiceFields({ at, step }: { at: number; step: DraftStep }) {
  const actions = useEditorActions();
  const id = fieldId(['steps', at, 'allowCustom']);
  return (
    <>
      <NumberField
        label="Arena limit"
        path={['steps', at, 'maxArenas']}
        value={step.maxArenas as number | null}
        min={1}
        max={60}
        hint="How many arenas a candidate can choose. The method keeps it to a few, so each gets real time."
        onChange={(value) => actions.setStepField(at, 'maxArenas', value)}
      />
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={step.allowCustom === true}
          onChange={(e) => actions.setStepField(at, 'allowCustom', e.target.checked)}
        />
        <span>Candidates can add an arena in their own words</span>
      </label>
    </>
  );
}

const FLAGS = [
  { flag: 'needs', says: 'a need', on: 'A need' },
  { flag: 'obstacles', says: 'an obstacle', on: 'An obstacle' },
] as const;

/** Which grid answers are needs that the match step answers, and which of those are obstacles. */
function ArenaGridFields({ at, step }: { at: number; step: DraftStep }) {
  const actions = useEditorActions();
  const grid = (step.grid as DraftQuestion[] | undefined) ?? [];
  const needs = new Set((step.needs as string[] | undefined) ?? []);
  const obstacles = new Set((step.obstacles as string[] | undefined) ?? []);
  const legend = fieldId(['steps', at, 'needs']);
  return (
    <fieldset className="editor-list" aria-describedby={`${legend}-hint`}>
      <legend id={legend} tabIndex={-1}>
        Needs
      </legend>
      <span id={`${legend}-hint`} className="hint">
        Answers to a need question are what the match step answers with what you offer. An obstacle is answered only by an
        offering that speaks to their words.
      </span>
      <Problem id={`${legend}-problem`} path={['steps', at, 'needs']} />
      {grid.map((q, n) => {
        const name = `Arena question ${n + 1}`;
        return (
          <div key={q.id} className="row editor-flags">
            <span className="editor-flag-name">{q.label.trim() || q.text.trim() || name}</span>
            {FLAGS.map(({ flag, says, on }) => (
              <label key={flag} className="choice">
                <input
                  type="checkbox"
                  aria-label={`${name} is ${says}`}
                  checked={(flag === 'needs' ? needs : obstacles).has(q.id)}
                  onChange={(e) => actions.setGridFlag(at, q.id, flag, e.target.checked)}
                />
                <span aria-hidden="true">{on}</span>
              </label>
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}
