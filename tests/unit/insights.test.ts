/**
 * Insights (issue 20), the pure part: each interview's facts read through its
 * own script's step kinds, the counts across interviews after the filters,
 * and the sentence on top. The 30 interviews of the end-to-end test
 * (tests/e2e/insights-data.ts) are counted here too, against the numbers
 * worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { aggregate, groupKey, type Insights, rolesOf } from '../../lib/insights/aggregate';
import { factsOf, type InterviewFacts } from '../../lib/insights/facts';
import { datesReversed, NO_FILTER, toFilter } from '../../lib/insights/filter';
import { headline, phrase } from '../../lib/insights/headline';
import { type Interview, setFields } from '../../lib/interview';
import { reverseInterview, type Script } from '../../lib/script';
import { BROKEN, createdAt, EXPECTED, insightsInterviews } from '../e2e/insights-data';
import { CREATED_AT, newInterview, withFields } from './support';
import { addCustomArena, decisionFields, keys, setPreferredMode, toggleArena } from './support/ri';

const script = reverseInterview;
const T = CREATED_AT + 60_000;

/** A script of the given steps of the built-in one, as an edited script might be. */
function withSteps(...ids: string[]): Script {
  return { ...script, id: 'edited', version: 1, steps: script.steps.filter((s) => ids.includes(s.id)) };
}

function facts(interview: Interview, s: Script | null = script): InterviewFacts {
  return factsOf(interview, s);
}

const MENTORING_CIRCLE = { id: 'mentoring-circle', name: 'Mentoring circle', kind: 'people', modes: ['mentoring'] };

