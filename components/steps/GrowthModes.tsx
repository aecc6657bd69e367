import { useId } from 'react';
import { type GrowthModesStep, modeKeys } from '../../lib/steps/growth-modes';
import { useActions, useInterviews } from '../StoreContext';

export function GrowthModes({ step }: { step: GrowthModesStep }) {
  const actions = useActions();
  const name = useId();
  const ticked = useInterviews((s) =>
    step.modes.map((m) => (s.interview?.fields[modeKeys.mode(step.id, m.id)]?.v === true ? '1' : '0')).join(''),
  );
  const preferred = useInterviews((s) => {
    const v = s.interview?.fields[modeKeys.preferred(step.id)]?.v;
    return typeof v === 'string' ? v : '';
  });
  return (
    <>
      <fieldset>
        <legend>Ways they have grown</legend>
        {step.modes.map((mode, i) => (
          <label key={mode.id} className="choice">
            <input
              type="checkbox"
              checked={ticked[i] === '1'}
              onChange={(e) => actions.chooseMode(step.id, mode.id, e.target.checked)}
            />
            <span>
              {mode.label}
              {mode.description ? <span className="muted">: {mode.description}</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Preferred way to grow</legend>
        {step.modes.map((mode) => (
          <label key={mode.id} className="choice">
            <input
              type="radio"
              name={name}
              checked={preferred === mode.id}
              onChange={() => actions.preferMode(step.id, mode.id)}
            />
            <span>{mode.label}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
