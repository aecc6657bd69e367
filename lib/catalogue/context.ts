import { chosenArenas, flag, type Interview, keys, text } from '../interview';
import type { Script } from '../script';
import { stepOfKind } from '../script';
import type { GapContext } from './honesty';
import type { ScoreContext } from './scorer';

/** Plain data (no Maps), so the panel can compare it by value between renders. */
/** What the scorer and the honesty guard need to know about the candidate, read from the interview. */
export type MatchContext = ScoreContext & GapContext;

export function matchContext(interview: Interview, script: Script): MatchContext {
  const growth = stepOfKind(script, 'growthModes');
  const preferredId = text(interview, keys.preferredMode);
  const mode = growth?.modes.find((m) => m.id === preferredId);
  return {
    preferred: mode ? { id: mode.id, label: mode.label } : undefined,
    arenaLabels: Object.fromEntries(chosenArenas(interview, script).map((a) => [a.id, a.label])),
    grewThrough: Object.fromEntries(
      (growth?.modes ?? []).filter((m) => m.id !== preferredId && flag(interview, keys.mode(m.id))).map((m) => [m.id, m.label]),
    ),
  };
}