describe('factsOf: one interview through its script', () => {
  it('reads arenas (their own by label), the preferred way to grow, role and status', () => {
    let i = newInterview({ role: '  Staff engineer ' });
    i = toggleArena(i, script, 'technical', true, T).interview;
    i = addCustomArena(i, script, '  Public   speaking ', 'own-a', T + 1).interview;
    i = setPreferredMode(i, 'mentoring', T + 2);
    i = setFields(i, { [keys.status]: 'done' }, T + 3);
    expect(facts(i)).toEqual({
      id: i.id,
      createdAt: CREATED_AT,
      role: 'Staff engineer',
      status: 'done',
      scriptKnown: true,
      arenas: [
        { label: 'Technical growth', custom: false },
        { label: 'Public speaking', custom: true },
      ],
      preferredMode: { id: 'mentoring', label: 'Mentoring' },
      gaps: [],
      accepted: [],
    });
  });

  it('an arena their own, added and then unticked, is not chosen', () => {
    let i = addCustomArena(newInterview(), script, 'Writing', 'own-a', T).interview;
    i = toggleArena(i, script, 'own-a', false, T + 1).interview;
    expect(facts(i).arenas).toEqual([]);
  });

  it('a script this browser lacks: counted by the caller, but no facts of any chart', () => {
    const i = setPreferredMode(toggleArena(newInterview(), script, 'technical', true, T).interview, 'mentoring', T + 1);
    expect(facts(i, null)).toMatchObject({ scriptKnown: false, arenas: [], preferredMode: null, gaps: [], accepted: [] });
  });

  it('a script without an arena step gives no arenas; without growth modes, no preferred way; without a match, no gaps', () => {
    let i = toggleArena(newInterview(), script, 'technical', true, T).interview;
    i = setPreferredMode(i, 'mentoring', T + 1);
    i = withFields(i, { [keys.grid('technical', 'learn')]: 'Rust', [keys.noOffer('reality/technical/learn')]: true }, T + 2);
    expect(facts(i, withSteps('difference', 'growth'))).toMatchObject({ arenas: [], preferredMode: { id: 'mentoring' } });
    expect(facts(i, withSteps('difference', 'arenas', 'reality'))).toMatchObject({
      arenas: [{ label: 'Technical growth' }],
      preferredMode: null,
      gaps: [],
    });
    expect(facts(i).gaps).toEqual([{ in: 'arena', label: 'Technical growth' }]);
  });

  describe('gaps and accepted offerings, as the summary settles them', () => {
    const learn = 'reality/technical/learn';
    const base = () => {
      let i = toggleArena(newInterview(), script, 'technical', true, T).interview;
      i = addCustomArena(i, script, 'Public speaking', 'own-talks', T + 1).interview;
      i = setPreferredMode(i, 'mentoring', T + 2);
      return withFields(
        i,
        { [keys.grid('technical', 'learn')]: 'Rust', [keys.grid('own-talks', 'obstacles')]: 'Stage fright' },
        T + 3,
      );
    };
    it.each<[string, (i: Interview) => Interview, InterviewFacts['gaps'], string[]]>([
      ['nothing recorded: no gap', (i) => i, [], []],
      [
        '"nothing we can honestly offer" on an arena need, their own arena too',
        (i) => withFields(i, { [keys.noOffer(learn)]: true, [keys.noOffer('reality/own-talks/obstacles')]: true }, T + 10),
        [
          { in: 'arena', label: 'Technical growth' },
          { in: 'arena', label: 'Public speaking' },
        ],
        [],
      ],
      [
        'the tick overtaken by a later written offer: no gap',
        (i) => withFields(i, { [keys.noOffer(learn)]: true, [keys.offer(learn, 'people')]: 'A guild' }, T + 10),
        [],
        [],
      ],
      [
        'the tick after the offer: a gap',
        (i) => withFields(i, { [keys.offer(learn, 'people')]: 'A guild', [keys.noOffer(learn)]: true }, T + 10),
        [{ in: 'arena', label: 'Technical growth' }],
        [],
      ],
      [
        'the tick after an accepted offering: a gap, and the offering is not counted as accepted',
        (i) =>
          setFields(
            setFields(i, decisionFields(learn, MENTORING_CIRCLE, 'accepted'), T + 10),
            { [keys.noOffer(learn)]: true },
            T + 11,
          ),
        [{ in: 'arena', label: 'Technical growth' }],
        [],
      ],
      [
        'an accepted offering: counted, no gap',
        (i) => setFields(i, decisionFields(learn, MENTORING_CIRCLE, 'accepted'), T + 10),
        [],
        ['mentoring-circle'],
      ],
      [
        'the gap recorded in their preferred way to grow',
        (i) => setFields(i, { [keys.gap('mentoring')]: true }, T + 10),
        [{ in: 'mode', label: 'Mentoring' }],
        [],
      ],
      [
        'the recorded gap and the tick on the same need: one gap',
        (i) => withFields(i, { [keys.gap('mentoring')]: true, [keys.noOffer('growth/mentoring')]: true }, T + 10),
        [{ in: 'mode', label: 'Mentoring' }],
        [],
      ],
      [
        'a mentoring offering accepted after the recorded gap: the gap is withdrawn',
        (i) =>
          setFields(
            setFields(i, { [keys.gap('mentoring')]: true }, T + 10),
            decisionFields('growth/mentoring', MENTORING_CIRCLE, 'accepted'),
            T + 11,
          ),
        [],
        ['mentoring-circle'],
      ],
      [
        'the gap recorded after a mentoring offering was accepted: the offering is withdrawn',
        (i) =>
          setFields(
            setFields(i, decisionFields(learn, MENTORING_CIRCLE, 'accepted'), T + 10),
            { [keys.gap('mentoring')]: true },
            T + 11,
          ),
        [{ in: 'mode', label: 'Mentoring' }],
        [],
      ],
      [
        'a rejected suggestion is neither a gap nor accepted',
        (i) => setFields(i, decisionFields(learn, MENTORING_CIRCLE, 'rejected'), T + 10),
        [],
        [],
      ],
    ])('%s', (_name, change, gaps, accepted) => {
      const f = facts(change(base()));
      expect(f.gaps).toEqual(gaps);
      expect(f.accepted.map((a) => a.offeringId)).toEqual(accepted);
    });

    it('an accepted offering keeps the name it had when accepted', () => {
      const i = setFields(base(), decisionFields(learn, { ...MENTORING_CIRCLE, name: 'Old name' }, 'accepted'), T + 10);
      expect(facts(i).accepted).toEqual([{ offeringId: 'mentoring-circle', name: 'Old name', t: T + 10 }]);
    });

    it('a need whose answer was emptied is no need: its old tick is no gap', () => {
      const i = withFields(base(), { [keys.noOffer(learn)]: true, [keys.grid('technical', 'learn')]: ' ' }, T + 10);
      expect(facts(i).gaps).toEqual([]);
    });
  });
});

