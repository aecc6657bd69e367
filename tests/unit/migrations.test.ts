import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../lib/interview';
import { reverseInterview } from '../../lib/script';
import { stepProgress } from '../../lib/steps';
import { DraftsSchema } from '../../lib/storage/drafts';
import { decodeIndexEntries, registry } from '../../lib/storage/registry';
import { parseIndex } from '../../lib/storage/repository';
import { readVersioned, type Versioned } from '../../lib/storage/versioned';
import { buildSummary, plain } from '../../lib/summary';
import { describeIssues, z } from '../../lib/zod';

/** One JSON file per stored item per schema version: `<item>-v<N>.json`. */
const FIXTURES = fileURLToPath(new URL('../fixtures/storage/', import.meta.url));

function fixtures(): { file: string; item: string; version: number; raw: unknown }[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .map((file) => {
      const match = /^([a-z]+)-v(\d+)\.json$/.exec(file);
      if (!match) throw new Error(`${file}: fixture names are <item>-v<N>.json`);
      return { file, item: match[1] ?? '', version: Number(match[2]), raw: JSON.parse(readFileSync(FIXTURES + file, 'utf8')) };
    });
}

/** Checks the current schema leaves to later validation (index entries are read one by one). */
const deepProblems: Partial<Record<keyof typeof registry, (value: unknown) => string[]>> = {
  index: (value) => parseIndex(value).problems.flatMap((p) => p.reasons.map((r) => `${p.key}: ${r}`)),
  // The registry declares the drafts' envelope; the options page reads each draft in full.
  drafts: (value) => {
    const read = DraftsSchema.safeParse(value);
    return read.success ? [] : describeIssues(read.error);
  },
};

