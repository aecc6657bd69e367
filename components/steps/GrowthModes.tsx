import { useId } from 'react';
import { keys } from '../../lib/interview';
import type { StepOf } from '../../lib/script';
import { useActions, useInterviews } from '../StoreContext';

export function GrowthModes({ step }: { step: StepOf<'growthModes'> }) {
  const actions = useActions();
  const name = useId();
  const ticked = useInterviews((s) =>
    step.modes.map((m) => (s.interview?.fields[keys.mode(m.id)]?.v === true ? '1' : '0')).join(''),
  );
  const preferred = useInterviews((s) => {
    const v = s.interview?.fields[keys.preferredMode]?.v;
    return typeof v === 'string' ? v : '';
  });
  return (
    <>
      <fieldset>
        <legend>Ways they have grown</legend>
        {step.modes.map((mode, i) => (
          <label key={mode.id} className="choice">
            <input type="checkbox" checked={ticked[i] === '1'} onChange={(e) => actions.chooseMode(mode.id, e.target.checked)} />
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
            <input type="radio" name={name} checked={preferred === mode.id} onChange={() => actions.preferMode(mode.id)} />
            <span>{mode.label}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
