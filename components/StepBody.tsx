import { type ComponentType, memo } from 'react';
import { keys } from '../lib/interview';
import type { Script, Step } from '../lib/script';
import { AnswerField, CheckField } from './AnswerField';
import { KIND_COMPONENTS, type KindProps } from './steps';
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

/** The step's own part, by its kind. */
function KindBody({ script, step }: { script: Script; step: Step }) {
  const Kind = KIND_COMPONENTS[step.kind] as ComponentType<KindProps<Step['kind']>>;
  return <Kind script={script} step={step} />;
}
