import type { Step } from '../lib/script';
import { CandidateCopyButton } from './CandidateCopy';
import { useActions } from './StoreContext';
import './StepCopy.css';

/** Copies this step alone, under the summary's header: "Copy this step: <step title>". */
export function StepCopy({ step }: { step: Step }) {
  const actions = useActions();
  return (
    <div className="step-copy">
      {/* Where the offers were made (issue 20): the message for the candidate, previewed before it is copied. */}
      {step.kind === 'match' ? <CandidateCopyButton /> : null}
      {/* aria-label, not a visually hidden span: Chrome puts a space before an absolutely positioned span ("step : title"). */}
      <button type="button" aria-label={`Copy this step: ${step.title}`} onClick={() => void actions.copyStep(step.id)}>
        Copy this step
      </button>
    </div>
  );
}
