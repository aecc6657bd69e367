import type { Step, StepKindName, StepOf } from '../steps';
import type { z } from '../zod';
import type { ScriptSchema } from './validate';

export { type Step, type StepOf, StepSchema } from '../steps';
export { type Choice, ChoiceSchema, IdSchema, type Question, QuestionSchema } from '../steps/parts';
export type StepKind = StepKindName;

/** A script: the steps of one kind of interview, each of a kind in `lib/steps/` (validated by `./validate.ts`). */
export type Script = z.infer<typeof ScriptSchema>;

/** The step of a kind, if the script has one. */
export function stepOfKind<K extends StepKind>(script: { steps: readonly Step[] }, kind: K): StepOf<K> | undefined {
  return script.steps.find((s): s is StepOf<K> => s.kind === kind);
}
