import type { Step } from '../lib/script';
import { useActions } from './StoreContext';
import './StepCopy.css';

/** Copies this step alone, under the summary's header: "Copy this step: <step title>". */
export function StepCopy({ step }: { step: Step }) {
  const actions = useActions();
  return (
    <div className="step-copy">
      <button type="button" onClick={() => void actions.copyStep(step.id)}>
        Copy this step<span className="sr-only">: {step.title}</span>
      </button>
    </div>
  );
}
