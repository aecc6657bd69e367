/**
 * The realistic Reverse Interview of issue 21, as a hiring manager ran it: a
 * senior engineer who wants to grow into a tech lead, prefers mentoring, and
 * has no time for deep work; four arenas, nine needs. Seeded straight into
 * storage (built with the product's own update functions), with the example
 * catalogue, so a test starts at step 5 in a second.
 */
import { exampleCatalogue } from '../../lib/catalogue/example';
import { createInterview, type FieldValue, type Interview, setFields } from '../../lib/interview';
import { entryOf } from '../../lib/interview/entry';
import { reverseInterview as script } from '../../lib/script';
import { encodeIndex } from '../../lib/storage/registry';
import { keys, setPreferredMode, toggleArena, toggleMode } from '../unit/support/ri';
import type { Harness } from './harness';

export const CANDIDATE = 'Sam Rivera';
export const ROLE = 'Senior Backend Engineer, Payments Platform';

/** What the candidate said, by arena and grid question: every answer appears once in the summary. */
export const ANSWERS: Record<string, Record<'strengths' | 'learn' | 'obstacles', string>> = {
  technical: {
    strengths: 'Designs payment APIs; owns the ledger service',
    learn: 'Distributed systems design beyond our own services',
    obstacles: 'No time for deep work between on-call and meetings',
  },
  teamwork: {
    strengths: 'Reviews code kindly and fast',
    learn: 'Work better with product managers on scope',
    obstacles: 'Half the team is in another time zone',
  },
  leadership: {
    strengths: 'Mentors two juniors informally',
    learn: 'Grow into a tech lead and learn to delegate',
    obstacles: 'Has never had to give hard feedback',
  },
  personal: {
    strengths: 'Writes clear design docs',
    learn: 'Speak up with confidence in big meetings',
    obstacles: 'Freezes when presenting to executives',
  },
};

export const GROWTH_NOTES = 'A mentor taught them Go in six months; courses alone never stuck';

export function realisticInterview(id = 'realistic-1', at = Date.UTC(2026, 11, 1, 9)): Interview {
  let i = createInterview({ id, candidate: CANDIDATE, role: ROLE }, script, at);
  for (const [n, arena] of Object.keys(ANSWERS).entries()) i = toggleArena(i, script, arena, true, at + 60_000 + n).interview;
  const grid: Record<string, FieldValue> = {};
  for (const [arena, answers] of Object.entries(ANSWERS)) {
    for (const [question, answer] of Object.entries(answers)) grid[keys.grid(arena, question)] = answer;
  }
  i = setFields(i, grid, at + 10 * 60_000);
  i = toggleMode(i, 'courses', true, at + 20 * 60_000);
  i = setPreferredMode(i, 'mentoring', at + 20 * 60_000 + 1);
  i = setFields(i, { [keys.answer('growth', 'notes')]: GROWTH_NOTES, [keys.step]: 'match' }, at + 21 * 60_000);
  return i;
}

/** Seeds the realistic interview (listed) and the example catalogue; returns the interview. */
export async function seedRealistic(h: Harness, interview = realisticInterview()): Promise<Interview> {
  await h.storage.write({
    [`interview:${interview.id}`]: interview,
    index: encodeIndex({ [interview.id]: entryOf(interview) }),
    catalogue: exampleCatalogue,
  });
  return interview;
}
