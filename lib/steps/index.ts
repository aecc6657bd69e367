import { flag, isFilled, keys } from '../interview/fields';
import type { Interview } from '../interview/schema';
import { answered } from '../summary/answers';
import { item, type SummaryItem, type SummaryOptions } from '../summary/model';
import { z } from '../zod';
import { type ArenaChoiceStep, arenaChoice } from './arena-choice';
import { type ArenaGridStep, arenaGrid } from './arena-grid';
import { type GrowthModesStep, growthModes } from './growth-modes';
import type { StepKind } from './kind';
import { type MatchStep, match } from './match';
import type { Progress, ScriptLike } from './parts';
import { type QuestionsStep, questions } from './questions';

/**
 * The step kinds. Adding one: write its module beside these (schema, keys,
 * progress, summary: see kind.ts), import it and list it here, in `StepSchema`
 * and in the `Step` union, then give it its entries in the records typed by
 * kind: its component (`KIND_COMPONENTS`, components/steps/index.ts), how the
 * script editor holds it (`EDITING`, editing.ts) and what it gives the message
 * for the candidate (`BY_KIND`, lib/growth/kinds.ts). The whole list, with the
 * files only some kinds touch: docs/architecture.md, "Adding a step kind".
 */
export const KINDS = { questions, arenaChoice, arenaGrid, growthModes, match } as const;

export const StepSchema = z.discriminatedUnion('kind', [
  questions.schema,
  arenaChoice.schema,
  arenaGrid.schema,
  growthModes.schema,
  match.schema,
]);
export type Step = QuestionsStep | ArenaChoiceStep | ArenaGridStep | GrowthModesStep | MatchStep;
export type StepKindName = keyof typeof KINDS;
export type StepOf<K extends StepKindName> = Extract<Step, { kind: K }>;

/** The module of a step's kind, typed for that step. */
export function kindOf<S extends Step>(step: S): StepKind<S> {
  return KINDS[step.kind] as unknown as StepKind<S>;
}

/** Ids within a step (ticks, questions and the kind's own) that must be unique together. */
export function idsWithin(step: Step): string[] {
  return [...step.checks.map((c) => c.id), ...step.questions.map((q) => q.id), ...kindOf(step).ids(step)];
}

/** How much of a step has been captured: its ticks and questions, and its kind's own part. */
export function stepProgress(interview: Interview, script: ScriptLike, step: Step): Progress {
  const own = kindOf(step).progress(interview, script, step);
  return {
    done:
      own.done +
      step.checks.filter((c) => flag(interview, keys.check(step.id, c.id))).length +
      step.questions.filter((q) => isFilled(interview.fields[keys.answer(step.id, q.id)]?.v)).length,
    total: own.total + step.checks.length + step.questions.length,
  };
}

/**
 * A step's part of the summary: its kind's items, then its answered questions.
 * Its ticks ("I explained that this interview is about their growth") are the
 * interviewer's reminders: they go beside what was captured in that step, never alone.
 */
export function stepItems(interview: Interview, script: ScriptLike, step: Step, options: SummaryOptions): SummaryItem[] {
  const answers = [
    ...kindOf(step).summary(interview, script, step, options),
    ...step.questions.flatMap((q) => answered(interview, q.label, keys.answer(step.id, q.id))),
  ];
  if (answers.length === 0) return [];
  const checks = step.checks.filter((c) => flag(interview, keys.check(step.id, c.id))).map((c) => item(c.label));
  return [...checks, ...answers];
}

/** Prefixes of fields some kind declares are not answers, and those holding the product's own words. */
export const KIND_NOT_ANSWERS: readonly string[] = Object.values(KINDS).flatMap((k) => k.notAnswers);
export const KIND_STATE_WORDS: readonly string[] = Object.values(KINDS).flatMap((k) => k.stateWords);