describe('migration chain', () => {
  it('every fixture of every version reads through the whole chain into a valid current value, and one exists per version', () => {
    const all = fixtures();
    const items = registry as Record<string, Versioned<unknown>>;

    const wanted = Object.entries(items).flatMap(([name, item]) =>
      Array.from({ length: item.version }, (_, i) => `${name}-v${i + 1}.json`),
    );
    expect(all.map((f) => f.file).sort()).toEqual(wanted.sort());

    for (const { file, item: name, version, raw } of all) {
      const item = items[name];
      if (!item) throw new Error(`${file}: no registry item "${name}"`);
      expect((raw as { schema?: unknown }).schema, `${file} declares its version`).toBe(version);
      const before = structuredClone(raw);

      const read = readVersioned(item, raw);
      expect(read, file).toMatchObject({ kind: 'ok', from: version });
      if (read.kind !== 'ok') continue;
      expect(item.schema.safeParse(read.value).success, file).toBe(true);
      expect((read.value as { schema: number }).schema, file).toBe(item.version);
      expect(deepProblems[name as keyof typeof registry]?.(read.value) ?? [], file).toEqual([]);
      expect(raw, `${file} is not changed by reading it`).toEqual(before);
    }
  });

  it('index v1 -> v2 keeps every entry and marks it "in progress"', () => {
    const v1 = fixtures().find((f) => f.file === 'index-v1.json')?.raw as { entries: Record<string, object> };
    const index = parseIndex(v1);
    expect(index.problems).toEqual([]);
    expect(index.entries).toHaveLength(Object.keys(v1.entries).length);
    for (const entry of index.entries) expect(entry).toEqual({ ...v1.entries[entry.id], status: 'active' });
  });

  it('interview v1 -> v2 scopes each kind field to its step, keeping every value and stamp', () => {
    const v1 = fixtures().find((f) => f.file === 'interview-v1.json')?.raw as Interview;
    const v2 = fixtures().find((f) => f.file === 'interview-v2.json')?.raw as Interview;
    const read = readVersioned(registry.interview, v1);
    expect(read).toMatchObject({ kind: 'ok', from: 1 });
    if (read.kind !== 'ok') return;
    expect(read.value).toEqual(v2);
    // Nothing lost or merged: the same values and stamps, one field for one field.
    const stamps = (i: Interview) =>
      Object.values(i.fields)
        .map((f) => JSON.stringify(f))
        .sort();
    expect(stamps(read.value)).toEqual(stamps(v1));
    // Spot checks written out by hand, so the fixture cannot drift with the code that made it.
    expect(read.value.fields).toMatchObject({
      'arena:arenas:own-1794000000000': { v: true },
      'grid:reality:technical:learn': { v: v1.fields['grid:technical:learn']?.v },
      'preferredMode:growth': { v: 'mentoring' },
      'offer:match:reality/technical/learn:people': { v: v1.fields['offer:technical/learn:people']?.v },
      'mark:offer:match:reality/technical/learn:people': { v: 'followup' },
      'gap:match:growth/mentoring': { v: true },
      'match:match:growth/mentoring:guild': { v: 'rejected' },
    });
  });

  it('interview v1, once migrated, reads in the built-in script as it was written: every step and the summary', () => {
    const v1 = fixtures().find((f) => f.file === 'interview-v1.json')?.raw as Interview;
    const read = readVersioned(registry.interview, v1);
    if (read.kind !== 'ok') throw new Error('v1 fixture does not read');
    const interview = read.value;
    for (const step of reverseInterview.steps) {
      expect(stepProgress(interview, reverseInterview, step).done, step.id).toBeGreaterThan(0);
    }
    const text = plain.render(buildSummary(interview, reverseInterview, { listRejected: true })).text;
    for (const words of [
      'Technical growth; Leadership growth; Public speaking (their own)',
      v1.fields['grid:technical:learn']?.v,
      v1.fields['grid:leadership:learn']?.v,
      'Prefers: Mentoring',
      'Nothing we can honestly offer here',
      'Study days (Two a month, from day one)',
      'Rejected: guild',
    ]) {
      expect(text).toContain(String(words));
    }
    expect(text).toMatch(/Gap: .*mentoring/i);
  });

  it('index v2 -> v3 keeps every entry as it was, as JSON text', () => {
    const v2 = fixtures().find((f) => f.file === 'index-v2.json')?.raw as { entries: Record<string, object> };
    const read = readVersioned(registry.index, v2);
    expect(read).toMatchObject({ kind: 'ok', from: 2 });
    if (read.kind !== 'ok') return;
    expect(decodeIndexEntries(read.value)).toEqual(v2.entries);
    expect(parseIndex(v2).entries).toHaveLength(Object.keys(v2.entries).length);
  });

  it.each<[string, unknown]>([
    ['an array', [1, 2]],
    ['a string', 'ab'],
    ['null', null],
    ['missing', undefined],
  ])('index v2 whose entries are %s fails its migration and stays as it was', (_name, entries) => {
    const raw = { schema: 2, entries };
    const read = readVersioned(registry.index, raw);
    expect(read).toEqual({
      kind: 'invalid',
      reasons: ['(root): migration from schema 2 failed: Error: entries is not a record'],
    });
    expect(raw).toEqual({ schema: 2, entries });
  });

  it.each<[string, string, RegExp]>([
    ['text that is not JSON', '{"a": ', /^entriesJson: not JSON/],
    ['an array', '[1,2]', /^entriesJson: expected an object/],
    ['null', 'null', /^entriesJson: expected an object/],
  ])('index v3 whose entries are %s is reported as one problem on the index', (_name, entriesJson, reason) => {
    expect(parseIndex({ schema: 3, entriesJson })).toEqual({
      entries: [],
      problems: [{ key: 'index', reasons: [expect.stringMatching(reason)] }],
    });
  });

  it.each<[string, unknown]>([
    ['an array', [1, 2]],
    ['a string', 'ab'],
    ['null', null],
    ['missing', undefined],
  ])('index v1 whose entries are %s fails its migration instead of being reshaped', (_name, entries) => {
    const raw = { schema: 1, entries };
    const read = readVersioned(registry.index, raw);
    expect(read).toEqual({ kind: 'invalid', reasons: [expect.stringMatching(/^\(root\): migration from schema 1 failed: /)] });
    expect(raw).toEqual({ schema: 1, entries });
  });
});

// ── readVersioned on a made-up item with three versions ────────────────────

const Current = z.object({ schema: z.literal(3), name: z.string(), tags: z.array(z.string()) });
type Current = z.infer<typeof Current>;

