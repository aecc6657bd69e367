/**
 * Benchmark data, built only with the extension's own update functions so the
 * records are exactly what the panel writes. Deterministic: no Math.random.
 */
import { createInterview, type FieldValue, type Interview, setFields } from '../../../lib/interview';
import { defaultScript as script } from '../../../lib/script';
import { addCustomArena, keys, toggleArena } from '../../unit/support/ri';
import { LARGEST_ID, LARGEST_NAME, LONG_LENGTH } from './names';

export { LARGEST_ID, LARGEST_NAME, LONG_LENGTH };
/** The largest interview's 10,000-character answer (step 3, technical growth, "learn"); the bench types into it. */
export const LONG_KEY = keys.grid('technical', 'learn');

const BASE = Date.UTC(2026, 10, 1, 9, 0, 0);
const HOUR = 3_600_000;

const words =
  'they want to lead the migration of the billing service and learn how to run design reviews with people who disagree ' +
  'mentoring helped most when a senior engineer paired on real incidents every week and explained the trade offs ' +
  'the biggest obstacle is on call load and meetings that eat the mornings so deep work happens late at night ';

/** Plausible prose of exactly `length` characters, with line breaks as a notes field has. */
export function longAnswer(length = LONG_LENGTH): string {
  let out = '';
  for (let i = 0; out.length < length; i += 1) out += `${i % 7 === 6 ? '\n' : ''}${words}`;
  return out.slice(0, length);
}

function sentence(n: number, length: number): string {
  const start = (n * 37) % words.length;
  return (words.slice(start) + words).slice(0, length).trim();
}

const roles = ['Staff Engineer', 'Engineering Manager', 'Product Designer', 'Data Scientist', 'SRE', 'Tech Lead'];
const first = ['Ada', 'Grace', 'Alan', 'Barbara', 'Edsger', 'Frances', 'Donald', 'Margaret', 'Ken', 'Radia'];
const last = ['Lovelace', 'Hopper', 'Turing', 'Liskov', 'Dijkstra', 'Allen', 'Knuth', 'Hamilton', 'Thompson', 'Perlman'];

/**
 * An ordinary finished interview (~2 kB stored): two or three arenas, most
 * cells answered, a preferred mode, a few offers. Older as `n` grows.
 */
export function typicalInterview(n: number): Interview {
  const t = BASE - n * HOUR;
  let i = createInterview(
    {
      id: `bench-${String(n).padStart(5, '0')}`,
      candidate: `${first[n % first.length]} ${last[Math.floor(n / first.length) % last.length]} ${n}`,
      role: roles[n % roles.length] ?? '',
      atsLink: `https://ats.example/candidates/${n}`,
    },
    script,
    t,
  );
  const arenas = ['technical', 'teamwork', 'leadership', 'personal'].slice(0, 2 + (n % 2));
  for (const [k, arena] of arenas.entries()) i = toggleArena(i, script, arena, true, t + 1 + k).interview;
  const values: Record<string, FieldValue> = {
    [keys.check('difference', 'said')]: true,
    [keys.answer('difference', 'note')]: sentence(n, 60),
    [keys.mode('mentoring')]: true,
    [keys.mode('courses')]: n % 3 === 0,
    [keys.preferredMode]: 'mentoring',
    [keys.answer('growth', 'notes')]: sentence(n + 3, 140),
    [keys.answer('match', 'reaction')]: sentence(n + 5, 90),
    [keys.step]: 'match',
  };
  for (const arena of arenas) {
    for (const q of ['strengths', 'learn', 'obstacles']) values[keys.grid(arena, q)] = sentence(n + q.length, 120);
    values[keys.offer(`${arena}/learn`, 'people')] = sentence(n + 11, 50);
    values[keys.offer(`${arena}/obstacles`, 'resources')] = sentence(n + 13, 50);
  }
  return setFields(i, values, t + 10 * 60_000);
}

/** The largest interview: four arenas (one their own), every cell filled, one 10,000-character answer; open on step 3. */
export function largestInterview(): Interview {
  const t = BASE + HOUR;
  let i = createInterview({ id: LARGEST_ID, candidate: LARGEST_NAME, role: 'Principal Engineer', atsLink: '' }, script, t);
  for (const [k, arena] of ['technical', 'teamwork', 'leadership'].entries()) {
    i = toggleArena(i, script, arena, true, t + 1 + k).interview;
  }
  i = addCustomArena(i, script, 'Public speaking', 'own-bench', t + 5).interview;
  const values: Record<string, FieldValue> = {
    [keys.check('difference', 'said')]: true,
    [keys.answer('difference', 'note')]: sentence(1, 200),
    [keys.mode('mentoring')]: true,
    [keys.mode('apprenticeship')]: true,
    [keys.preferredMode]: 'apprenticeship',
    [keys.answer('growth', 'notes')]: sentence(2, 600),
    [keys.answer('match', 'reaction')]: sentence(3, 300),
    [keys.step]: 'reality',
  };
  for (const arena of ['technical', 'teamwork', 'leadership', 'own-bench']) {
    for (const q of ['strengths', 'learn', 'obstacles']) {
      values[keys.grid(arena, q)] = sentence(arena.length + q.length, 400);
      for (const support of ['people', 'resources', 'opportunities']) {
        values[keys.offer(`${arena}/${q}`, support)] = sentence(q.length + support.length, 120);
      }
    }
  }
  values[LONG_KEY] = longAnswer();
  return setFields(i, values, t + 40 * 60_000);
}
