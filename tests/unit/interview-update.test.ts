import { describe, expect, it } from 'vitest';
import {
  CUSTOM_ARENA_PREFIX,
  createClock,
  createInterview,
  type Interview,
  InterviewSchema,
  isFilled,
  mergeInterviews,
  setField,
  text,
} from '../../lib/interview';
import { IdSchema, reverseInterview as script, stepOfKind } from '../../lib/script';
import { CREATED_AT, must, newInterview, withFields } from './support';
import {
  addCustomArena,
  allArenas,
  chosenArenas,
  deriveNeeds,
  keys,
  newCustomArenaId,
  setPreferredMode,
  stepProgress,
  toggleArena,
  toggleMode,
} from './support/ri';

const T = CREATED_AT + 10_000;

function choose(interview: Interview, ...arenaIds: string[]): Interview {
  return arenaIds.reduce((acc, id, i) => {
    const result = toggleArena(acc, script, id, true, T + i);
    expect(result.refused).toBeUndefined();
    return result.interview;
  }, interview);
}

function ids(interview: Interview): string[] {
  return chosenArenas(interview, script).map((a) => a.id);
}

describe('createInterview', () => {
  it('stamps every starting field, trims the names and starts on the first step', () => {
    const interview = createInterview(
      { id: 'abc123', candidate: '  Grace Hopper ', role: ' Engineer\t', atsLink: ' https://ats.example/c/1 ' },
      script,
      1234,
    );
    expect(InterviewSchema.safeParse(interview).success).toBe(true);
    expect(interview).toMatchObject({ schema: 2, id: 'abc123', scriptId: 'reverse-interview', createdAt: 1234 });
    expect(interview.fields).toEqual({
      candidate: { v: 'Grace Hopper', t: 1234 },
      role: { v: 'Engineer', t: 1234 },
      atsLink: { v: 'https://ats.example/c/1', t: 1234 },
      step: { v: 'difference', t: 1234 },
    });
  });

  it('stores an empty ATS link when none is given', () => {
    const interview = createInterview({ id: 'abc123', candidate: 'A', role: 'B' }, script, 1);
    expect(text(interview, keys.atsLink)).toBe('');
  });
});

describe('setField', () => {
  it('returns the same object when the value does not change', () => {
    const interview = newInterview();
    expect(setField(interview, keys.candidate, 'Ada Lovelace', T)).toBe(interview);
  });

  it('stamps the new value with t and leaves the input untouched', () => {
    const interview = newInterview();
    const next = setField(interview, keys.answer('difference', 'note'), 'Smiled', T);
    expect(next).not.toBe(interview);
    expect(next.fields[keys.answer('difference', 'note')]).toEqual({ v: 'Smiled', t: T });
    expect(interview.fields[keys.answer('difference', 'note')]).toBeUndefined();
    expect(next.fields[keys.candidate]).toBe(interview.fields[keys.candidate]);
  });

  it.each<[string, string | boolean, string | boolean]>([
    ['text to other text', 'a', 'b'],
    ['a tick to no tick', true, false],
    ['text to empty', 'a', ''],
  ])('restamps when changing %s', (_name, before, after) => {
    const first = setField(newInterview(), 'x', before, T);
    const second = setField(first, 'x', after, T + 5);
    expect(second.fields.x).toEqual({ v: after, t: T + 5 });
  });

  it('stamps an edit newer than the value it replaces, even one stamped by a clock running ahead', () => {
    // An export from a machine an hour ahead, imported here; then the interviewer rewrites the answer.
    const imported = setField(newInterview(), 'x', 'from the file', T + 3_600_000);
    const edited = setField(imported, 'x', 'typed here', T);
    expect(edited.fields.x).toEqual({ v: 'typed here', t: T + 3_600_001 });
    // Another panel still holding the imported copy merges it in: the edit stays.
    expect(mergeInterviews(edited, imported).fields.x?.v).toBe('typed here');
    expect(mergeInterviews(imported, edited).fields.x?.v).toBe('typed here');
  });
});

