import type { Choice, Script } from '../script';
import { stepOfKind } from '../script';
import { CUSTOM_ARENA_PREFIX, flag, keys, text } from './fields';
import type { Interview } from './schema';

export interface Arena extends Choice {
  custom: boolean;
}

/** Every arena on offer: the script's, then the candidate's own in the order they were added. */
export function allArenas(interview: Interview, script: Script): Arena[] {
  const step = stepOfKind(script, 'arenaChoice');
  const builtIn = (step?.arenas ?? []).map((a) => ({ ...a, custom: false }));
  const custom = Object.keys(interview.fields)
    .filter((k) => k.startsWith(keys.customArena('')))
    .map((k) => k.slice(keys.customArena('').length))
    .sort()
    .map((id) => ({ id, label: text(interview, keys.customArena(id)).trim(), custom: true }))
    .filter((a) => a.label !== '');
  return [...builtIn, ...custom];
}

export function chosenArenas(interview: Interview, script: Script): Arena[] {
  return allArenas(interview, script).filter((a) => flag(interview, keys.arena(a.id)));
}

export function maxArenas(script: Script): number {
  return stepOfKind(script, 'arenaChoice')?.maxArenas ?? 0;
}

/** A new id for the candidate's own arena: sortable by creation, unique across panels. */
export function newCustomArenaId(now: number, random: () => number = Math.random): string {
  const time = now.toString(36).padStart(9, '0');
  const salt = Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `${CUSTOM_ARENA_PREFIX}${time}${salt}`;
}
