import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InterviewSchema } from '../../lib/interview';
import { registry } from '../../lib/storage/registry';
import { parseIndex, parseInterview, parseSettings } from '../../lib/storage/repository';
import { readVersioned, type Versioned } from '../../lib/storage/versioned';
import { newInterview, withFields } from './support';
import { type Json, mutate, mutation } from './support/mutate';
import { keys } from './support/ri';

const KEY = 'interview:random';
const TOP_LEVEL = ['schema', 'id', 'scriptId', 'scriptVersion', 'createdAt', 'fields', 'writer'];

/**
 * A reason names where the problem is: `(root)` or a path into the record,
 * then the problem (`fields.answer:difference:note.t: expected number`).
 * The last line may count the reasons left out.
 */
function expectPaths(reasons: string[]): void {
  expect(reasons.length).toBeGreaterThan(0);
  reasons.forEach((reason, i) => {
    if (i === reasons.length - 1 && i > 0 && /^…and \d+ more$/.test(reason)) return;
    const bare = reason.replace(/^after migration from schema \d+: /, '');
    const root = bare.startsWith('(root): ');
    const path = TOP_LEVEL.some((k) => bare.startsWith(`${k}: `) || bare.startsWith(`${k}.`));
    expect(root || path, reason).toBe(true);
    expect(bare).toMatch(/: \S/);
  });
}

/** Everything `parseInterview` may say, checked for shape. */
function checkRead(raw: unknown): void {
  const before = structuredClone(raw);
  const result = parseInterview(KEY, raw);
  switch (result.kind) {
    case 'missing':
      expect(raw === undefined || raw === null).toBe(true);
      break;
    case 'ok':
      expect(InterviewSchema.safeParse(result.interview).success).toBe(true);
      expect(result.interview).not.toBe(raw);
      break;
    case 'invalid':
      expect(result.problem.key).toBe(KEY);
      expectPaths(result.problem.reasons);
  }
  expect(raw).toEqual(before);
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Mostly the valid choice, sometimes something else. */
const mostly = <T>(valid: fc.Arbitrary<T>, ...others: fc.Arbitrary<unknown>[]) =>
  fc.oneof({ arbitrary: valid as fc.Arbitrary<unknown>, weight: 8 }, ...others.map((arbitrary) => ({ arbitrary, weight: 1 })));

/** Records shaped roughly like an interview, each part valid or not, some parts missing. */
const almostInterview = fc.record(
  {
    schema: mostly(fc.constant(2), fc.integer({ min: -2, max: 4 }), anything),
    id: mostly(fc.stringMatching(/^[A-Za-z0-9_-]{6,64}$/), fc.string(), anything),
    scriptId: mostly(fc.constant('reverse-interview'), fc.string(), anything),
    createdAt: mostly(fc.nat(), fc.double(), anything),
    fields: mostly(
      fc.dictionary(
        fc.oneof(
          { arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9:/._-]{0,20}$/), weight: 8 },
          fc.string(),
          fc.constantFrom('__proto__', 'constructor', 'toString'),
        ),
        mostly(
          fc.record({ v: fc.oneof(fc.string(), fc.boolean()), t: mostly(fc.nat(), fc.double()) }),
          fc.record({ v: anything, t: anything }, { requiredKeys: [] }),
          anything,
        ),
        { maxKeys: 4 },
      ),
      anything,
    ),
    writer: mostly(fc.string(), anything),
  },
  { requiredKeys: ['schema', 'id', 'scriptId', 'createdAt'] },
);

describe('the interview validator under random input', () => {
  it('anything at all: never throws; ok values pass the schema, invalid ones say where', () => {
    fc.assert(fc.property(anything, checkRead), { numRuns: 1500 });
  });

  it('records shaped almost like an interview: never throw; ok values pass the schema, invalid ones say where', () => {
    let ok = 0;
    fc.assert(
      fc.property(almostInterview, (raw) => {
        checkRead(raw);
        if (parseInterview(KEY, raw).kind === 'ok') ok += 1;
      }),
      { numRuns: 1500 },
    );
    // The generator is not so wild that nothing ever passes.
    expect(ok).toBeGreaterThan(100);
  });

  it('mutations of a valid interview: never throw; ok values pass the schema, invalid ones say where', () => {
    const valid = withFields(newInterview(), {
      [keys.answer('difference', 'note')]: 'Keen on mentoring',
      [keys.arena('technical')]: true,
      [keys.grid('technical', 'learn')]: 'Rust',
    }) as unknown as Json;
    const outcomes = { ok: 0, invalid: 0 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const raw = structuredClone(valid);
        for (const m of mutations) mutate(raw, m);
        checkRead(raw);
        const kind = parseInterview(KEY, raw).kind;
        if (kind !== 'missing') outcomes[kind] += 1;
        expect('polluted' in {}).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(outcomes.ok).toBeGreaterThan(50);
    expect(outcomes.invalid).toBeGreaterThan(50);
  });

  it('every registry item read through readVersioned: never throws, ok values pass its schema', () => {
    const items = Object.values(registry) as Versioned<unknown>[];
    fc.assert(
      fc.property(
        fc.constantFrom(...items),
        fc.oneof(anything, fc.record({ schema: fc.integer({ min: 0, max: 3 }), entries: anything, items: anything })),
        (item, raw) => {
          const read = readVersioned(item, raw);
          if (read.kind === 'ok') expect(item.schema.safeParse(read.value).success).toBe(true);
          else expect(read.reasons.length).toBeGreaterThan(0);
          const index = parseIndex(raw);
          for (const problem of index.problems) expect(problem.reasons.length).toBeGreaterThan(0);
          expect(registry.settings.schema.safeParse(parseSettings(raw)).success).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
