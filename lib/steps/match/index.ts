import type { ArenaGridStep } from '../arena-grid';
import type { GrowthModesStep } from '../growth-modes';
import type { StepKind } from '../kind';
import { stepsBefore } from '../parts';
import { NOT_ANSWERS, STATE_WORDS } from './keys';
import { deriveNeeds, needAnswered } from './needs';
import { type MatchStep, MatchStepSchema } from './schema';
import { matchItems } from './summary';

export * from './answers';
export * from './decided';
export * from './keys';
export * from './needs';
export * from './schema';
export { matchItems } from './summary';

/**
 * Step 5, the match: its needs come from the arena grids and growth modes
 * before it (needs.ts); each is answered by an offer per kind of support, an
 * accepted catalogue offering, "nothing we can honestly offer", or a recorded gap.
 */
export const match: StepKind<MatchStep> = {
  kind: 'match',
  name: 'Match what we offer',
  schema: MatchStepSchema,
  single: true,
  ids: (step) => step.supports.map((s) => s.id),
  problems: (step, script) =>
    stepsBefore<ArenaGridStep>(script, step, 'arenaGrid').length +
      stepsBefore<GrowthModesStep>(script, step, 'growthModes').length >
    0
      ? []
      : ['a match step needs an arena grid or growth modes before it: it has nothing to match'],
  progress: (interview, script, step) => {
    const needs = deriveNeeds(interview, script, step);
    return { done: needs.filter((n) => needAnswered(interview, step, n)).length, total: needs.length };
  },
  summary: (interview, script, step, options) => matchItems(interview, script, step, options.listRejected),
  notAnswers: NOT_ANSWERS,
  stateWords: STATE_WORDS,
};