describe('toggleArena', () => {
  it('chooses up to four arenas and refuses a fifth', () => {
    const four = choose(newInterview(), 'technical', 'teamwork', 'leadership');
    const added = addCustomArena(four, script, 'Public speaking', 'own-1', T + 10);
    expect(added.refused).toBeUndefined();
    expect(ids(added.interview)).toEqual(['technical', 'teamwork', 'leadership', 'own-1']);

    const fifth = toggleArena(added.interview, script, 'personal', true, T + 11);
    expect(fifth.refused).toBe('limit');
    expect(fifth.interview).toBe(added.interview);
  });

  it('allows unticking at the limit, and ticking again afterwards', () => {
    const full = choose(newInterview(), 'technical', 'teamwork', 'leadership', 'personal');
    const dropped = toggleArena(full, script, 'teamwork', false, T + 20);
    expect(dropped.refused).toBeUndefined();
    expect(ids(dropped.interview)).toEqual(['technical', 'leadership', 'personal']);

    const again = toggleArena(dropped.interview, script, 'teamwork', true, T + 21);
    expect(again.refused).toBeUndefined();
    expect(ids(again.interview)).toEqual(['technical', 'teamwork', 'leadership', 'personal']);
  });

  it('re-ticking an arena that is already chosen at the limit is not refused', () => {
    const full = choose(newInterview(), 'technical', 'teamwork', 'leadership', 'personal');
    const same = toggleArena(full, script, 'technical', true, T + 30);
    expect(same.refused).toBeUndefined();
    expect(same.interview).toBe(full);
  });
});

describe('addCustomArena', () => {
  it.each([
    ['trims', '  Public speaking  ', 'Public speaking'],
    ['collapses inner whitespace', 'Public \t  speaking\n', 'Public speaking'],
  ])('%s the label', (_name, label, stored) => {
    const result = addCustomArena(newInterview(), script, label, 'own-1', T);
    expect(result.refused).toBeUndefined();
    expect(text(result.interview, keys.customArena('own-1'))).toBe(stored);
    expect(chosenArenas(result.interview, script)).toEqual([{ id: 'own-1', label: stored, custom: true }]);
  });

  it.each(['', '   ', '\n\t'])('refuses an empty label %j', (label) => {
    const interview = newInterview();
    const result = addCustomArena(interview, script, label, 'own-1', T);
    expect(result).toEqual({ interview, refused: 'empty' });
  });

  it.each([
    ['a built-in label, other case', 'technical GROWTH', 'technical'],
    ['an own label, other case and spacing', '  public   SPEAKING ', 'own-1'],
  ])('for %s chooses the existing arena instead of adding one', (_name, label, existingId) => {
    const withOwn = toggleArena(
      addCustomArena(newInterview(), script, 'Public speaking', 'own-1', T).interview,
      script,
      'own-1',
      false,
      T + 1,
    ).interview;
    expect(ids(withOwn)).toEqual([]);

    const result = addCustomArena(withOwn, script, label, 'own-2', T + 2);
    expect(result.refused).toBe('duplicate');
    expect(ids(result.interview)).toEqual([existingId]);
    expect(result.interview.fields[keys.customArena('own-2')]).toBeUndefined();
  });

  it('adds but does not choose a new arena when four are already chosen', () => {
    const full = choose(newInterview(), 'technical', 'teamwork', 'leadership', 'personal');
    const result = addCustomArena(full, script, 'Public speaking', 'own-1', T + 10);
    expect(result.refused).toBe('limit');
    expect(allArenas(result.interview, script).map((a) => a.id)).toContain('own-1');
    expect(ids(result.interview)).toEqual(['technical', 'teamwork', 'leadership', 'personal']);
    expect(result.interview.fields[keys.arena('own-1')]?.v).toBe(false);
  });

  it('says "full" when the label names an unchosen arena and four are already chosen', () => {
    const withOwn = addCustomArena(newInterview(), script, 'Public speaking', 'own-1', T).interview;
    const full = choose(
      toggleArena(withOwn, script, 'own-1', false, T + 1).interview,
      'technical',
      'teamwork',
      'leadership',
      'personal',
    );
    const result = addCustomArena(full, script, ' public  SPEAKING ', 'own-2', T + 20);
    expect(result.refused).toBe('full');
    expect(result.interview).toBe(full);
  });
});

