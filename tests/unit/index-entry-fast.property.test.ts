import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexEntrySchema, STATUSES, wellFormedIndexEntry } from '../../lib/storage/registry';
import { parseIndex } from '../../lib/storage/repository';

/** Values near a valid entry: each field either right, or of a wrong or borderline kind. */
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 4, arbitrary: valid },
    fc.constantFrom(undefined, null, '', 0, -1, Number.NaN, Number.POSITIVE_INFINITY, 1.5, true, [], {}, 'active', 'Active'),
    fc.anything(),
  );

const nearEntry = fc.record(
  {
    id: field(fc.string()),
    candidate: field(fc.string()),
    role: field(fc.string()),
    createdAt: field(fc.oneof(fc.integer(), fc.double())),
    status: field(fc.constantFrom(...STATUSES)),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('the index entry fast path agrees with IndexEntrySchema', () => {
  it('never accepts what the schema rejects, and gives the schema’s output when it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(nearEntry, fc.anything()), (value) => {
        const fast = wellFormedIndexEntry(value);
        const zod = IndexEntrySchema.safeParse(value);
        if (fast !== undefined) {
          expect(zod.success).toBe(true);
          expect(fast).toEqual(zod.data);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts every entry the schema accepts as JSON can store it (so the fast path is the one taken)', () => {
    const stored = fc.record({
      id: fc.string({ minLength: 1 }),
      candidate: fc.string(),
      role: fc.string(),
      createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
      status: fc.constantFrom(...STATUSES),
    });
    fc.assert(
      fc.property(stored, (entry) => {
        const fromJson = JSON.parse(JSON.stringify(entry)) as unknown;
        expect(wellFormedIndexEntry(fromJson)).toEqual(IndexEntrySchema.parse(fromJson));
      }),
    );
  });

  it('a bad entry still gets the schema’s reasons, next to good ones', () => {
    const good = { id: 'good', candidate: 'A', role: 'B', createdAt: 1, status: 'done' };
    const bad = { id: 'bad', candidate: 7, role: 'B', createdAt: Number.NaN, status: 'lost' };
    const index = parseIndex({ schema: 2, entries: { good, bad } });
    expect(index.entries).toEqual([good]);
    expect(index.problems).toEqual([
      {
        key: 'index.entries.bad',
        reasons: [
          'candidate: expected string',
          'createdAt: expected number',
          'status: expected one of "active", "done", "archived"',
        ],
      },
    ]);
  });
});
