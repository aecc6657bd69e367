import type { Interview } from '../../../lib/interview';
import { reverseInterview, type Script, stepOfKind } from '../../../lib/script';
import type { StepKindName, StepOf } from '../../../lib/steps';
import { fullInterview } from './summary-fixtures';

function builtIn<K extends StepKindName>(kind: K): StepOf<K> {
  const step = stepOfKind(reverseInterview, kind);
  if (!step) throw new Error(`The Reverse Interview has no ${kind} step`);
  return step;
}

/**
 * One step of every kind, what `tests/unit/step-kinds.test.ts` checks each kind
 * against. Typed by kind, so a new kind does not compile until it has a step
 * here (after the steps it reads), with answers in `everyKindInterview`. The
 * five kinds so far borrow the Reverse Interview's steps; a new kind is not
 * added to the built-in method, whose steps are fixed
 * (`tests/unit/reverse-interview.test.ts`).
 */
export const KIND_SAMPLES: { [K in StepKindName]: StepOf<K> } = {
  questions: builtIn('questions'),
  arenaChoice: builtIn('arenaChoice'),
  arenaGrid: builtIn('arenaGrid'),
  growthModes: builtIn('growthModes'),
  match: builtIn('match'),
};

/** The samples as one script, in the order above. */
export const everyKindScript: Script = {
  id: 'every-kind',
  name: 'One step of every kind',
  version: 1,
  steps: Object.values(KIND_SAMPLES),
};

/** An interview that answers every step of `everyKindScript`, each field keyed by its step's id. */
export function everyKindInterview(): Interview {
  // `fullInterview` answers the five borrowed steps; a new kind sets its own fields on top (`setFields`).
  return fullInterview();
}
