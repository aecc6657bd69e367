import { isFilled } from '../interview/fields';
import type { Interview } from '../interview/schema';
import { answered } from '../summary/answers';
import { item } from '../summary/model';
import { z } from '../zod';
import { type Arena, type ArenaChoiceStep, chosenArenas } from './arena-choice';
import type { StepKind } from './kind';
import { IdSchema, listOf, QuestionSchema, type ScriptLike, stepBefore, stepShape } from './parts';

/** Step 3: the same few questions for every arena the candidate chose in the arena choice before it. */
export const ArenaGridStepSchema = z.object({
  ...stepShape,
  kind: z.literal('arenaGrid'),
  /** Asked for every chosen arena. */
  grid: listOf(QuestionSchema).check(z.minLength(1)),
  /** Grid questions whose answers are needs that step "match" answers. */
  needs: listOf(IdSchema),
  /**
   * Needs that are obstacles ("what gets in the way"): only an offering that
   * speaks to their words addresses one; fitting the arena is not enough.
   */
  obstacles: z.optional(listOf(IdSchema)),
});
export type ArenaGridStep = z.infer<typeof ArenaGridStepSchema>;

/** Field key, scoped to the step: one answer of the grid, for one arena. */
export const gridKey = (stepId: string, arenaId: string, questionId: string) => `grid:${stepId}:${arenaId}:${questionId}`;

/** The arena choice this grid asks about: the nearest one before it. */
export function choiceFor(script: ScriptLike, step: ArenaGridStep): ArenaChoiceStep | undefined {
  return stepBefore<ArenaChoiceStep>(script, step, 'arenaChoice');
}

/** The arenas this grid asks about: those chosen in its arena choice. */
export function gridArenas(interview: Interview, script: ScriptLike, step: ArenaGridStep): Arena[] {
  const choice = choiceFor(script, step);
  return choice ? chosenArenas(interview, choice) : [];
}

/** Chosen arenas with a grid question still blank (the pace counts what is left by arena). */
export function openArenas(interview: Interview, script: ScriptLike, step: ArenaGridStep): Arena[] {
  return gridArenas(interview, script, step).filter(
    (a) => !step.grid.every((q) => isFilled(interview.fields[gridKey(step.id, a.id, q.id)]?.v)),
  );
}

export const arenaGrid: StepKind<ArenaGridStep> = {
  kind: 'arenaGrid',
  name: 'Arena grid',
  schema: ArenaGridStepSchema,
  single: true,
  ids: (step) => step.grid.map((q) => q.id),
  problems: (step, script) => [
    ...(choiceFor(script, step) ? [] : ['an arena grid needs an arena choice before it']),
    ...(step.needs.every((id) => step.grid.some((q) => q.id === id)) ? [] : ['arena grid needs must name grid questions']),
    ...((step.obstacles ?? []).every((id) => step.needs.includes(id)) ? [] : ['arena grid obstacles must be among its needs']),
  ],
  progress: (interview, script, step) => {
    const arenas = gridArenas(interview, script, step);
    const filled = arenas.flatMap((a) => step.grid.filter((q) => isFilled(interview.fields[gridKey(step.id, a.id, q.id)]?.v)));
    return { done: filled.length, total: arenas.length * step.grid.length };
  },
  // Grouped by arena: one item per arena, its answers as children.
  summary: (interview, script, step) =>
    gridArenas(interview, script, step).flatMap((arena) => {
      const children = step.grid.flatMap((q) => answered(interview, q.label, gridKey(step.id, arena.id, q.id)));
      return children.length > 0 ? [item(arena.label, '', children)] : [];
    }),
  notAnswers: [],
  stateWords: [],
};
