import type { Step } from '../lib/script';
import { useActions } from './StoreContext';
import './StepCopy.css';

/** Copies this step alone, under the summary's header: "Copy this step: <step title>". */
export function StepCopy({ step }: { step: Step }) {
  const actions = useActions();
  return (
    <div className="step-copy">
      {/* aria-label, not a visually hidden span: Chrome puts a space before an absolutely positioned span ("step : title"). */}
      <button type="button" aria-label={`Copy this step: ${step.title}`} onClick={() => void actions.copyStep(step.id)}>
        Copy this step
      </button>
    </div>
  );
}
