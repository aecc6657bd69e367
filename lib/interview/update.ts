import type { Script } from '../script';
import { allArenas, chosenArenas, maxArenas } from './arenas';
import { keys, type Mark } from './fields';
import { type FieldValue, INTERVIEW_SCHEMA_VERSION, type Interview } from './schema';

export interface NewInterview {
  id: string;
  candidate: string;
  role: string;
  atsLink?: string;
}

export function createInterview(input: NewInterview, script: Script, t: number): Interview {
  const interview: Interview = {
    schema: INTERVIEW_SCHEMA_VERSION,
    id: input.id,
    scriptId: script.id,
    createdAt: t,
    fields: {},
  };
  return setFields(
    interview,
    {
      [keys.candidate]: input.candidate.trim(),
      [keys.role]: input.role.trim(),
      [keys.atsLink]: (input.atsLink ?? '').trim(),
      [keys.step]: script.steps[0]?.id ?? '',
    },
    t,
  );
}

/** Sets one field; returns the same object when nothing changes, so callers can skip a write. */
export function setField(interview: Interview, key: string, value: FieldValue, t: number): Interview {
  return setFields(interview, { [key]: value }, t);
}

export function setFields(interview: Interview, values: Record<string, FieldValue>, t: number): Interview {
  let fields: Interview['fields'] | undefined;
  for (const [key, v] of Object.entries(values)) {
    if (interview.fields[key]?.v === v) continue;
    fields ??= { ...interview.fields };
    // Newer than the value it replaces, even when that one was stamped by a clock running ahead
    // (another machine's export, a clock set back): otherwise a merge would put the old value back.
    fields[key] = { v, t: Math.max(t, (interview.fields[key]?.t ?? 0) + 1) };
  }
  return fields ? { ...interview, fields } : interview;
}

/**
 * `limit`: added but not chosen (the limit is reached); `full`: already in the
 * list and not chosen for the same reason; `duplicate`: already in the list, now chosen.
 */
export type ArenaResult = { interview: Interview; refused?: 'limit' | 'full' | 'empty' | 'duplicate' };

/** Chooses or drops an arena; choosing past the script's limit is refused. */
export function toggleArena(interview: Interview, script: Script, arenaId: string, on: boolean, t: number): ArenaResult {
  if (on && !chosenArenas(interview, script).some((a) => a.id === arenaId)) {
    if (chosenArenas(interview, script).length >= maxArenas(script)) return { interview, refused: 'limit' };
  }
  return { interview: setField(interview, keys.arena(arenaId), on, t) };
}

/** Adds the candidate's own arena, chosen when there is room for it. */
export function addCustomArena(interview: Interview, script: Script, label: string, id: string, t: number): ArenaResult {
  const clean = label.trim().replace(/\s+/g, ' ');
  if (clean === '') return { interview, refused: 'empty' };
  const same = allArenas(interview, script).find((a) => a.label.toLowerCase() === clean.toLowerCase());
  if (same) {
    const chosen = toggleArena(interview, script, same.id, true, t);
    return { interview: chosen.interview, refused: chosen.refused ? 'full' : 'duplicate' };
  }
  const room = chosenArenas(interview, script).length < maxArenas(script);
  return {
    interview: setFields(interview, { [keys.customArena(id)]: clean, [keys.arena(id)]: room }, t),
    ...(room ? {} : { refused: 'limit' as const }),
  };
}

/** The preferred growth mode is always one of the ticked modes. */
export function setPreferredMode(interview: Interview, modeId: string, t: number): Interview {
  return setFields(interview, { [keys.preferredMode]: modeId, ...(modeId ? { [keys.mode(modeId)]: true } : {}) }, t);
}

/** Unticking the preferred mode also clears the preference. */
export function toggleMode(interview: Interview, modeId: string, on: boolean, t: number): Interview {
  const preferred = interview.fields[keys.preferredMode]?.v === modeId;
  return setFields(interview, { [keys.mode(modeId)]: on, ...(!on && preferred ? { [keys.preferredMode]: '' } : {}) }, t);
}

/**
 * Marks an answer as the candidate's words or as one to follow up; '' clears.
 * Only sets: toggling (a second press clears) is the UI's call.
 */
export function setMark(interview: Interview, fieldKey: string, mark: Mark | '', t: number): Interview {
  if (mark === '' && interview.fields[keys.mark(fieldKey)] === undefined) return interview;
  return setField(interview, keys.mark(fieldKey), mark, t);
}
