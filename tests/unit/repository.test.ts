import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keys, setField } from '../../lib/interview';
import { browserStorage } from '../../lib/storage/area';
import { interviewKey } from '../../lib/storage/registry';
import {
  createRepository,
  entryOf,
  parseIndex,
  parseInterview,
  QuarantinedError,
  type RepositoryEvent,
} from '../../lib/storage/repository';
import { CREATED_AT, newInterview, settle } from './support';

async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

const entry = (id: string, createdAt: number, candidate = `Candidate ${id}`) => ({ id, candidate, role: 'Engineer', createdAt });

describe('repository over browser.storage.local', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('writes and reads an interview back unchanged, under its own key', async () => {
    const repo = createRepository(browserStorage());
    const interview = setField(newInterview(), keys.answer('difference', 'note'), 'Line one\nline two', CREATED_AT + 1);
    await repo.writeInterview(interview);
    expect(await repo.readInterview(interview.id)).toEqual({ kind: 'ok', interview });
    expect(await stored(interviewKey(interview.id))).toEqual(interview);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['interview:interview-1']);
  });

  it('reads a missing interview as missing', async () => {
    const repo = createRepository(browserStorage());
    expect(await repo.readInterview('nobody-here')).toEqual({ kind: 'missing' });
  });

  it.each<[string, unknown, string]>([
    ['a record missing most fields', { schema: 1, id: 'x' }, 'id:'],
    ['a string', 'not an interview', '(root)'],
    ['a future schema version', { ...newInterview({ id: 'interview-9' }), schema: 2 }, 'schema:'],
    [
      'a field with a number as value',
      { ...newInterview({ id: 'interview-9' }), fields: { candidate: { v: 42, t: 1 } } },
      'fields.candidate.v:',
    ],
    [
      'a field without a stamp',
      { ...newInterview({ id: 'interview-9' }), fields: { candidate: { v: 'x' } } },
      'fields.candidate.t:',
    ],
  ])('quarantines %s: reports it with a path, refuses to write over it, keeps it byte for byte', async (_name, garbage, path) => {
    const id = 'interview-9';
    const key = interviewKey(id);
    await fakeBrowser.storage.local.set({ [key]: garbage });
    const before = JSON.stringify(await stored(key));
    const repo = createRepository(browserStorage());

    const result = await repo.readInterview(id);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problem.key).toBe(key);
    expect(result.problem.reasons.length).toBeGreaterThan(0);
    expect(result.problem.reasons.some((r) => r.startsWith(path))).toBe(true);

    await expect(repo.writeInterview(newInterview({ id }))).rejects.toBeInstanceOf(QuarantinedError);
    await expect(repo.writeInterview(newInterview({ id }))).rejects.toMatchObject({ key });
    expect(JSON.stringify(await stored(key))).toBe(before);
  });

  it('quarantines a record that turns invalid through a change seen by watch()', async () => {
    const repo = createRepository(browserStorage());
    const interview = newInterview();
    await repo.writeInterview(interview);
    const unwatch = repo.watch(() => {});
    await fakeBrowser.storage.local.set({ [interviewKey(interview.id)]: { broken: true } });
    await settle();
    await expect(repo.writeInterview(interview)).rejects.toBeInstanceOf(QuarantinedError);
    expect(await stored(interviewKey(interview.id))).toEqual({ broken: true });
    unwatch();
  });

  it('lifts the quarantine once the record reads as valid again', async () => {
    const id = 'interview-1';
    await fakeBrowser.storage.local.set({ [interviewKey(id)]: 'garbage' });
    const repo = createRepository(browserStorage());
    expect((await repo.readInterview(id)).kind).toBe('invalid');
    await fakeBrowser.storage.local.set({ [interviewKey(id)]: newInterview() });
    expect((await repo.readInterview(id)).kind).toBe('ok');
    await expect(repo.writeInterview(newInterview())).resolves.toBeUndefined();
  });

  it('indexInterview adds to the entries already there and updates one in place', async () => {
    const repo = createRepository(browserStorage());
    await fakeBrowser.storage.local.set({ index: { schema: 1, entries: { 'old-one': entry('old-one', 1) } } });
    await repo.indexInterview(entry('new-one', 2));
    await repo.indexInterview(entry('old-one', 1, 'Renamed'));
    expect(await stored('index')).toEqual({
      schema: 1,
      entries: { 'old-one': entry('old-one', 1, 'Renamed'), 'new-one': entry('new-one', 2) },
    });
    expect((await repo.readIndex()).entries.map((e) => [e.id, e.candidate])).toEqual([
      ['new-one', 'Candidate new-one'],
      ['old-one', 'Renamed'],
    ]);
  });

  it('indexInterview creates the index when there is none', async () => {
    const repo = createRepository(browserStorage());
    await repo.indexInterview(entry('first-one', 5));
    expect(await stored('index')).toEqual({ schema: 1, entries: { 'first-one': entry('first-one', 5) } });
  });

  it.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['a future version', { schema: 2, entries: {} }],
    ['entries that are not a record', { schema: 1, entries: [1, 2] }],
  ])('indexInterview refuses to overwrite a corrupt index (%s)', async (_name, corrupt) => {
    await fakeBrowser.storage.local.set({ index: corrupt });
    const repo = createRepository(browserStorage());
    await expect(repo.indexInterview(entry('new-one', 2))).rejects.toBeInstanceOf(QuarantinedError);
    expect(await stored('index')).toEqual(corrupt);
  });

  it('readIndex rebuilds the list from the records when the index is corrupt, and reports both', async () => {
    const good = newInterview({ id: 'good-one', candidate: 'Grace' });
    const older = newInterview({ id: 'older-one', candidate: 'Alan' }, CREATED_AT - 1000);
    await fakeBrowser.storage.local.set({
      index: 'garbage',
      [interviewKey(good.id)]: good,
      [interviewKey(older.id)]: older,
      [interviewKey('bad-one')]: { schema: 1 },
      unrelated: { schema: 1 },
    });
    const repo = createRepository(browserStorage());
    const index = await repo.readIndex();
    expect(index.entries).toEqual([entryOf(good), entryOf(older)]);
    expect(index.problems.map((p) => p.key)).toEqual(['index', 'interview:bad-one']);
    expect(await stored('index')).toBe('garbage');
    await expect(repo.writeInterview(newInterview({ id: 'bad-one' }))).rejects.toBeInstanceOf(QuarantinedError);
  });

  it('entryOf describes an interview for the list', () => {
    const interview = newInterview({ candidate: 'Ada', role: 'CTO' });
    expect(entryOf(interview)).toEqual({ id: 'interview-1', candidate: 'Ada', role: 'CTO', createdAt: CREATED_AT });
  });
});

