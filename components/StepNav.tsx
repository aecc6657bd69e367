import type { Script } from '../lib/script';
import { stepProgress } from '../lib/steps';
import { StepTime } from './StepTime';
import { useDerived } from './StoreContext';
import './StepNav.css';

interface Props {
  script: Script;
  current: number;
  onSelect: (index: number) => void;
}

/** Every step with how much of it is captured; the current one is marked for assistive tech. */
export function StepNav({ script, current, onSelect }: Props) {
  // Re-renders when a step's count changes, not at every keystroke.
  const progress = useDerived((s) => script.steps.map((step) => (s.interview ? stepProgress(s.interview, script, step) : null)));
  return (
    <nav aria-label="Steps" className="steps">
      <ol>
        {script.steps.map((step, i) => {
          const { done, total } = progress[i] ?? { done: 0, total: 0 };
          const state = total > 0 && done >= total ? 'done' : done > 0 ? 'partial' : 'empty';
          const words = total === 0 ? '' : state === 'done' ? ', complete' : `, ${done} of ${total} captured`;
          return (
            <li key={step.id}>
              <button
                type="button"
                className={`step step-${state}`}
                aria-current={i === current ? 'step' : undefined}
                onClick={() => onSelect(i)}
                title={step.title}
              >
                <span className="step-no" aria-hidden="true">
                  {state === 'done' ? '✓' : i + 1}
                </span>
                <span className="step-title" aria-hidden="true">
                  {step.short ?? step.title}
                </span>
                <span className="sr-only">
                  {i + 1}. {step.title}
                  {words}
                </span>
                <span className="step-bar" aria-hidden="true">
                  <span style={{ width: `${total === 0 ? 0 : Math.round((100 * done) / total)}%` }} />
                </span>
                <StepTime step={step} current={i === current} />
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
