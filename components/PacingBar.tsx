import { keys, text } from '../lib/interview';
import { clockText, minutesUp, paceAt, paceSnapshot, remainingPhrase } from '../lib/pacing';
import type { Script, Step } from '../lib/script';
import { BudgetEditor } from './BudgetEditor';
import { useActions, useDerived, useInterviews } from './StoreContext';
import { useTicking } from './useTicking';
import './PacingBar.css';

/**
 * The interview timer beside the steps: start / pause, time so far against
 * the whole budget, what is left ("2 arenas left, 8 min"), and a calm cue
 * when the current step runs over. No sound, no motion: amber and words.
 * It re-renders on its own once a second while the timer runs, and on a
 * keystroke only when a pacing figure changes; the steps and answers below
 * never re-render for it.
 */
export function PacingBar({ script, step }: { script: Script; step: Step }) {
  const actions = useActions();
  const snapshot = useDerived((s) => (s.interview ? paceSnapshot(s.interview, script, step) : null));
  // A done interview has no steps left to pace (issue 21); its timer was stopped when it was marked done.
  const done = useInterviews((s) => (s.interview ? text(s.interview, keys.status) === 'done' : false));
  const now = useTicking(snapshot?.startedAt ?? null);
  if (!snapshot) return null;

  const pace = paceAt(snapshot, now);
  const over = pace.step.overMs > 0 && !done;
  const toggleName = snapshot.running ? 'Pause timer' : snapshot.used ? 'Resume timer' : 'Start timer';
  return (
    <section className={`pace${over ? ' pace-is-over' : ''}`} aria-label="Pacing">
      <div className="pace-row">
        {/* A media-player button, so the row fits one line at 360 px: its name says the rest. */}
        <button
          type="button"
          className="pace-toggle"
          aria-keyshortcuts="Alt+Shift+P"
          aria-label={toggleName}
          title={`${toggleName} (Alt+Shift+P)`}
          onClick={actions.toggleTimer}
        >
          <span aria-hidden="true">{snapshot.running ? '❚❚' : '▶'}</span>
        </button>
        <span className="pace-clock">
          <span role="timer" aria-label="Elapsed">
            {clockText(pace.totalMs)}
          </span>
          {snapshot.totalBudgetMs > 0 ? <span className="muted"> / {minutesUp(snapshot.totalBudgetMs)} min</span> : null}
        </span>
        {pace.remaining && !done ? <span className="pace-left">{remainingPhrase(pace.remaining)}</span> : null}
        <BudgetEditor script={script} />
      </div>
      {/* Announced once when the step goes over (the words then stay put); the minutes are not live. */}
      <p className="pace-cue">
        <span aria-live="polite">{over ? 'Over budget on this step' : ''}</span>
        {over ? <span> by {minutesUp(pace.step.overMs)} min: wrap up when it suits the conversation.</span> : null}
      </p>
    </section>
  );
}
