import type { Interview } from '../interview/schema';
import { type ArenaChoiceStep, chosenArenas } from '../steps/arena-choice';
import { type GrowthModesStep, grewThrough, preferredMode } from '../steps/growth-modes';
import { type ScriptLike, type StepLike, stepsBefore } from '../steps/parts';
import type { GapContext } from './honesty';
import type { ScoreContext } from './scorer';

/** Plain data (no Maps), so the panel can compare it by value between renders. */
/** What the scorer and the honesty guard need to know about the candidate, read from the interview. */
export type MatchContext = ScoreContext & GapContext;

/** What step 5 (`step`) knows of the candidate: from the arena choices and growth modes before it. */
export function matchContext(interview: Interview, script: ScriptLike, step: StepLike): MatchContext {
  const growth = stepsBefore<GrowthModesStep>(script, step, 'growthModes');
  const mode = growth.map((g) => preferredMode(interview, g)).find((m) => m !== undefined);
  const arenas = stepsBefore<ArenaChoiceStep>(script, step, 'arenaChoice').flatMap((c) => chosenArenas(interview, c));
  return {
    preferred: mode ? { id: mode.id, label: mode.label } : undefined,
    arenaLabels: Object.fromEntries(arenas.map((a) => [a.id, a.label])),
    grewThrough: Object.fromEntries(
      growth
        .flatMap((g) => grewThrough(interview, g))
        .filter((m) => m.id !== mode?.id)
        .map((m) => [m.id, m.label]),
    ),
  };
}
