import { keys, type Mark } from './fields';
import { type FieldValue, INTERVIEW_SCHEMA_VERSION, type Interview } from './schema';

export interface NewInterview {
  id: string;
  candidate: string;
  role: string;
  atsLink?: string;
}

/** What starting an interview needs of its script: its id and version (the interview is pinned to it) and its first step. */
export interface ScriptRef {
  id: string;
  version: number;
  steps: readonly { id: string }[];
}

export function createInterview(input: NewInterview, script: ScriptRef, t: number): Interview {
  const interview: Interview = {
    schema: INTERVIEW_SCHEMA_VERSION,
    id: input.id,
    scriptId: script.id,
    scriptVersion: script.version,
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
 * Marks an answer as the candidate's words or as one to follow up; '' clears.
 * Only sets: toggling (a second press clears) is the UI's call.
 */
export function setMark(interview: Interview, fieldKey: string, mark: Mark | '', t: number): Interview {
  if (mark === '' && interview.fields[keys.mark(fieldKey)] === undefined) return interview;
  return setField(interview, keys.mark(fieldKey), mark, t);
}