describe('chosenArenas', () => {
  it('lists built-ins in script order, then own arenas by id, whatever the order of choosing', () => {
    let interview = newInterview();
    interview = addCustomArena(interview, script, 'Zebra', `${CUSTOM_ARENA_PREFIX}b`, T).interview;
    interview = choose(interview, 'personal');
    interview = addCustomArena(interview, script, 'Aardvark', `${CUSTOM_ARENA_PREFIX}a`, T + 10).interview;
    interview = choose(interview, 'technical');
    expect(chosenArenas(interview, script)).toEqual([
      { id: 'technical', label: 'Technical growth', custom: false },
      { id: 'personal', label: 'Personal development at work', custom: false },
      { id: 'own-a', label: 'Aardvark', custom: true },
      { id: 'own-b', label: 'Zebra', custom: true },
    ]);
  });

  it('leaves out an own arena whose label was blanked', () => {
    const added = addCustomArena(newInterview(), script, 'Public speaking', 'own-1', T).interview;
    const blanked = setField(added, keys.customArena('own-1'), '  ', T + 1);
    expect(chosenArenas(blanked, script)).toEqual([]);
  });
});

describe('newCustomArenaId', () => {
  it('is a valid script id with the own-arena prefix', () => {
    const id = newCustomArenaId(Date.UTC(2026, 0, 1), () => 0.5);
    expect(id.startsWith(CUSTOM_ARENA_PREFIX)).toBe(true);
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it.each([
    [0, 1],
    [999, 1000],
    [35, 36],
    [Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1) + 1],
    [Date.UTC(2026, 0, 1), Date.UTC(2100, 0, 1)],
  ])('sorts an id made at %i before one made at %i, whatever the salt', (earlier, later) => {
    const a = newCustomArenaId(earlier, () => 0.999999);
    const b = newCustomArenaId(later, () => 0);
    expect(a < b).toBe(true);
    expect([b, a].sort()).toEqual([a, b]);
  });

  it('differs between two panels in the same millisecond thanks to the salt', () => {
    expect(newCustomArenaId(1000, () => 0.1)).not.toBe(newCustomArenaId(1000, () => 0.2));
  });
});

describe('growth modes', () => {
  it('setPreferredMode ticks the mode it prefers', () => {
    const next = setPreferredMode(newInterview(), 'mentoring', T);
    expect(text(next, keys.preferredMode)).toBe('mentoring');
    expect(next.fields[keys.mode('mentoring')]).toEqual({ v: true, t: T });
  });

  it('unticking the preferred mode clears the preference', () => {
    const preferred = setPreferredMode(toggleMode(newInterview(), 'courses', true, T), 'mentoring', T + 1);
    const next = toggleMode(preferred, 'mentoring', false, T + 2);
    expect(next.fields[keys.mode('mentoring')]).toEqual({ v: false, t: T + 2 });
    expect(next.fields[keys.preferredMode]).toEqual({ v: '', t: T + 2 });
  });

  it('unticking another mode keeps the preference', () => {
    const preferred = setPreferredMode(toggleMode(newInterview(), 'courses', true, T), 'mentoring', T + 1);
    const next = toggleMode(preferred, 'courses', false, T + 2);
    expect(text(next, keys.preferredMode)).toBe('mentoring');
  });
});

describe('deriveNeeds', () => {
  const base = choose(newInterview(), 'technical', 'leadership');

  it('has no needs for a fresh interview', () => {
    expect(deriveNeeds(newInterview(), script)).toEqual([]);
  });

  it('takes only filled learn/obstacles answers of chosen arenas, then the preferred mode', () => {
    const interview = withFields(base, {
      [keys.grid('technical', 'strengths')]: 'Rust', // not a need
      [keys.grid('technical', 'learn')]: '  Distributed systems ',
      [keys.grid('technical', 'obstacles')]: '   ', // blank
      [keys.grid('leadership', 'obstacles')]: 'No reports yet',
      [keys.grid('teamwork', 'learn')]: 'Pairing', // arena not chosen
      [keys.answer('growth', 'notes')]: 'Learnt Go from a mentor',
    });
    const preferred = setPreferredMode(interview, 'mentoring', T + 100);
    expect(deriveNeeds(preferred, script)).toEqual([
      {
        id: 'reality/technical/learn',
        label: 'Technical growth — Wants to learn or improve',
        detail: 'Distributed systems',
        source: { kind: 'arena', arenaId: 'technical', questionId: 'learn' },
      },
      {
        id: 'reality/leadership/obstacles',
        label: 'Leadership growth — Biggest obstacles',
        detail: 'No reports yet',
        source: { kind: 'arena', arenaId: 'leadership', questionId: 'obstacles' },
        obstacle: true,
      },
      {
        id: 'growth/mentoring',
        label: 'Grows best through mentoring',
        detail: 'Learnt Go from a mentor',
        source: { kind: 'mode', modeId: 'mentoring' },
      },
    ]);
  });

  it('drops the needs of an arena that is unticked later', () => {
    const interview = withFields(base, { [keys.grid('technical', 'learn')]: 'Go' });
    const dropped = toggleArena(interview, script, 'technical', false, T + 100).interview;
    expect(deriveNeeds(dropped, script)).toEqual([]);
  });

  it('ignores a preferred mode the script does not know', () => {
    const interview = setField(base, keys.preferredMode, 'telepathy', T + 100);
    expect(deriveNeeds(interview, script)).toEqual([]);
  });
});

describe('stepProgress', () => {
  const step = (kind: Parameters<typeof stepOfKind>[1]) => must(stepOfKind(script, kind));
  const started = newInterview();
  const arenasChosen = choose(started, 'technical', 'teamwork');
  const gridHalf = withFields(arenasChosen, {
    [keys.grid('technical', 'strengths')]: 'APIs',
    [keys.grid('technical', 'learn')]: 'Kubernetes',
    [keys.grid('teamwork', 'obstacles')]: 'Remote team',
    [keys.grid('leadership', 'learn')]: 'not chosen, not counted',
  });
  const modes = setPreferredMode(toggleMode(started, 'courses', true, T), 'courses', T + 1);
  const matched = withFields(gridHalf, {
    [keys.offer('reality/technical/learn', 'people')]: 'Platform guild',
    [keys.noOffer('reality/teamwork/obstacles')]: true,
    [keys.answer('match', 'reaction')]: 'Keen',
  });

  it.each<[string, Parameters<typeof stepOfKind>[1], Interview, { done: number; total: number }]>([
    ['questions, fresh', 'questions', started, { done: 0, total: 2 }],
    [
      'questions, tick and note',
      'questions',
      withFields(started, { [keys.check('difference', 'said')]: true, [keys.answer('difference', 'note')]: 'ok' }),
      { done: 2, total: 2 },
    ],
    [
      'questions, blank note does not count',
      'questions',
      withFields(started, { [keys.answer('difference', 'note')]: '  ' }),
      { done: 0, total: 2 },
    ],
    ['arenaChoice, none chosen', 'arenaChoice', started, { done: 0, total: 1 }],
    ['arenaChoice, two chosen', 'arenaChoice', arenasChosen, { done: 1, total: 1 }],
    ['arenaGrid, no arena', 'arenaGrid', started, { done: 0, total: 0 }],
    ['arenaGrid, two arenas, none answered', 'arenaGrid', arenasChosen, { done: 0, total: 6 }],
    ['arenaGrid, two arenas, three answered', 'arenaGrid', gridHalf, { done: 3, total: 6 }],
    ['growthModes, fresh', 'growthModes', started, { done: 0, total: 3 }],
    ['growthModes, mode and preference', 'growthModes', modes, { done: 2, total: 3 }],
    ['match, no needs', 'match', started, { done: 0, total: 1 }],
    ['match, two needs, none answered', 'match', gridHalf, { done: 0, total: 3 }],
    ['match, offer + gap + reaction', 'match', matched, { done: 3, total: 3 }],
  ])('%s', (_name, kind, interview, expected) => {
    expect(stepProgress(interview, script, step(kind))).toEqual(expected);
  });
});

describe('isFilled', () => {
  it.each<[string | boolean | undefined, boolean]>([
    ['x', true],
    ['  x ', true],
    ['', false],
    [' \n', false],
    [true, true],
    [false, false],
    [undefined, false],
  ])('%j -> %s', (value, expected) => {
    expect(isFilled(value)).toBe(expected);
  });
});

describe('createClock', () => {
  it.each<[string, number[]]>([
    ['time moving on', [10, 20, 30]],
    ['time standing still', [50, 50, 50, 50]],
    ['time going back', [100, 90, 80, 101]],
    ['a mix', [5, 5, 4, 7, 7, 3]],
  ])('is strictly increasing with %s', (_name, readings) => {
    const queue = [...readings];
    const clock = createClock(() => must(queue.shift(), 'a clock reading'));
    const stamps = readings.map(() => clock());
    for (let i = 1; i < stamps.length; i += 1) expect(must(stamps[i])).toBeGreaterThan(must(stamps[i - 1]));
    expect(stamps[0]).toBe(readings[0]);
  });

  it('follows the wall clock when it moves ahead again', () => {
    const readings = [100, 100, 500];
    const clock = createClock(() => must(readings.shift()));
    expect([clock(), clock(), clock()]).toEqual([100, 101, 500]);
  });
});
