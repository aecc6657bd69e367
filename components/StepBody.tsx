import { memo } from 'react';
import { keys } from '../lib/interview';
import type { Script, Step } from '../lib/script';
import { AnswerField, CheckField } from './AnswerField';
import { ArenaChoice } from './steps/ArenaChoice';
import { ArenaGrid } from './steps/ArenaGrid';
import { GrowthModes } from './steps/GrowthModes';
import { Match } from './steps/Match';
import './StepBody.css';

/** What to say, the guidance, then the step's own fields. Memoised: typing re-renders only the field. */
export const StepBody = memo(function StepBody({ script, step }: { script: Script; step: Step }) {
  return (
    <>
      <section className="say" aria-label="What to say">
        <p className="say-label" aria-hidden="true">
          Say
        </p>
        <p className="say-text">{step.say}</p>
      </section>
      {step.guidance.length > 0 ? (
        <ul className="guidance" aria-label="Guidance">
          {step.guidance.map((g) => (
            <li key={g}>{g}</li>
          ))}
        </ul>
      ) : null}
      {step.checks.map((c) => (
        <CheckField key={c.id} fieldKey={keys.check(step.id, c.id)} label={c.label} />
      ))}
      <KindBody script={script} step={step} />
      {step.questions.map((q) => (
        <AnswerField key={q.id} fieldKey={keys.answer(step.id, q.id)} label={q.text} marks />
      ))}
    </>
  );
});

function KindBody({ script, step }: { script: Script; step: Step }) {
  switch (step.kind) {
    case 'questions':
      return null;
    case 'arenaChoice':
      return <ArenaChoice script={script} step={step} />;
    case 'arenaGrid':
      return <ArenaGrid script={script} step={step} />;
    case 'growthModes':
      return <GrowthModes step={step} />;
    case 'match':
      return <Match script={script} step={step} />;
  }
}