/** v1 `{ title }` -> v2 `{ name }` -> v3 `{ name, tags }`. */
const item: Versioned<Current> = {
  version: 3,
  schema: Current,
  migrations: {
    1: ({ title, ...rest }: { title: unknown }) => ({ ...rest, schema: 2, name: title }),
    2: (v2: { tags?: unknown }) => ({ ...v2, schema: 3, tags: v2.tags ?? [] }),
  },
};

describe('readVersioned', () => {
  it.each<[number, unknown]>([
    [1, { schema: 1, title: 'First' }],
    [2, { schema: 2, name: 'First' }],
    [3, { schema: 3, name: 'First', tags: [] }],
  ])('reads version %i through the rest of the chain', (from, raw) => {
    expect(readVersioned(item, raw)).toEqual({ kind: 'ok', value: { schema: 3, name: 'First', tags: [] }, from });
  });

  it('refuses a version newer than it knows, saying so', () => {
    const read = readVersioned(item, { schema: 4, name: 'From the future', tags: [] });
    expect(read).toEqual({ kind: 'invalid', reasons: ['(root): written by a newer version of the extension (schema 4)'] });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'schema 3'],
    ['a number', 3],
    ['an array', [{ schema: 3 }]],
    ['no schema key', { name: 'x', tags: [] }],
    ['a schema that is a string', { schema: '3', name: 'x', tags: [] }],
    ['schema 0', { schema: 0 }],
    ['a negative schema', { schema: -1 }],
    ['a fractional schema', { schema: 1.5 }],
    ['NaN', { schema: Number.NaN }],
    ['Infinity', { schema: Number.POSITIVE_INFINITY }],
  ])('reports a missing or garbage schema version (%s)', (_name, raw) => {
    expect(readVersioned(item, raw)).toEqual({ kind: 'invalid', reasons: ['(root): no schema version'] });
  });

  it('a migration that throws: invalid with the step and the error, and the input object is not mutated', () => {
    const throwing: Versioned<Current> = {
      ...item,
      migrations: {
        ...item.migrations,
        2: (v2: { name: string; nested: { list: number[] }; schema?: number }) => {
          // Mutates what it was given before failing: the caller's object must not see it.
          v2.nested.list.push(4);
          v2.name = 'changed';
          delete v2.schema;
          throw new Error('cannot split the name');
        },
      },
    };
    const raw = { schema: 1, title: 'Ada', nested: { list: [1, 2, 3] } };
    const before = structuredClone(raw);
    const read = readVersioned(throwing, raw);
    expect(read).toEqual({ kind: 'invalid', reasons: ['(root): migration from schema 2 failed: Error: cannot split the name'] });
    expect(raw).toEqual(before);
  });

  it('a migration that mutates its input and succeeds still leaves the input alone', () => {
    const mutating: Versioned<Current> = {
      ...item,
      migrations: {
        ...item.migrations,
        1: (v1: { schema: number; title?: string; name?: string }) => {
          v1.schema = 2;
          v1.name = v1.title;
          delete v1.title;
          return v1;
        },
      },
    };
    const raw = { schema: 1, title: 'Ada' };
    expect(readVersioned(mutating, raw)).toMatchObject({ kind: 'ok', value: { name: 'Ada' } });
    expect(raw).toEqual({ schema: 1, title: 'Ada' });
  });

  it('a missing step in the chain is reported, not skipped', () => {
    const gap: Versioned<Current> = { ...item, migrations: { 1: item.migrations[1] as (v: unknown) => unknown } };
    expect(readVersioned(gap, { schema: 1, title: 'x' })).toEqual({
      kind: 'invalid',
      reasons: ['(root): no migration from schema 2'],
    });
  });

  it('a value that migrates but fails validation says "after migration from schema N" with the path', () => {
    const read = readVersioned(item, { schema: 1, title: 42, tags: ['ok', 7] });
    expect(read.kind).toBe('invalid');
    if (read.kind !== 'invalid') return;
    expect(read.reasons).toEqual([
      'after migration from schema 1: name: expected string',
      'after migration from schema 1: tags.1: expected string',
    ]);
  });

  it('a current-version value that fails validation has no migration prefix', () => {
    expect(readVersioned(item, { schema: 3, name: 'x', tags: 'none' })).toEqual({
      kind: 'invalid',
      reasons: ['tags: expected array'],
    });
  });
});
