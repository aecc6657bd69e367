import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldValue, hasNewerFields, type Interview, mergeInterviews } from '../../lib/interview';

type Fields = Record<string, [FieldValue, number]>;

function interview(fields: Fields, writer?: string): Interview {
  return {
    schema: 2,
    id: 'interview-1',
    scriptId: 'reverse-interview',
    createdAt: 1,
    fields: Object.fromEntries(Object.entries(fields).map(([k, [v, t]]) => [k, { v, t }])),
    ...(writer ? { writer } : {}),
  };
}

describe('mergeInterviews', () => {
  it.each<[string, Fields, Fields, Fields]>([
    ['newer incoming wins', { a: ['old', 1] }, { a: ['new', 2] }, { a: ['new', 2] }],
    ['newer local wins', { a: ['mine', 5] }, { a: ['theirs', 2] }, { a: ['mine', 5] }],
    ['a tie keeps local', { a: ['mine', 3] }, { a: ['theirs', 3] }, { a: ['mine', 3] }],
    ['fields only incoming has are added', { a: ['x', 1] }, { b: [true, 1] }, { a: ['x', 1], b: [true, 1] }],
    [
      'each field decides on its own',
      { a: ['mine', 9], b: ['mine', 1], c: [false, 4] },
      { a: ['theirs', 2], b: ['theirs', 8], d: ['only theirs', 1] },
      { a: ['mine', 9], b: ['theirs', 8], c: [false, 4], d: ['only theirs', 1] },
    ],
    ['an older empty value does not wipe newer text', { a: ['typed', 7] }, { a: ['', 6] }, { a: ['typed', 7] }],
  ])('%s', (_name, local, incoming, expected) => {
    const merged = mergeInterviews(interview(local, 'me'), interview(incoming, 'them'));
    expect(merged.fields).toEqual(interview(expected).fields);
    expect(merged.writer).toBe('me');
  });

  it.each<[string, Fields, Fields]>([
    ['incoming is empty', { a: ['x', 1] }, {}],
    ['incoming is older everywhere', { a: ['x', 5], b: ['y', 5] }, { a: ['old', 4], b: ['old', 1] }],
    ['incoming is our own echo', { a: ['x', 5] }, { a: ['x', 5] }],
  ])('returns local itself when %s', (_name, local, incoming) => {
    const mine = interview(local);
    expect(mergeInterviews(mine, interview(incoming))).toBe(mine);
  });

  it('does not modify its inputs', () => {
    const local = interview({ a: ['x', 1] });
    const incoming = interview({ a: ['y', 2], b: ['z', 2] });
    const before = structuredClone([local, incoming]);
    mergeInterviews(local, incoming);
    expect([local, incoming]).toEqual(before);
  });
});

describe('hasNewerFields', () => {
  it.each<[string, Fields, Fields, boolean]>([
    ['a field b lacks', { a: ['x', 1] }, {}, true],
    ['a field newer than b', { a: ['x', 2] }, { a: ['y', 1] }, true],
    ['a tie', { a: ['x', 2] }, { a: ['y', 2] }, false],
    ['only older fields', { a: ['x', 1] }, { a: ['y', 2] }, false],
    ['nothing at all', {}, { a: ['y', 2] }, false],
  ])('a with %s -> %s', (_name, a, b, expected) => {
    expect(hasNewerFields(interview(a), interview(b))).toBe(expected);
  });

  // The schema allows these keys; `fields[key]` would find Object.prototype's member where the field is missing.
  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty'])(
    'treats a field named %s as a field like any other',
    (key) => {
      expect(hasNewerFields(interview({ [key]: ['x', 1] }), interview({}))).toBe(true);
      expect(hasNewerFields(interview({}), interview({ [key]: ['x', 1] }))).toBe(false);
      expect(mergeInterviews(interview({}), interview({ [key]: ['x', 1] })).fields[key]).toEqual({ v: 'x', t: 1 });
      const local = interview({ a: ['y', 2] });
      expect(mergeInterviews(local, interview({}))).toBe(local);
    },
  );

  it('is false for the merge against what it merged in, unless local had more', () => {
    const local = interview({ a: ['x', 1], b: ['mine', 9] });
    const incoming = interview({ a: ['y', 2] });
    const merged = mergeInterviews(local, incoming);
    expect(hasNewerFields(merged, incoming)).toBe(true);
    expect(hasNewerFields(incoming, merged)).toBe(false);
  });
});

describe('mergeInterviews properties', () => {
  const key = fc.constantFrom('candidate', 'answer:difference:note', 'arena:technical', 'grid:technical:learn', 'mode:courses');
  const value = fc.oneof(fc.string({ maxLength: 8 }), fc.boolean());
  const entries = fc.array(fc.tuple(key, value), { maxLength: 6 });

  /** Two interviews whose stamps are all distinct, so no tie decides anything. */
  const distinctPair = fc
    .tuple(entries, entries, fc.uniqueArray(fc.nat({ max: 1_000_000 }), { minLength: 12, maxLength: 12 }))
    .map(([a, b, stamps]) => {
      const build = (list: [string, FieldValue][], offset: number) =>
        interview(Object.fromEntries(list.map(([k, v], i) => [k, [v, stamps[offset + i] ?? 0]])));
      return [build(a, 0), build(b, 6)] as const;
    });

  /** Two interviews whose stamps may collide. */
  const anyPair = fc
    .tuple(entries, entries, fc.array(fc.nat({ max: 3 }), { minLength: 12, maxLength: 12 }))
    .map(([a, b, stamps]) => {
      const build = (list: [string, FieldValue][], offset: number) =>
        interview(Object.fromEntries(list.map(([k, v], i) => [k, [v, stamps[offset + i] ?? 0]])));
      return [build(a, 0), build(b, 6)] as const;
    });

  it('gives the same fields whichever side merges when stamps are distinct', () => {
    fc.assert(
      fc.property(distinctPair, ([a, b]) => {
        expect(mergeInterviews(a, b).fields).toEqual(mergeInterviews(b, a).fields);
      }),
    );
  });

  it('keeps, per field, the value with the highest stamp', () => {
    fc.assert(
      fc.property(distinctPair, ([a, b]) => {
        const merged = mergeInterviews(a, b);
        for (const k of new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])) {
          const candidates = [a.fields[k], b.fields[k]].filter((f) => f !== undefined);
          const newest = candidates.reduce((x, y) => (y.t > x.t ? y : x));
          expect(merged.fields[k]).toEqual(newest);
        }
      }),
    );
  });

  it('is idempotent: merging the same thing again changes nothing', () => {
    fc.assert(
      fc.property(anyPair, ([a, b]) => {
        const once = mergeInterviews(a, b);
        expect(mergeInterviews(once, b)).toBe(once);
        expect(mergeInterviews(once, once)).toBe(once);
        expect(mergeInterviews(a, a)).toBe(a);
        expect(hasNewerFields(b, once)).toBe(false);
      }),
    );
  });
});
