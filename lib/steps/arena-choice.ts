import { CUSTOM_ARENA_PREFIX, flag, text } from '../interview/fields';
import type { Interview } from '../interview/schema';
import { setField, setFields } from '../interview/update';
import { item } from '../summary/model';
import { z } from '../zod';
import type { StepKind } from './kind';
import { type Choice, ChoiceSchema, listOf, stepShape } from './parts';

/** Step 2: the candidate chooses the arenas they want to grow in, up to a limit, and may add their own. */
export const ArenaChoiceStepSchema = z.object({
  ...stepShape,
  kind: z.literal('arenaChoice'),
  arenas: listOf(ChoiceSchema).check(z.minLength(1)),
  /** The method keeps the conversation to a few arenas so each gets real time. */
  maxArenas: z.number().check(z.int(), z.positive(), z.maximum(60)),
  allowCustom: z.boolean(),
});
export type ArenaChoiceStep = z.infer<typeof ArenaChoiceStepSchema>;

/** Field keys, scoped to the step: whether an arena is chosen, and the label of the candidate's own. */
export const arenaKeys = {
  chosen: (stepId: string, arenaId: string) => `arena:${stepId}:${arenaId}`,
  custom: (stepId: string, arenaId: string) => `customArena:${stepId}:${arenaId}`,
};

export interface Arena extends Choice {
  custom: boolean;
}

/** Every arena on offer: the script's, then the candidate's own in the order they were added. */
export function allArenas(interview: Interview, step: ArenaChoiceStep): Arena[] {
  const builtIn = step.arenas.map((a) => ({ ...a, custom: false }));
  const prefix = arenaKeys.custom(step.id, '');
  const custom = Object.keys(interview.fields)
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length))
    .sort()
    .map((id) => ({ id, label: text(interview, arenaKeys.custom(step.id, id)).trim(), custom: true }))
    .filter((a) => a.label !== '');
  return [...builtIn, ...custom];
}

export function chosenArenas(interview: Interview, step: ArenaChoiceStep): Arena[] {
  return allArenas(interview, step).filter((a) => flag(interview, arenaKeys.chosen(step.id, a.id)));
}

/** A new id for the candidate's own arena: sortable by creation, unique across panels. */
export function newCustomArenaId(now: number, random: () => number = Math.random): string {
  const time = now.toString(36).padStart(9, '0');
  const salt = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${CUSTOM_ARENA_PREFIX}${time}${salt}`;
}

/**
 * `limit`: added but not chosen (the limit is reached); `full`: already in the
 * list and not chosen for the same reason; `duplicate`: already in the list, now chosen.
 */
export type ArenaResult = { interview: Interview; refused?: 'limit' | 'full' | 'empty' | 'duplicate' };

/** Chooses or drops an arena; choosing past the step's limit is refused. */
export function toggleArena(interview: Interview, step: ArenaChoiceStep, arenaId: string, on: boolean, t: number): ArenaResult {
  const chosen = chosenArenas(interview, step);
  if (on && !chosen.some((a) => a.id === arenaId) && chosen.length >= step.maxArenas) return { interview, refused: 'limit' };
  return { interview: setField(interview, arenaKeys.chosen(step.id, arenaId), on, t) };
}

/** Adds the candidate's own arena, chosen when there is room for it. */
export function addCustomArena(interview: Interview, step: ArenaChoiceStep, label: string, id: string, t: number): ArenaResult {
  const clean = label.trim().replace(/\s+/g, ' ');
  if (clean === '') return { interview, refused: 'empty' };
  const same = allArenas(interview, step).find((a) => a.label.toLowerCase() === clean.toLowerCase());
  if (same) {
    const chosen = toggleArena(interview, step, same.id, true, t);
    return { interview: chosen.interview, refused: chosen.refused ? 'full' : 'duplicate' };
  }
  const room = chosenArenas(interview, step).length < step.maxArenas;
  return {
    interview: setFields(interview, { [arenaKeys.custom(step.id, id)]: clean, [arenaKeys.chosen(step.id, id)]: room }, t),
    ...(room ? {} : { refused: 'limit' as const }),
  };
}

export const arenaChoice: StepKind<ArenaChoiceStep> = {
  kind: 'arenaChoice',
  name: 'Arena choice',
  schema: ArenaChoiceStepSchema,
  single: true,
  ids: (step) => step.arenas.map((a) => a.id),
  problems: () => [],
  progress: (interview, _script, step) => ({ done: Math.min(chosenArenas(interview, step).length, 1), total: 1 }),
  summary: (interview, _script, step) => {
    const chosen = chosenArenas(interview, step);
    if (chosen.length === 0) return [];
    return [item('Arenas chosen', chosen.map((a) => (a.custom ? `${a.label} (their own)` : a.label)).join('; '))];
  },
  notAnswers: [],
  stateWords: [],
};
