import { type Interview, keys, type Mark, markOf, setField, setMark, text } from '../interview';
import { MAX_BUDGET_MINUTES } from '../pacing/pace';
import { isRunning, pauseTimer, readTimer, startTimer, switchStep } from '../pacing/timer';
import type { Script } from '../script';

/** The store's own `update`: applies a pure change to the open interview and saves it. */
export type Update = (change: (interview: Interview, script: Script, t: number) => Interview) => Interview | null;
export type Say = (tone: 'info' | 'error', message: string) => void;

/** The step the interview is on; the first step when none is stored or it left the script. */
export function currentStepId(interview: Interview, script: Script): string {
  const stored = text(interview, keys.step);
  return script.steps.some((s) => s.id === stored) ? stored : (script.steps[0]?.id ?? '');
}

/**
 * Store actions for pacing and the keyboard's marks (issue 6). Kept apart from
 * the store so it stays one screen long; every change goes through `update`,
 * so it is saved and merged like an answer. The store's clock stamps the
 * timer too: one clock, so a test's fake time drives both.
 */
export function pacingActions(update: Update, say: Say) {
  return {
    /** Moves to a step; a running timer closes the old step's stretch and opens the new one's. */
    goToStep(stepId: string) {
      update((interview, script, t) =>
        setField(switchStep(interview, currentStepId(interview, script), t, t), keys.step, stepId, t),
      );
    },

    /** Start timer / Pause timer / Resume timer. */
    toggleTimer() {
      update((interview, script, t) => {
        if (isRunning(readTimer(interview))) {
          say('info', 'Timer paused.');
          return pauseTimer(interview, currentStepId(interview, script), t, t);
        }
        say('info', 'Timer running.');
        return startTimer(interview, t, t);
      });
    },

    /** This interview's budget for a step, in whole minutes; '' goes back to the script's. */
    setBudget(stepId: string, minutes: string) {
      const clean = minutes.trim();
      const n = Number(clean);
      if (clean !== '' && !(Number.isInteger(n) && n >= 0 && n <= MAX_BUDGET_MINUTES)) return false;
      update((interview, _script, t) => setField(interview, keys.budget(stepId), clean, t));
      return true;
    },

    /** A second press of the same mark clears it, as on the answer's own toggle. */
    toggleMark(fieldKey: string, mark: Mark) {
      update((interview, _script, t) => {
        const next = markOf(interview, fieldKey) === mark ? '' : mark;
        const words = { quote: 'Marked as their own words.', followup: 'Flagged to follow up.' } as const;
        say('info', next === '' ? 'Mark removed.' : words[next]);
        return setMark(interview, fieldKey, next, t);
      });
    },
  };
}
