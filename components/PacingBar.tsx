import {
  clockText,
  isRunning,
  minutesUp,
  readTimer,
  remaining,
  remainingPhrase,
  stepPace,
  totalBudgetMs,
  totalSpent,
  wasUsed,
} from '../lib/pacing';
import type { Script, Step } from '../lib/script';
import { BudgetEditor } from './BudgetEditor';
import { useActions, useInterviews } from './StoreContext';
import { useTicking } from './useTicking';
import './PacingBar.css';

/**
 * The interview timer beside the steps: start / pause, time so far against
 * the whole budget, what is left ("2 arenas left, 8 min"), and a calm cue
 * when the current step runs over. No sound, no motion: amber text only.
 * It re-renders on its own once a second while the timer runs; the steps
 * and answers below do not.
 */
export function PacingBar({ script, step }: { script: Script; step: Step }) {
  const interview = useInterviews((s) => s.interview);
  const actions = useActions();
  const timer = interview ? readTimer(interview) : null;
  const now = useTicking(timer?.startedAt ?? null);
  if (!interview || !timer) return null;

  const running = isRunning(timer);
  const budget = totalBudgetMs(interview, script);
  const pace = stepPace(interview, step, timer, step.id, now);
  const left = remaining(interview, script, timer, step.id, now);
  const over = pace.overMs > 0;
  return (
    <section className={`pace${over ? ' pace-is-over' : ''}`} aria-label="Pacing">
      <div className="pace-row">
        <button type="button" className="pace-toggle" aria-keyshortcuts="Alt+Shift+P" onClick={actions.toggleTimer}>
          {running ? 'Pause timer' : wasUsed(timer) ? 'Resume timer' : 'Start timer'}
        </button>
        <span className="pace-clock">
          <span role="timer" aria-label="Elapsed">
            {clockText(totalSpent(timer, now))}
          </span>
          {budget > 0 ? <span className="muted"> / {minutesUp(budget)} min</span> : null}
        </span>
        {left ? <span className="pace-left">{remainingPhrase(left)}</span> : null}
        <BudgetEditor script={script} />
      </div>
      {/* Announced once when the step goes over (the words then stay put); the minutes are not live. */}
      <p className="pace-cue">
        <span aria-live="polite">{over ? 'Over budget on this step' : ''}</span>
        {over ? <span> by {minutesUp(pace.overMs)} min: wrap up when it suits the conversation.</span> : null}
      </p>
    </section>
  );
}