const f = (over: Partial<InterviewFacts>): InterviewFacts => ({
  id: 'x',
  createdAt: CREATED_AT,
  role: 'SRE',
  status: 'active',
  scriptKnown: true,
  arenas: [],
  preferredMode: null,
  gaps: [],
  accepted: [],
  ...over,
});

describe('aggregate: counts across interviews', () => {
  it('the 30 interviews of the end-to-end test give the numbers worked out by hand', () => {
    const all = insightsInterviews()
      .filter((_, i) => i !== BROKEN)
      .map((i) => factsOf(i, script));
    const got = aggregate(all);
    expect(got.read).toBe(EXPECTED.read);
    expect(got.arenas.rows.map((r) => [r.custom ? `${r.label} (their own)` : r.label, r.interviews])).toEqual(EXPECTED.arenas);
    expect(got.modes.rows.map((r) => [r.label, r.interviews])).toEqual(EXPECTED.modes);
    expect(got.gaps.rows.map((r) => [r.label, r.in === 'arena' ? 'Arena' : 'Way to grow', r.needs, r.interviews])).toEqual(
      EXPECTED.gaps,
    );
    expect(got.offerings.rows.map((r) => [r.label, r.interviews, r.needs])).toEqual(EXPECTED.offerings);
    expect(headline(got, [])).toBe(EXPECTED.headline);
    expect(rolesOf(all).map((r) => [r.label, r.interviews])).toEqual([
      ['Staff Engineer', 15],
      ['SRE', 14],
    ]);
  });

  it('groups names whatever their case and spacing, under the spelling most interviews used', () => {
    const got = aggregate([
      f({ id: 'a', arenas: [{ label: 'public speaking', custom: true }] }),
      f({ id: 'b', arenas: [{ label: 'Public speaking', custom: true }] }),
      f({ id: 'c', arenas: [{ label: ' Public  speaking ', custom: true }] }),
      f({ id: 'd', arenas: [{ label: 'Writing', custom: true }] }),
    ]);
    expect(got.arenas.rows).toEqual([
      { key: 'public speaking', label: 'Public speaking', interviews: 3, custom: true },
      { key: 'writing', label: 'Writing', interviews: 1, custom: true },
    ]);
  });

  it('an arena is "their own" only when every interview that chose it added it', () => {
    const got = aggregate([
      f({ id: 'a', arenas: [{ label: 'Mentoring others', custom: false }] }),
      f({ id: 'b', arenas: [{ label: 'mentoring others', custom: true }] }),
    ]);
    expect(got.arenas.rows).toMatchObject([{ label: 'Mentoring others', interviews: 2, custom: false }]);
  });

  it('ranks most first, ties by name, whatever order the records were read in', () => {
    const rows = [
      f({ id: 'a', arenas: [{ label: 'Zeta', custom: false }] }),
      f({ id: 'b', arenas: [{ label: 'alpha', custom: false }] }),
      f({ id: 'c', arenas: [{ label: 'Beta', custom: false }] }),
      f({ id: 'd', arenas: [{ label: 'Beta', custom: false }] }),
    ];
    const labels = (all: InterviewFacts[]) => aggregate(all).arenas.rows.map((r) => r.label);
    expect(labels(rows)).toEqual(['Beta', 'alpha', 'Zeta']);
    expect(labels([...rows].reverse())).toEqual(['Beta', 'alpha', 'Zeta']);
  });

  it('counts gaps in needs and in interviews, an arena and a way to grow of the same name apart', () => {
    const got = aggregate([
      f({
        id: 'a',
        gaps: [
          { in: 'arena', label: 'Mentoring' },
          { in: 'arena', label: 'Mentoring' },
          { in: 'mode', label: 'Mentoring' },
        ],
      }),
      f({ id: 'b', gaps: [{ in: 'mode', label: 'mentoring' }] }),
    ]);
    expect(got.gaps).toEqual({
      needs: 4,
      interviews: 2,
      rows: [
        // Needs tied: the one in more interviews first.
        { key: 'mode:mentoring', label: 'Mentoring', interviews: 2, in: 'mode', needs: 2 },
        { key: 'arena:mentoring', label: 'Mentoring', interviews: 1, in: 'arena', needs: 2 },
      ],
    });
  });

  it('counts an offering once per interview and once per need, under the name it had when last accepted', () => {
    const got = aggregate([
      f({
        id: 'a',
        accepted: [
          { offeringId: 'circle', name: 'Mentor circle', t: 1 },
          { offeringId: 'circle', name: 'Mentor circle', t: 2 },
        ],
      }),
      f({ id: 'b', accepted: [{ offeringId: 'circle', name: 'Mentoring circle', t: 5 }] }),
      f({ id: 'c', accepted: [{ offeringId: 'budget', name: 'Learning budget', t: 3 }] }),
    ]);
    expect(got.offerings.rows).toEqual([
      { key: 'circle', label: 'Mentoring circle', interviews: 2, needs: 3 },
      { key: 'budget', label: 'Learning budget', interviews: 1, needs: 1 },
    ]);
  });

  it('keeps the mode ids behind a way to grow, for the catalogue', () => {
    const got = aggregate([
      f({ id: 'a', preferredMode: { id: 'mentoring', label: 'Mentoring' } }),
      f({ id: 'b', preferredMode: { id: 'mentor', label: 'mentoring' } }),
      f({ id: 'c' }),
    ]);
    expect(got.modes).toEqual({
      interviews: 2,
      rows: [{ key: 'mentoring', label: 'Mentoring', interviews: 2, modeIds: ['mentor', 'mentoring'] }],
    });
  });

  it('interviews whose script is not here count in the totals only', () => {
    const got = aggregate([f({ id: 'a', scriptKnown: false }), f({ id: 'b', arenas: [{ label: 'X', custom: false }] })]);
    expect(got).toMatchObject({ read: 2, matching: 2, noScript: 1, arenas: { interviews: 1 } });
  });

  describe('filters', () => {
    const day = (d: number, hour = 12) => new Date(2026, 10, d, hour).getTime();
    const all = [
      f({ id: 'first', createdAt: day(1, 0), role: 'Staff Engineer', status: 'done' }),
      f({ id: 'late', createdAt: day(10, 23), role: 'staff  engineer', status: 'active' }),
      f({ id: 'next', createdAt: day(11, 0), role: 'SRE', status: 'archived' }),
      f({ id: 'none', createdAt: day(5), role: '', status: 'done' }),
    ];
    const ids = (form: Partial<typeof NO_FILTER>) =>
      all.filter((x) => aggregate([x], toFilter({ ...NO_FILTER, ...form })).matching === 1).map((x) => x.id);
    it.each<[string, Partial<typeof NO_FILTER>, string[]]>([
      ['no filter', {}, ['first', 'late', 'next', 'none']],
      ['from a day: from its local midnight', { from: '2026-11-01' }, ['first', 'late', 'next', 'none']],
      ['from the next day', { from: '2026-11-02' }, ['late', 'next', 'none']],
      ['to a day: all of that day, not the next', { to: '2026-11-10' }, ['first', 'late', 'none']],
      ['one day', { from: '2026-11-11', to: '2026-11-11' }, ['next']],
      ['the dates reversed: nothing', { from: '2026-11-11', to: '2026-11-01' }, []],
      ['a role, whatever its case and spacing', { role: groupKey('Staff Engineer') }, ['first', 'late']],
      ['no role given', { role: '' }, ['none']],
      ['a status', { status: 'done' }, ['first', 'none']],
      ['together', { status: 'done', role: 'staff engineer', to: '2026-11-03' }, ['first']],
      ['a date the input could not read is no filter', { from: 'not a date' }, ['first', 'late', 'next', 'none']],
    ])('%s', (_name, form, expected) => {
      expect(ids(form)).toEqual(expected);
    });

    it('the dates are reversed only when both are set and the first is later', () => {
      expect(datesReversed({ ...NO_FILTER, from: '2026-11-02', to: '2026-11-01' })).toBe(true);
      expect(datesReversed({ ...NO_FILTER, from: '2026-11-01', to: '2026-11-01' })).toBe(false);
      expect(datesReversed({ ...NO_FILTER, from: '2026-11-02' })).toBe(false);
    });

    it('a filter changes what is counted and never the total read', () => {
      const got = aggregate(all, toFilter({ ...NO_FILTER, status: 'archived' }));
      expect([got.read, got.matching]).toEqual([4, 1]);
    });

    it('the test data fall on their calendar day here too (noon UTC): 1–10 November holds ten of them', () => {
      const tenDays = toFilter({ ...NO_FILTER, from: '2026-11-01', to: '2026-11-10' });
      expect(
        Array.from({ length: 29 }, (_, i) => createdAt(i)).filter((t) => t >= (tenDays.from ?? 0) && t < (tenDays.to ?? 0)),
      ).toHaveLength(10);
    });
  });
});

