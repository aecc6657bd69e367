import type { ComponentType } from 'react';
import type { Script } from '../../lib/script';
import type { StepKindName, StepOf } from '../../lib/steps';
import { ArenaChoice } from './ArenaChoice';
import { ArenaGrid } from './ArenaGrid';
import { GrowthModes } from './GrowthModes';
import { Match } from './Match';

/** What a kind's component gets: the script (for steps it reads from) and its own step. */
export type KindProps<K extends StepKindName> = { script: Script; step: StepOf<K> };

/** A plain questions step has no part of its own: its ticks and questions are the shared body's. */
function NoOwnPart(): null {
  return null;
}

/**
 * Each step kind's own part of the step body, between the ticks and the
 * questions. Typed by the kinds in `lib/steps/`, so a new kind without a
 * component does not compile (and `tests/unit/step-kinds.test.ts` says which).
 */
export const KIND_COMPONENTS: { [K in StepKindName]: ComponentType<KindProps<K>> } = {
  questions: NoOwnPart,
  arenaChoice: ArenaChoice,
  arenaGrid: ArenaGrid,
  growthModes: GrowthModes,
  match: Match,
};
