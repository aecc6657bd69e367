import type { Interview } from '../../interview/schema';
import type { StepKind, StepOf } from '../../script';
import { addCustomArena, newCustomArenaId, toggleArena } from '../../steps/arena-choice';
import { setPreferredMode, toggleMode } from '../../steps/growth-modes';
import type { Say, Update } from '../pacing';

/**
 * Store actions of the step kinds that have their own (the arena choice, the
 * growth modes): each names its step, so a script may hold two of a kind, and
 * goes through the store's `update`, so it is saved and merged like an answer.
 */
export function kindActions(update: Update, say: Say) {
  /** `update` for a change of one step of a kind: nothing happens when the script has no such step. */
  function updateStep<K extends StepKind>(
    stepId: string,
    kind: K,
    change: (interview: Interview, step: StepOf<K>, t: number) => Interview,
  ): void {
    update((interview, script, t) => {
      const step = script.steps.find((s): s is StepOf<K> => s.id === stepId && s.kind === kind);
      return step ? change(interview, step, t) : interview;
    });
  }

  return {
    chooseArena(stepId: string, arenaId: string, on: boolean) {
      updateStep(stepId, 'arenaChoice', (interview, step, t) => {
        const result = toggleArena(interview, step, arenaId, on, t);
        if (result.refused === 'limit') say('info', `${atMost(step.maxArenas)}: untick one first.`);
        return result.interview;
      });
    },

    addArena(stepId: string, label: string): boolean {
      let added = false;
      updateStep(stepId, 'arenaChoice', (interview, step, t) => {
        const result = addCustomArena(interview, step, label, newCustomArenaId(t), t);
        const name = label.trim();
        const limit = atMost(step.maxArenas).toLowerCase();
        if (result.refused === 'limit') say('info', `Added “${name}” but not chosen: ${limit}.`);
        else if (result.refused === 'full') say('info', `“${name}” is already in the list; ${limit}, so it is not chosen.`);
        else if (result.refused === 'duplicate') say('info', `“${name}” is already in the list; it is now chosen.`);
        else if (!result.refused) say('info', `Added “${name}”.`);
        added = result.refused !== 'empty';
        return result.interview;
      });
      return added;
    },

    chooseMode(stepId: string, modeId: string, on: boolean) {
      updateStep(stepId, 'growthModes', (interview, step, t) => toggleMode(interview, step, modeId, on, t));
    },

    preferMode(stepId: string, modeId: string) {
      updateStep(stepId, 'growthModes', (interview, step, t) => setPreferredMode(interview, step, modeId, t));
    },
  };
}

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** "Four arenas at most", from the step's own limit. */
function atMost(limit: number): string {
  return `${NUMBER_WORDS[limit] ?? String(limit)} ${limit === 1 ? 'arena' : 'arenas'} at most`;
}