describe('headline: one sentence from the numbers', () => {
  const insights = (over: Partial<Insights>): Insights => ({ ...aggregate([]), read: 30, matching: 30, ...over });
  const modes = (...rows: [string, string, number][]) => ({
    interviews: 26,
    rows: rows.map(([id, label, interviews]) => ({ key: groupKey(label), label, interviews, modeIds: [id] })),
  });
  const mentoringOffering = { modes: ['mentoring'] };
  const gaps = {
    needs: 12,
    interviews: 9,
    rows: [
      { key: 'arena:leadership growth', label: 'Leadership growth', interviews: 8, in: 'arena' as const, needs: 11 },
      { key: 'mode:mentoring', label: 'Mentoring', interviews: 1, in: 'mode' as const, needs: 1 },
    ],
  };
  it.each<[string, Insights, { modes: string[] }[] | null, string]>([
    [
      'nothing stored',
      insights({ read: 0, matching: 0 }),
      [],
      'No interviews are stored yet: insights appear here once you have run some.',
    ],
    ['nothing matches', insights({ matching: 0 }), [], 'No interviews match these filters.'],
    [
      'the most wanted way to grow is not in the catalogue',
      insights({ modes: modes(['mentoring', 'Mentoring', 14], ['courses', 'Course work', 8]) }),
      [{ modes: ['courses'] }],
      'Candidates most often want mentoring (14 of 26 interviews); your catalogue has no mentoring offering.',
    ],
    [
      'a tie, one of them missing',
      insights({ modes: modes(['mentoring', 'Mentoring', 9], ['courses', 'Course work', 9], ['other', 'Something else', 2]) }),
      [{ modes: ['courses'] }],
      'Candidates most often want mentoring or course work (9 of 26 interviews each); your catalogue has no mentoring offering.',
    ],
    [
      'the catalogue has it: the biggest gap instead',
      insights({ modes: modes(['mentoring', 'Mentoring', 14]), gaps }),
      [mentoringOffering],
      'Candidates most often want mentoring (14 of 26 interviews); most needs with no offering are in leadership growth (11 needs).',
    ],
    [
      'the biggest gap in a way to grow',
      insights({
        modes: modes(['mentoring', 'Mentoring', 14]),
        gaps: { ...gaps, rows: [{ ...gaps.rows[1], needs: 20 } as (typeof gaps.rows)[number]] },
      }),
      [mentoringOffering],
      'Candidates most often want mentoring (14 of 26 interviews); most needs with no offering are for mentoring (20 needs).',
    ],
    [
      'the catalogue has it and nothing is missing',
      insights({ modes: modes(['mentoring', 'Mentoring', 1]) }),
      [mentoringOffering, mentoringOffering, { modes: ['courses'] }],
      'Candidates most often want mentoring (1 of 26 interviews); your catalogue has 2 offerings for it.',
    ],
    [
      'the catalogue not read yet: nothing said about it',
      insights({ modes: modes(['mentoring', 'Mentoring', 14]) }),
      null,
      'Candidates most often want mentoring (14 of 26 interviews).',
    ],
    [
      'no way to grow recorded: the arenas',
      insights({
        arenas: { interviews: 20, rows: [{ key: 'technical growth', label: 'Technical growth', interviews: 12, custom: false }] },
      }),
      [],
      'Candidates most often choose technical growth (12 of 20 interviews); no preferred way to grow is recorded yet.',
    ],
    ['nothing recorded', insights({ matching: 3 }), [], 'None of these 3 interviews has arenas or a way to grow recorded yet.'],
    [
      'one interview, nothing recorded',
      insights({ matching: 1 }),
      [],
      'This interview has no arenas or way to grow recorded yet.',
    ],
  ])('%s', (_name, given, catalogue, sentence) => {
    expect(headline(given, catalogue)).toBe(sentence);
  });

  it.each([
    ['Mentoring', 'mentoring'],
    ['Course work', 'course work'],
    ['AI pairing', 'AI pairing'],
    ['Learning by DOING', 'learning by DOING'],
    ['A', 'a'],
  ])('"%s" inside a sentence is "%s"', (label, inside) => {
    expect(phrase(label)).toBe(inside);
  });
});
