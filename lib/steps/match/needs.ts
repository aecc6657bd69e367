import { flag, isFilled, keys, text } from '../../interview/fields';
import type { Interview } from '../../interview/schema';
import { type ArenaGridStep, gridArenas, gridKey } from '../arena-grid';
import { type GrowthModesStep, preferredMode } from '../growth-modes';
import { type ScriptLike, type StepLike, stepsBefore } from '../parts';
import { acceptedFor, matchKeys } from './keys';

/** Something the candidate wants or struggles with, which step "match" answers. */
export interface Need {
  /**
   * Stable across edits of the answer, and unique across the steps it comes
   * from: `<grid step>/<arena>/<question>` or `<growth-modes step>/<mode>`.
   */
  id: string;
  /** Where it came from, e.g. "Technical growth — Wants to learn or improve". */
  label: string;
  /** The candidate's words. */
  detail: string;
  source: { kind: 'arena'; arenaId: string; questionId: string } | { kind: 'mode'; modeId: string };
  /** What stands in the way rather than what they want: only what speaks to it addresses it. */
  obstacle?: boolean;
}

/** What step 5 needs of its own step: its id and its kinds of support. */
export interface MatchStepLike extends StepLike {
  supports: readonly { id: string }[];
}

/** The needs a match step answers: filled "need" answers of the arena grids before it, and the preferred growth mode. */
export function deriveNeeds(interview: Interview, script: ScriptLike, step: StepLike): Need[] {
  const fromGrids = stepsBefore<ArenaGridStep>(script, step, 'arenaGrid').flatMap((grid) =>
    gridArenas(interview, script, grid).flatMap((arena) =>
      grid.needs.flatMap((questionId): Need[] => {
        const detail = text(interview, gridKey(grid.id, arena.id, questionId)).trim();
        const question = grid.grid.find((q) => q.id === questionId);
        if (detail === '' || !question) return [];
        return [
          {
            id: `${grid.id}/${arena.id}/${questionId}`,
            label: `${arena.label} — ${question.label}`,
            detail,
            source: { kind: 'arena', arenaId: arena.id, questionId },
            ...(grid.obstacles?.includes(questionId) ? { obstacle: true } : {}),
          },
        ];
      }),
    ),
  );
  const fromModes = stepsBefore<GrowthModesStep>(script, step, 'growthModes').flatMap((modes): Need[] => {
    const mode = preferredMode(interview, modes);
    if (!mode) return [];
    return [
      {
        id: `${modes.id}/${mode.id}`,
        label: `Grows best through ${mode.label.toLowerCase()}`,
        detail: modes.questions
          .map((q) => text(interview, keys.answer(modes.id, q.id)).trim())
          .filter((t) => t !== '')
          .join('\n'),
        source: { kind: 'mode', modeId: mode.id },
      },
    ];
  });
  return [...fromGrids, ...fromModes];
}

/** A need of step 5 is answered by an offer, an accepted offering, "nothing to offer", or the recorded gap. */
export function needAnswered(interview: Interview, step: MatchStepLike, need: Need): boolean {
  return (
    flag(interview, matchKeys.noOffer(step.id, need.id)) ||
    step.supports.some((s) => isFilled(interview.fields[matchKeys.offer(step.id, need.id, s.id)]?.v)) ||
    acceptedFor(interview, step.id, need.id).length > 0 ||
    (need.source.kind === 'mode' && flag(interview, matchKeys.gap(step.id, need.id)))
  );
}

/** Anything recorded against a need of step 5: an answer, or a decision or note on a suggestion. */
export function needTouched(interview: Interview, step: MatchStepLike, need: Need): boolean {
  if (needAnswered(interview, step, need)) return true;
  const prefixes = [matchKeys.decision(step.id, need.id, ''), matchKeys.note(step.id, need.id, '')];
  return Object.entries(interview.fields).some(([key, field]) => prefixes.some((p) => key.startsWith(p)) && isFilled(field.v));
}