describe('parseIndex', () => {
  it('reads no index as empty, without problems', () => {
    expect(parseIndex(undefined)).toEqual({ entries: [], problems: [] });
  });

  it('sorts entries newest first, then by id', () => {
    const raw = { schema: 1, entries: { b: entry('b', 5), a: entry('a', 5), c: entry('c', 9), d: entry('d', 1) } };
    expect(parseIndex(raw).entries.map((e) => e.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it.each<[string, unknown, string]>([
    ['an entry without a role', { id: 'bad', candidate: 'X', createdAt: 3 }, 'role:'],
    ['an entry that is a number', 7, '(root)'],
    ['an entry whose id does not match its key', entry('elsewhere', 3), 'id does not match its key'],
  ])('skips %s, keeps the others and reports it', (_name, bad, reason) => {
    const raw = { schema: 1, entries: { one: entry('one', 1), bad, two: entry('two', 2) } };
    const index = parseIndex(raw);
    expect(index.entries.map((e) => e.id)).toEqual(['two', 'one']);
    expect(index.problems).toHaveLength(1);
    expect(index.problems[0]?.key).toBe('index.entries.bad');
    expect(index.problems[0]?.reasons.some((r) => r.startsWith(reason))).toBe(true);
  });
});

describe('parseInterview', () => {
  it('reads undefined as missing and a valid record as ok', () => {
    expect(parseInterview('interview:x', undefined)).toEqual({ kind: 'missing' });
    const interview = newInterview();
    expect(parseInterview('interview:x', interview)).toEqual({ kind: 'ok', interview });
  });

  it('limits the reasons to a few lines and says how many more there were', () => {
    const result = parseInterview('interview:x', { schema: 9, id: 1, scriptId: 2, createdAt: 'x', fields: 3, writer: 4 });
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problem.reasons).toHaveLength(6);
    expect(result.problem.reasons.at(-1)).toBe('…and 1 more');
  });
});

describe('repository.watch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('turns storage changes into validated events and ignores keys it does not own', async () => {
    const repo = createRepository(browserStorage());
    const events: RepositoryEvent[] = [];
    const unwatch = repo.watch((e) => events.push(e));
    const interview = newInterview();

    await fakeBrowser.storage.local.set({ [interviewKey(interview.id)]: interview });
    await fakeBrowser.storage.local.set({ [interviewKey('broken-one')]: { schema: 1 } });
    await fakeBrowser.storage.local.set({ index: { schema: 1, entries: { 'interview-1': entry('interview-1', 1) } } });
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await settle();

    expect(events).toEqual([
      { kind: 'interview', id: 'interview-1', result: { kind: 'ok', interview } },
      {
        kind: 'interview',
        id: 'broken-one',
        result: { kind: 'invalid', problem: expect.objectContaining({ key: 'interview:broken-one' }) },
      },
      { kind: 'index', index: { entries: [entry('interview-1', 1)], problems: [] } },
    ]);

    unwatch();
    await fakeBrowser.storage.local.set({ [interviewKey(interview.id)]: interview });
    await settle();
    expect(events).toHaveLength(3);
  });

  it('ignores changes in other storage areas', async () => {
    const listener = vi.fn();
    const unwatch = createRepository(browserStorage()).watch(listener);
    await fakeBrowser.storage.session.set({ [interviewKey('interview-1')]: newInterview() });
    await settle();
    expect(listener).not.toHaveBeenCalled();
    unwatch();
  });
});
