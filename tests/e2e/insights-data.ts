/**
 * Thirty interviews with known choices for Insights (issue 20), built with
 * the product's own updates, and the counts a person works out from the
 * choices below (not from the code under test). Interview 29 is stored and
 * then broken, so 29 can be read.
 *
 * i = 0…28 (readable), created on 1 Nov 2026 + i days, at noon UTC:
 * - arenas: Technical growth when i is even (15), Peer relationships and
 *   teamwork when i % 3 = 0 (10), Leadership growth when i < 8 (8), and their
 *   own "Public speaking" for i = 1, 4, 7, typed three ways, two alike (3);
 *   none for 11, 13, 17, 19, 23, 25 (23 interviews with an arena);
 * - preferred way to grow: mentoring for i < 14 (14), course work for 14–21
 *   (8), apprenticeship for 22–25 (4), none for 26–28;
 * - gaps: "no mentoring on offer" recorded for i < 5 (5 needs, way to grow);
 *   "nothing we can honestly offer" on Leadership "learn" for i < 8 and on its
 *   "obstacles" for i < 3 (11 needs in 8 interviews); on Technical "learn" for
 *   i = 0 and 2 the tick is overtaken by a later offer (no gap), for i = 4 it
 *   comes after the offer (a gap: 1); 17 needs in all, in 8 interviews (0–7);
 * - accepted: "Mentoring circle" on the mentoring need for i = 5…13 (9
 *   interviews, 9 needs); "Conference talks budget" on Technical "learn" for
 *   i = 6, 8, 10 and on its "obstacles" for i = 6 (3 interviews, 4 needs);
 * - role: Staff Engineer when even ("staff engineer " for 28), SRE when odd
 *   (15 and 14); status: done for i < 20, in progress for 20–26, archived 27–28.
 */
import { createInterview, type FieldValue, type Interview, setFields } from '../../lib/interview';
import { reverseInterview as script } from '../../lib/script';
import { interviewKey } from '../../lib/storage/registry';
import { addCustomArena, decisionFields, keys, setPreferredMode, toggleArena, toggleMode } from '../unit/support/ri';
import type { Harness } from './harness';
import { seedingRepository } from './seed';

export const COUNT = 30;
export const BROKEN = 29;
export const idOf = (i: number) => `insight-${String(i).padStart(2, '0')}`;
export const candidateOf = (i: number) => `Candidate ${String(i).padStart(2, '0')}`;

/** Noon UTC on 1 Nov 2026 + i days: that calendar day in every time zone from UTC-11 to UTC+11, where the date filter counts local days. */
export const createdAt = (i: number) => Date.UTC(2026, 10, 1 + i, 12);

const OWN = ['Public speaking', 'public speaking', '  Public  speaking '];

export function insightsInterview(i: number): Interview {
  const at = createdAt(i);
  let t = at;
  const next = () => {
    t += 1000;
    return t;
  };
  const role = i % 2 === 0 ? (i === 28 ? 'staff engineer ' : 'Staff Engineer') : 'SRE';
  let interview = createInterview({ id: idOf(i), candidate: candidateOf(i), role }, script, at);
  const set = (values: Record<string, FieldValue>) => {
    interview = setFields(interview, values, next());
  };
  set({ [keys.status]: i < 20 ? 'done' : i < 27 ? 'active' : 'archived' });
  if (i % 2 === 0) interview = toggleArena(interview, script, 'technical', true, next()).interview;
  if (i % 3 === 0) interview = toggleArena(interview, script, 'teamwork', true, next()).interview;
  if (i < 8) interview = toggleArena(interview, script, 'leadership', true, next()).interview;
  const own = [1, 4, 7].indexOf(i);
  if (own >= 0) interview = addCustomArena(interview, script, OWN[own] ?? '', `own-speaking${i}`, next()).interview;

  const mode = i < 14 ? 'mentoring' : i < 22 ? 'courses' : i < 26 ? 'apprenticeship' : null;
  if (mode) {
    interview = toggleMode(interview, 'other', true, next());
    interview = setPreferredMode(interview, mode, next());
  }
  if (i < 5) set({ [keys.gap('mentoring')]: true });
  if (i >= 5 && i <= 13) {
    set(
      decisionFields(
        'growth/mentoring',
        { id: 'mentoring-circle', name: 'Mentoring circle', kind: 'people', modes: ['mentoring'] },
        'accepted',
      ),
    );
  }

  if (i < 8) {
    set({
      [keys.grid('leadership', 'learn')]: 'Lead a team through a reorganisation',
      [keys.noOffer('reality/leadership/learn')]: true,
    });
  }
  if (i < 3) {
    set({ [keys.grid('leadership', 'obstacles')]: 'Never had a report', [keys.noOffer('reality/leadership/obstacles')]: true });
  }
  if (i % 2 === 0)
    set({ [keys.grid('technical', 'learn')]: 'Distributed systems', [keys.grid('technical', 'obstacles')]: 'On-call load' });
  if (i === 0 || i === 2) {
    set({ [keys.noOffer('reality/technical/learn')]: true });
    set({ [keys.offer('reality/technical/learn', 'people')]: 'Pairs with the storage team' });
  }
  if (i === 4) {
    set({ [keys.offer('reality/technical/learn', 'people')]: 'Pairs with the storage team' });
    set({ [keys.noOffer('reality/technical/learn')]: true });
  }
  const talks = { id: 'talks-budget', name: 'Conference talks budget', kind: 'resources', modes: ['courses'] };
  if (i === 6 || i === 8 || i === 10) set(decisionFields('reality/technical/learn', talks, 'accepted'));
  if (i === 6) set(decisionFields('reality/technical/obstacles', talks, 'accepted'));
  return interview;
}

export function insightsInterviews(): Interview[] {
  return Array.from({ length: COUNT }, (_, i) => insightsInterview(i));
}

/** Stores the thirty through the extension's own repository, then breaks interview 29 (cut off mid-write). */
export async function seedInsights(h: Harness): Promise<void> {
  await seedingRepository(h).putInterviews(insightsInterviews());
  await h.storage.write({ [interviewKey(idOf(BROKEN))]: { schema: 2, id: idOf(BROKEN), fields: 'cut off mid-write' } });
}

/** What the tables say with no filter, as a person counts it from the choices above. */
export const EXPECTED = {
  read: 29,
  arenas: [
    ['Technical growth', 15],
    ['Peer relationships and teamwork', 10],
    ['Leadership growth', 8],
    ['Public speaking (their own)', 3],
  ],
  modes: [
    ['Mentoring', 14],
    ['Course work', 8],
    ['Apprenticeship', 4],
  ],
  /** Where, in, needs, interviews. */
  gaps: [
    ['Leadership growth', 'Arena', 11, 8],
    ['Mentoring', 'Way to grow', 5, 5],
    ['Technical growth', 'Arena', 1, 1],
  ],
  /** Offering, interviews, needs. */
  offerings: [
    ['Mentoring circle', 9, 9],
    ['Conference talks budget', 3, 4],
  ],
  headline: 'Candidates most often want mentoring (14 of 26 interviews); your catalogue has no mentoring offering.',
} as const;
