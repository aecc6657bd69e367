import { type FieldValue, type Interview, type Mark, setFields, setMark } from '../../../lib/interview';
import { reverseInterview as script } from '../../../lib/script';
import type { SummaryOptions } from '../../../lib/summary';
import { CREATED_AT, newInterview } from './index';
import { addCustomArena, keys, setPreferredMode, toggleArena, toggleMode } from './ri';

const MIN = 60_000;

/** The golden files' options: everything the header can show, and the rejected suggestions listed. */
export const FULL_OPTIONS: SummaryOptions = { interviewer: 'Grace Hopper', noRecordingNote: true, listRejected: true };

/**
 * A whole interview as an interviewer would leave it, built only with the
 * update functions, over 47 minutes: four arenas (one their own), multi-line
 * answers, quotes, follow-ups, offers against needs, two honest gaps, a need
 * left open, text that means something in HTML and Markdown, and an ATS link
 * with a query string.
 */
export function fullInterview(): Interview {
  let i = newInterview({ atsLink: 'https://ats.example/candidates/42?tab=notes&view=full' });
  const at = (minute: number) => CREATED_AT + minute * MIN;
  const write = (minute: number, values: Record<string, FieldValue>) => {
    i = setFields(i, values, at(minute));
  };
  const mark = (minute: number, key: string, m: Mark) => {
    i = setMark(i, key, m, at(minute));
  };

  write(1, { [keys.check('difference', 'said')]: true, [keys.answer('difference', 'note')]: 'Surprised, then keen to talk' });

  for (const [n, id] of ['technical', 'teamwork', 'leadership'].entries()) {
    i = toggleArena(i, script, id, true, at(3) + n).interview;
  }
  i = addCustomArena(i, script, 'Public speaking', 'own-0001', at(4)).interview;

  write(8, {
    [keys.grid('technical', 'strengths')]: 'Backend APIs in Go\nPostgres tuning (EXPLAIN, indexes)\n*nix tooling',
    [keys.grid('technical', 'learn')]: 'I want to understand distributed systems properly,\nnot just copy the patterns',
    [keys.grid('technical', 'obstacles')]: 'No time to study outside on-call weeks',
  });
  mark(9, keys.grid('technical', 'learn'), 'quote');
  write(12, {
    [keys.grid('teamwork', 'strengths')]: 'Code review: kind & specific',
    [keys.grid('teamwork', 'obstacles')]: 'A team spread over 3 time zones',
    // Typed, then cleared: must not appear.
    [keys.grid('teamwork', 'learn')]: '   ',
  });
  write(16, {
    [keys.grid('leadership', 'learn')]: 'Running a team of 4-6 people',
    [keys.grid('leadership', 'obstacles')]: 'Has never had to give hard feedback',
  });
  mark(17, keys.grid('leadership', 'obstacles'), 'followup');
  write(20, { [keys.grid('own-0001', 'obstacles')]: 'I freeze at all-hands\nespecially in the Q&A' });
  mark(20, keys.grid('own-0001', 'obstacles'), 'quote');
  // An arena they did not choose: its answer must not appear.
  write(21, { [keys.grid('personal', 'learn')]: 'Not chosen' });

  i = toggleMode(i, 'courses', true, at(26));
  i = toggleMode(i, 'apprenticeship', true, at(26) + 1);
  i = setPreferredMode(i, 'mentoring', at(27));
  write(28, { [keys.answer('growth', 'notes')]: 'A mentor taught them Go in six months\nCourses alone did not stick' });

  write(36, {
    [keys.offer('reality/technical/learn', 'people')]: 'Platform guild, meets weekly',
    [keys.offer('reality/technical/learn', 'resources')]: 'Conference budget: 1500 EUR a year',
    [keys.offer('reality/technical/learn', 'opportunities')]: 'Lead the queue migration in Q1',
    [keys.offer('reality/technical/obstacles', 'resources')]: 'Two study days a month',
    [keys.noOffer('reality/teamwork/obstacles')]: true,
    [keys.offer('reality/leadership/learn', 'people')]: 'Mentoring by the VP of Engineering',
    // leadership/obstacles: neither an offer nor a gap, so it stays out of step 5.
    [keys.noOffer('reality/own-0001/obstacles')]: true,
    [keys.offer('growth/mentoring', 'people')]: 'Shadowing a staff engineer on design reviews',
  });
  // Accepted while the catalogue still had it; it left the catalogue, and the gap recorded at 38
  // says there is no mentoring: the summary must not say both (issue 21), so this one is left out.
  write(30, {
    [keys.match('growth/mentoring', 'mentoring-programme')]: 'accepted',
    [keys.offeringName('growth/mentoring', 'mentoring-programme')]: 'Mentoring programme',
    [keys.offeringKind('growth/mentoring', 'mentoring-programme')]: 'people',
    [keys.offeringModes('growth/mentoring', 'mentoring-programme')]: 'mentoring',
  });
  mark(37, keys.offer('reality/technical/learn', 'opportunities'), 'followup');
  // From the offerings catalogue: two accepted (one with a note, one from the organisation), one
  // rejected and one withdrawn (neither may appear), and the recorded gap in the preferred growth mode.
  write(38, {
    [keys.match('reality/technical/obstacles', 'learning-budget')]: 'accepted',
    [keys.offeringName('reality/technical/obstacles', 'learning-budget')]: 'Yearly learning budget',
    [keys.offeringKind('reality/technical/obstacles', 'learning-budget')]: 'resources',
    [keys.matchNote('reality/technical/obstacles', 'learning-budget')]: 'Covers the distributed systems course & books',
    [keys.match('reality/technical/obstacles', 'talks')]: 'rejected',
    [keys.offeringName('reality/technical/obstacles', 'talks')]: 'Friday internal talks',
    [keys.offeringKind('reality/technical/obstacles', 'talks')]: 'opportunities',
    [keys.match('growth/mentoring', 'org.pairing')]: 'accepted',
    [keys.offeringName('growth/mentoring', 'org.pairing')]: 'Pairing rotation',
    [keys.offeringKind('growth/mentoring', 'org.pairing')]: 'people',
    [keys.offeringModes('growth/mentoring', 'org.pairing')]: 'apprenticeship',
    [keys.gap('mentoring')]: true,
    [keys.match('reality/leadership/learn', 'lead-track')]: 'accepted',
    [keys.offeringName('reality/leadership/learn', 'lead-track')]: 'Tech lead track',
    [keys.offeringKind('reality/leadership/learn', 'lead-track')]: 'opportunities',
  });
  write(39, { [keys.match('reality/leadership/learn', 'lead-track')]: '' });
  write(45, { [keys.answer('match', 'reaction')]: '"That is more than my current job offers"' });
  mark(47, keys.answer('match', 'reaction'), 'quote');
  write(47, { [keys.take]: 'Strong on systems; ready to lead a small team.\nNext: system design round with Priya.' });
  return i;
}

/** Nothing captured: the golden "empty" files are the header alone. */
export function emptyInterview(): Interview {
  return newInterview();
}

/**
 * The catalogue the golden messages for the candidate are rendered against:
 * the offerings `fullInterview` accepted, with a sentence, one with a link
 * whose query needs escaping, one sentence holding markup.
 */
export const GROWTH_CATALOGUE = [
  {
    id: 'learning-budget',
    description: 'Courses, books & conference tickets, spent <b>without</b> sign-off.',
    link: 'https://wiki.example/learning?team=platform&year=2027',
  },
  { id: 'org.pairing', description: 'Two weeks a quarter pairing full time with a senior engineer on their real work.' },
];
