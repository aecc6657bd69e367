import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setField } from '../../lib/interview';
import { entryOf } from '../../lib/interview/entry';
import { browserStorage } from '../../lib/platform/storage';
import type { Storage } from '../../lib/storage/port';
import { type IndexEntry, interviewKey, registry } from '../../lib/storage/registry';
import {
  createRepository,
  parseIndex,
  parseInterview,
  QuarantinedError,
  type RepositoryEvent,
} from '../../lib/storage/repository';
import { CREATED_AT, implementGetKeys, newInterview, settle, stored, storedIndex, withFields } from './support';
import { keys } from './support/ri';

/** An index entry as the current schema (v2) stores it. */
const entry = (id: string, createdAt: number, candidate = `Candidate ${id}`, status: IndexEntry['status'] = 'active') => ({
  id,
  candidate,
  role: 'Engineer',
  createdAt,
  status,
});

/** The same entry as a v1 index stored it, before statuses existed. */
const entryV1 = (id: string, createdAt: number, candidate = `Candidate ${id}`) => ({
  id,
  candidate,
  role: 'Engineer',
  createdAt,
});

describe('repository over browser.storage.local', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('writes and reads an interview back unchanged but for its writer, under its own key', async () => {
    const repo = createRepository(browserStorage(), { writerId: 'this-page' });
    const typed = setField(newInterview(), keys.answer('difference', 'note'), 'Line one\nline two', CREATED_AT + 1);
    await repo.writeInterview(typed);
    // Stamped with the page's writer id, so its change coming back is known as its own.
    const interview = { ...typed, writer: 'this-page' };
    expect(await repo.readInterview(interview.id)).toEqual({ kind: 'ok', interview });
    expect(await stored(interviewKey(interview.id))).toEqual(interview);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['interview:interview-1']);
  });

  it('reads a missing interview as missing', async () => {
    const repo = createRepository(browserStorage());
    expect(await repo.readInterview('nobody-here')).toEqual({ kind: 'missing' });
  });

  it.each<[string, unknown, string]>([
    ['a record missing most fields', { schema: 2, id: 'x' }, 'id:'],
    ['a string', 'not an interview', '(root)'],
    ['a future schema version', { ...newInterview({ id: 'interview-9' }), schema: 3 }, '(root): written by a newer version'],
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
    await fakeBrowser.storage.local.set({ index: { schema: 2, entries: { 'old-one': entry('old-one', 1) } } });
    await repo.indexInterview(entry('new-one', 2));
    await repo.indexInterview(entry('old-one', 1, 'Renamed', 'done'));
    expect(await storedIndex()).toEqual({
      schema: 3,
      entries: { 'old-one': entry('old-one', 1, 'Renamed', 'done'), 'new-one': entry('new-one', 2) },
    });
    expect((await repo.readIndex()).entries.map((e) => [e.id, e.candidate])).toEqual([
      ['new-one', 'Candidate new-one'],
      ['old-one', 'Renamed'],
    ]);
  });

  it('indexInterview over a v1 index writes a v3 index, every old entry "in progress"', async () => {
    const repo = createRepository(browserStorage());
    await fakeBrowser.storage.local.set({ index: { schema: 1, entries: { 'old-one': entryV1('old-one', 1) } } });
    await repo.indexInterview(entry('new-one', 2, 'New', 'done'));
    expect(await storedIndex()).toEqual({
      schema: 3,
      entries: { 'old-one': entry('old-one', 1), 'new-one': entry('new-one', 2, 'New', 'done') },
    });
  });

  it('indexInterview creates the index when there is none', async () => {
    const repo = createRepository(browserStorage());
    await repo.indexInterview(entry('first-one', 5));
    expect(await storedIndex()).toEqual({ schema: 3, entries: { 'first-one': entry('first-one', 5) } });
  });

  it.each<[string, unknown]>([
    ['a string', 'garbage'],
    ['a future version', { schema: 4, entriesJson: '{}' }],
    ['entries that are not a record', { schema: 2, entries: [1, 2] }],
    ['entries that are not JSON', { schema: 3, entriesJson: '{"a":' }],
    ['entries JSON that is not a record', { schema: 3, entriesJson: '[1,2]' }],
    ['entries JSON that is missing', { schema: 3 }],
    ['v1 entries that are not a record', { schema: 1, entries: [1, 2] }],
    ['v1 entries that are a string', { schema: 1, entries: 'ab' }],
    ['no schema', { entries: {} }],
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
    expect(entryOf(interview)).toEqual({
      id: 'interview-1',
      candidate: 'Ada',
      role: 'CTO',
      createdAt: CREATED_AT,
      status: 'active',
    });
  });

  it.each<[string, unknown, IndexEntry['status']]>([
    ['done', 'done', 'done'],
    ['archived', 'archived', 'archived'],
    ['an unknown status', 'paused', 'active'],
    ['a status that is not text', true, 'active'],
  ])('entryOf reads the status field (%s)', (_name, value, status) => {
    const interview = withFields(newInterview(), { [keys.status]: value as string });
    expect(entryOf(interview).status).toBe(status);
  });
});

describe('parseIndex', () => {
  it('reads no index as empty, without problems', () => {
    expect(parseIndex(undefined)).toEqual({ entries: [], problems: [] });
  });

  it('sorts entries newest first, then by id', () => {
    const raw = { schema: 2, entries: { b: entry('b', 5), a: entry('a', 5), c: entry('c', 9), d: entry('d', 1) } };
    expect(parseIndex(raw).entries.map((e) => e.id)).toEqual(['c', 'a', 'b', 'd']);
  });

  it.each<[string, unknown, string]>([
    ['an entry without a role', { id: 'bad', candidate: 'X', createdAt: 3, status: 'active' }, 'role:'],
    ['an entry with an unknown status', { ...entry('bad', 3), status: 'paused' }, 'status:'],
    ['an entry that is a number', 7, '(root)'],
    ['an entry whose id does not match its key', entry('elsewhere', 3), 'id: does not match its key'],
    ['an entry with a status of the wrong type', { ...entry('bad', 3), status: 1 }, 'status: expected one of'],
  ])('skips %s, keeps the others and reports it', (_name, bad, reason) => {
    const raw = { schema: 2, entries: { one: entry('one', 1), bad, two: entry('two', 2) } };
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
    const result = parseInterview('interview:x', {
      schema: 2,
      id: 1,
      scriptId: 2,
      createdAt: 'x',
      fields: { a: 1, b: 2 },
      writer: 4,
    });
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problem.reasons).toHaveLength(6);
    expect(result.problem.reasons.at(-1)).toBe('…and 1 more');
  });
});

describe('repository.watch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('turns storage changes into validated events and ignores keys it does not own', async () => {
    const repo = createRepository(browserStorage());
    const events: RepositoryEvent[] = [];
    const unwatch = repo.watch((e) => events.push(e));
    const interview = newInterview();

    await fakeBrowser.storage.local.set({ [interviewKey(interview.id)]: interview });
    await fakeBrowser.storage.local.set({ [interviewKey('broken-one')]: { schema: 1 } });
    await fakeBrowser.storage.local.set({ index: { schema: 1, entries: { 'interview-1': entryV1('interview-1', 1) } } });
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await settle();

    expect(events).toEqual([
      { kind: 'interview', id: 'interview-1', result: { kind: 'ok', interview }, own: false },
      {
        kind: 'interview',
        id: 'broken-one',
        result: { kind: 'invalid', problem: expect.objectContaining({ key: 'interview:broken-one' }) },
        own: false,
      },
      // Reading the broken record logged it as unreadable.
      { kind: 'quarantine' },
      { kind: 'index', index: { entries: [entry('interview-1', 1)], problems: [] } },
    ]);

    unwatch();
    await fakeBrowser.storage.local.set({ [interviewKey(interview.id)]: interview });
    await settle();
    expect(events).toHaveLength(4);
  });

  it('with kinds, emits only those and does not read a change of another kind', async () => {
    const repo = createRepository(browserStorage());
    const settingsOnly: RepositoryEvent[] = [];
    const counts: RepositoryEvent[] = [];
    const unwatchSettings = repo.watch((e) => settingsOnly.push(e), ['settings']);
    const unwatchCounts = repo.watch((e) => counts.push(e), ['settings', 'index', 'erased']);
    const interview = newInterview();
    const settings = { ...registry.settings.fallback, retentionDays: 30 };

    await fakeBrowser.storage.local.set({ [interviewKey(interview.id)]: interview });
    await fakeBrowser.storage.local.set({ [interviewKey('broken-one')]: { schema: 1 } });
    await fakeBrowser.storage.local.set({ index: { schema: 1, entries: { 'interview-1': entryV1('interview-1', 1) } } });
    await repo.writeSettings(settings);
    await settle();

    expect(settingsOnly).toEqual([{ kind: 'settings', settings, own: true }]);
    expect(counts.map((e) => e.kind)).toEqual(['index', 'settings']);
    // The broken record was never read: nothing was logged as unreadable.
    await repo.settled();
    expect((await repo.readQuarantine()).items).toEqual([]);

    await repo.eraseAll();
    await settle();
    expect(settingsOnly).toHaveLength(1);
    expect(counts.map((e) => e.kind)).toEqual(['index', 'settings', 'erased']);
    unwatchSettings();
    unwatchCounts();
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

describe('repository: repair, quarantine log, delete, bulk write, settings, erase', () => {
  const NOW = Date.UTC(2026, 10, 20, 9, 30);

  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('repairIndex indexes an interview written but missing from the index, and reports unreadable records untouched', async () => {
    const listed = newInterview({ id: 'listed-one', candidate: 'Listed' });
    const orphan = withFields(newInterview({ id: 'orphan-one', candidate: 'Orphan' }, CREATED_AT + 5), { [keys.status]: 'done' });
    const broken = { schema: 1, id: 'broken-one', fields: 'nope' };
    await fakeBrowser.storage.local.set({
      index: { schema: 2, entries: { [listed.id]: entryOf(listed) } },
      [interviewKey(listed.id)]: listed,
      [interviewKey(orphan.id)]: orphan,
      [interviewKey('broken-one')]: broken,
    });
    const repo = createRepository(browserStorage());
    const index = await repo.readIndex();
    expect(index.entries.map((e) => e.id)).toEqual([listed.id]);

    const repaired = await repo.repairIndex(index.entries);
    expect(repaired.entries).toEqual([entryOf(orphan)]);
    expect(repaired.problems.map((p) => p.key)).toEqual(['interview:broken-one']);
    expect(await storedIndex()).toEqual({
      schema: 3,
      entries: { [listed.id]: entryOf(listed), [orphan.id]: { ...entryOf(orphan), status: 'done' } },
    });
    expect(await stored(interviewKey('broken-one'))).toEqual(broken);
    expect((await repo.readIndex()).entries.map((e) => e.id)).toEqual([orphan.id, listed.id]);

    // Nothing left to repair; the unreadable record is known and not read again.
    const again = await repo.repairIndex((await repo.readIndex()).entries);
    expect(again).toEqual({ entries: [], problems: [] });
  });

  it('repairIndex leaves a corrupt index alone', async () => {
    const orphan = newInterview({ id: 'orphan-one' });
    await fakeBrowser.storage.local.set({ index: 'garbage', [interviewKey(orphan.id)]: orphan });
    const repo = createRepository(browserStorage());
    const index = await repo.readIndex();
    expect(index.entries).toEqual([entryOf(orphan)]);
    expect(await repo.repairIndex(index.entries)).toEqual({ entries: [], problems: [] });
    expect(await repo.repairIndex([])).toEqual({ entries: [], problems: [] });
    expect(await stored('index')).toBe('garbage');
  });

  it('readIndex over a corrupt index rebuilds the list, logs the index and never writes it', async () => {
    const good = newInterview({ id: 'good-one' });
    const corrupt = { schema: 2, entries: 'not a record' };
    await fakeBrowser.storage.local.set({ index: corrupt, [interviewKey(good.id)]: good });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const repo = createRepository(browserStorage(), { now: () => NOW });
    const index = await repo.readIndex();
    await repo.settled();
    expect(index.entries).toEqual([entryOf(good)]);
    expect(index.problems).toEqual([{ key: 'index', reasons: [expect.stringMatching(/entries is not a record/)] }]);
    expect(await stored('index')).toEqual(corrupt);
    // The only write is the quarantine log.
    expect(set.mock.calls.map(([items]) => Object.keys(items))).toEqual([['quarantine']]);
    const quarantine = await repo.readQuarantine();
    expect(quarantine.items).toEqual([{ key: 'index', at: NOW, reasons: index.problems[0]?.reasons }]);
    expect(quarantine.raw).toEqual({ index: corrupt });
  });

  it('logs a corrupt record once (key, when, why) and readQuarantine returns it with the raw value, bytes unchanged', async () => {
    const key = interviewKey('broken-one');
    const garbage = {
      schema: 2,
      id: 'broken-one',
      scriptId: 'reverse-interview',
      createdAt: 5,
      fields: { candidate: { v: 3, t: 1 } },
    };
    await fakeBrowser.storage.local.set({ [key]: garbage });
    const before = JSON.stringify(await stored(key));
    let now = NOW;
    const repo = createRepository(browserStorage(), { now: () => now });

    const result = await repo.readInterview('broken-one');
    await repo.settled();
    if (result.kind !== 'invalid') throw new Error('expected the record to be invalid');
    const { reasons } = result.problem;
    expect(reasons).toEqual([expect.stringMatching(/^fields\.candidate\.v: /)]);
    const log = await stored('quarantine');
    expect(log).toEqual({ schema: 1, items: { [key]: { at: NOW, reasons } } });
    expect(registry.quarantine.schema.safeParse(log).success).toBe(true);

    // Read again later, by this page and by a new one: the first sighting stays.
    now = NOW + 60_000;
    await repo.readInterview('broken-one');
    await createRepository(browserStorage(), { now: () => now }).readInterview('broken-one');
    await repo.settled();
    expect(await stored('quarantine')).toEqual(log);

    const quarantine = await repo.readQuarantine();
    expect(quarantine.items).toEqual([{ key, at: NOW, reasons }]);
    expect(quarantine.raw[key]).toEqual(garbage);
    expect(JSON.stringify(await stored(key))).toBe(before);
  });

  it('readQuarantine keeps the log in order and drops records that were repaired or deleted since', async () => {
    await fakeBrowser.storage.local.set({
      [interviewKey('first-bad')]: 'garbage',
      [interviewKey('second-bad')]: { schema: 1 },
      [interviewKey('third-bad')]: [],
    });
    let now = NOW;
    const repo = createRepository(browserStorage(), { now: () => now });
    for (const id of ['second-bad', 'first-bad', 'third-bad']) {
      await repo.readInterview(id);
      await repo.settled();
      now += 1000;
    }
    expect((await repo.readQuarantine()).items.map((i) => i.key)).toEqual([
      'interview:second-bad',
      'interview:first-bad',
      'interview:third-bad',
    ]);

    await fakeBrowser.storage.local.set({ [interviewKey('first-bad')]: newInterview({ id: 'first-bad' }) });
    await fakeBrowser.storage.local.remove(interviewKey('third-bad'));
    const quarantine = await repo.readQuarantine();
    expect(quarantine.items.map((i) => i.key)).toEqual(['interview:second-bad']);
    expect(quarantine.raw[interviewKey('second-bad')]).toEqual({ schema: 1 });
  });

  it('an unreadable quarantine log is reported as itself and left as it is', async () => {
    await fakeBrowser.storage.local.set({ quarantine: { schema: 1, items: 'oops' }, [interviewKey('broken-one')]: 'x' });
    const repo = createRepository(browserStorage(), { now: () => NOW });
    await repo.readInterview('broken-one');
    const quarantine = await repo.readQuarantine();
    expect(quarantine.items).toEqual([{ key: 'quarantine', at: NOW, reasons: [expect.stringMatching(/^items: /)] }]);
    expect(await stored('quarantine')).toEqual({ schema: 1, items: 'oops' });
  });

  it('readAll returns every readable interview and reports the others', async () => {
    const a = newInterview({ id: 'first-one' });
    const b = newInterview({ id: 'second-one' });
    await fakeBrowser.storage.local.set({
      [interviewKey(a.id)]: a,
      [interviewKey(b.id)]: b,
      [interviewKey('broken-one')]: 7,
      index: { schema: 2, entries: {} },
      settings: registry.settings.fallback,
    });
    const all = await createRepository(browserStorage()).readAll();
    expect(all.interviews).toEqual([a, b]);
    expect(all.problems.map((p) => p.key)).toEqual(['interview:broken-one']);
  });

  it('lists interview keys from get(null) where the browser has no getKeys', async () => {
    const a = newInterview({ id: 'first-one' });
    await fakeBrowser.storage.local.set({ [interviewKey(a.id)]: a, index: { schema: 2, entries: {} } });
    const { getKeys: _getKeys, ...area } = browserStorage().area;
    const storage: Storage = { area, watch: browserStorage().watch };
    expect((await createRepository(storage).readAll()).interviews).toEqual([a]);
  });

  it('removeInterview deletes the record and its index entry, and keeps the rest', async () => {
    const repo = createRepository(browserStorage());
    const a = newInterview({ id: 'first-one' });
    const b = newInterview({ id: 'second-one' });
    await repo.putInterviews([a, b]);
    await repo.removeInterview(a.id);
    expect(await stored(interviewKey(a.id))).toBeUndefined();
    expect(await stored(interviewKey(b.id))).toEqual(b);
    expect(await storedIndex()).toEqual({ schema: 3, entries: { [b.id]: entryOf(b) } });
  });

  it('removeInterview refuses a quarantined record and keeps it', async () => {
    const key = interviewKey('broken-one');
    await fakeBrowser.storage.local.set({
      [key]: 'garbage',
      index: { schema: 2, entries: { 'broken-one': entry('broken-one', 1) } },
    });
    const repo = createRepository(browserStorage());
    await repo.readInterview('broken-one');
    await expect(repo.removeInterview('broken-one')).rejects.toBeInstanceOf(QuarantinedError);
    expect(await stored(key)).toBe('garbage');
    // Not rewritten, not even upgraded.
    expect(await stored('index')).toEqual({ schema: 2, entries: { 'broken-one': entry('broken-one', 1) } });
  });

  it('removeInterview with a corrupt index deletes nothing', async () => {
    const a = newInterview({ id: 'first-one' });
    await fakeBrowser.storage.local.set({ [interviewKey(a.id)]: a, index: 'garbage' });
    const repo = createRepository(browserStorage());
    await expect(repo.removeInterview(a.id)).rejects.toBeInstanceOf(QuarantinedError);
    expect(await stored(interviewKey(a.id))).toEqual(a);
    expect(await stored('index')).toBe('garbage');
  });

  it('putInterviews writes the records and the index in one storage call, keeping other entries', async () => {
    await fakeBrowser.storage.local.set({ index: { schema: 1, entries: { 'old-one': entryV1('old-one', 1) } } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const repo = createRepository(browserStorage());
    const a = newInterview({ id: 'first-one', candidate: 'First' });
    const b = withFields(newInterview({ id: 'second-one', candidate: 'Second' }), { [keys.status]: 'archived' });
    await repo.putInterviews([a, b]);
    expect(set).toHaveBeenCalledOnce();
    expect(Object.keys(set.mock.calls[0]?.[0] ?? {}).sort()).toEqual([
      'index',
      interviewKey(a.id),
      interviewKey(b.id),
      'listHead',
    ]);
    expect(await stored(interviewKey(a.id))).toEqual(a);
    expect(await stored(interviewKey(b.id))).toEqual(b);
    expect(await storedIndex()).toEqual({
      schema: 3,
      entries: { 'old-one': entry('old-one', 1), [a.id]: entryOf(a), [b.id]: { ...entryOf(b), status: 'archived' } },
    });
  });

  it('putInterviews writes nothing when one of the records is quarantined', async () => {
    await fakeBrowser.storage.local.set({ [interviewKey('broken-one')]: 'garbage' });
    const repo = createRepository(browserStorage());
    await repo.readInterview('broken-one');
    const good = newInterview({ id: 'good-one' });
    await expect(repo.putInterviews([good, newInterview({ id: 'broken-one' })])).rejects.toBeInstanceOf(QuarantinedError);
    expect(await stored(interviewKey(good.id))).toBeUndefined();
    expect(await stored(interviewKey('broken-one'))).toBe('garbage');
  });

  it('eraseAll removes everything this extension stored and forgets the quarantine', async () => {
    const repo = createRepository(browserStorage());
    await repo.putInterviews([newInterview({ id: 'first-one' })]);
    await repo.writeSettings({ ...registry.settings.fallback, interviewer: 'Sam' });
    await fakeBrowser.storage.local.set({ [interviewKey('broken-one')]: 'garbage' });
    await repo.readInterview('broken-one');
    await repo.settled();
    expect(await stored('quarantine')).toBeDefined();

    await repo.eraseAll();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await expect(repo.writeInterview(newInterview({ id: 'broken-one' }))).resolves.toBeUndefined();
  });

  it('settings: the fallback when missing, corrupt or newer; a written value reads back; nothing corrupt is overwritten', async () => {
    const repo = createRepository(browserStorage());
    expect(await repo.readSettings()).toEqual(registry.settings.fallback);

    for (const corrupt of ['garbage', { schema: 1, profile: 'ashby' }, { ...registry.settings.fallback, schema: 2 }]) {
      await fakeBrowser.storage.local.set({ settings: corrupt });
      expect(await repo.readSettings()).toEqual(registry.settings.fallback);
      expect(await stored('settings')).toEqual(corrupt);
    }

    const mine = { schema: 1 as const, profile: 'lever', interviewer: 'Sam Rivera', noRecordingNote: true, retentionDays: 90 };
    await fakeBrowser.storage.local.remove('settings');
    expect(await repo.readSettings()).toEqual(registry.settings.fallback);
    await repo.writeSettings(mine);
    expect(await repo.readSettings()).toEqual(mine);
  });

  it('an unreadable settings record is logged, listed until repaired, and never written over; a missing one is no problem', async () => {
    const repo = createRepository(browserStorage(), { now: () => NOW });
    expect(await repo.readSettings()).toEqual(registry.settings.fallback);
    await repo.settled();
    expect(await stored('quarantine')).toBeUndefined();

    const corrupt = { schema: 1, profile: 'lever', interviewer: 'Sam Rivera', noRecordingNote: 'yes', retentionDays: 90 };
    await fakeBrowser.storage.local.set({ settings: corrupt });
    expect(await repo.readSettings()).toEqual(registry.settings.fallback);
    const quarantine = await repo.readQuarantine();
    expect(quarantine.items).toEqual([{ key: 'settings', at: NOW, reasons: [expect.stringMatching(/^noRecordingNote: /)] }]);
    expect(quarantine.raw).toEqual({ settings: corrupt });

    await expect(repo.writeSettings({ ...registry.settings.fallback, profile: 'ashby' })).rejects.toBeInstanceOf(
      QuarantinedError,
    );
    expect(await stored('settings')).toEqual(corrupt);

    // Repaired by hand (or by an import of an export): readable again, no longer listed, writable.
    const repaired = { ...corrupt, schema: 1 as const, noRecordingNote: true };
    await fakeBrowser.storage.local.set({ settings: repaired });
    expect(await repo.readSettings()).toEqual(repaired);
    expect((await repo.readQuarantine()).items).toEqual([]);
    await repo.writeSettings({ ...repaired, interviewer: 'Sam' });
    expect(await stored('settings')).toMatchObject({ interviewer: 'Sam' });
  });

  it('settings that turn unreadable through a change seen by watch() are refused a write at once', async () => {
    const repo = createRepository(browserStorage(), { now: () => NOW });
    await repo.writeSettings({ ...registry.settings.fallback, interviewer: 'Sam Rivera' });
    const unwatch = repo.watch(() => undefined, ['settings']);
    await fakeBrowser.storage.local.set({ settings: { schema: 1, interviewer: 'Sam Rivera' } });
    await settle();
    await expect(repo.writeSettings(registry.settings.fallback)).rejects.toBeInstanceOf(QuarantinedError);
    expect(await stored('settings')).toEqual({ schema: 1, interviewer: 'Sam Rivera' });
    expect((await repo.readQuarantine()).items.map((i) => i.key)).toEqual(['settings']);
    unwatch();
  });

  it('a write refused for quota rejects and leaves the stored record as it was', async () => {
    const base = browserStorage();
    let full = false;
    const storage: Storage = {
      watch: base.watch,
      area: {
        ...base.area,
        get: (k) => base.area.get(k),
        remove: (k) => base.area.remove(k),
        clear: () => base.area.clear(),
        set: (items) => (full ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : base.area.set(items)),
      },
    };
    const repo = createRepository(storage);
    const saved = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'saved words' });
    await repo.writeInterview(saved);
    await repo.indexInterview(entryOf(saved));
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));

    full = true;
    const typed = withFields(saved, { [keys.answer('difference', 'note')]: 'saved words and more' }, CREATED_AT + 5000);
    await expect(repo.writeInterview(typed)).rejects.toThrow(/quota/i);
    await expect(repo.putInterviews([typed])).rejects.toThrow(/quota/i);
    await expect(repo.indexInterview({ ...entryOf(typed), candidate: 'Changed' })).rejects.toThrow(/quota/i);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
    expect(await repo.readInterview(saved.id)).toMatchObject({ kind: 'ok', interview: saved });
  });

  it('a delete is all or nothing: a refused index write leaves everything, a refused removal puts the entry back', async () => {
    const base = browserStorage();
    let refuse: 'set' | 'remove' | null = null;
    const storage: Storage = {
      watch: base.watch,
      area: {
        ...base.area,
        get: (k) => base.area.get(k),
        clear: () => base.area.clear(),
        set: (items) => (refuse === 'set' ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : base.area.set(items)),
        remove: (k) => (refuse === 'remove' ? Promise.reject(new Error('IO error: remove')) : base.area.remove(k)),
      },
    };
    const repo = createRepository(storage);
    const saved = withFields(newInterview(), { [keys.answer('difference', 'note')]: 'saved words' });
    await repo.saveListed(saved);
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    for (const which of ['set', 'remove'] as const) {
      refuse = which;
      await expect(repo.removeInterview(saved.id)).rejects.toThrow();
      refuse = null;
      expect(await repo.readInterview(saved.id)).toMatchObject({ kind: 'ok', interview: saved });
      expect((await repo.readIndex()).entries).toEqual([entryOf(saved)]);
    }
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });
});

describe('repository.watch: settings and erase', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('emits validated settings, with the fallback for a corrupt value', async () => {
    const repo = createRepository(browserStorage());
    const events: RepositoryEvent[] = [];
    const unwatch = repo.watch((e) => events.push(e));
    const mine = { ...registry.settings.fallback, retentionDays: 30 };
    await repo.writeSettings(mine);
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    await settle();
    expect(events).toEqual([
      // This page's own write coming back is known as its own; another page's is not.
      { kind: 'settings', settings: mine, own: true },
      { kind: 'settings', settings: registry.settings.fallback, own: false },
      // The unreadable value was logged.
      { kind: 'quarantine' },
    ]);
    unwatch();
  });

  it("emits one 'erased' when clear() removes the index, and nothing else for that change", async () => {
    const repo = createRepository(browserStorage());
    await repo.putInterviews([newInterview({ id: 'first-one' }), newInterview({ id: 'second-one' })]);
    await repo.writeSettings(registry.settings.fallback);
    const events: RepositoryEvent[] = [];
    const unwatch = repo.watch((e) => events.push(e));
    await repo.eraseAll();
    await settle();
    expect(events).toEqual([{ kind: 'erased' }]);
    unwatch();
  });

  it("does not emit 'erased' when an interview is removed", async () => {
    const repo = createRepository(browserStorage());
    await repo.putInterviews([newInterview({ id: 'first-one' })]);
    const events: RepositoryEvent[] = [];
    const unwatch = repo.watch((e) => events.push(e));
    await repo.removeInterview('first-one');
    await settle();
    // The entry goes first, then the record (a delete is all or nothing: records.ts).
    expect(events.map((e) => e.kind)).toEqual(['index', 'interview']);
    expect(events[1]).toEqual({ kind: 'interview', id: 'first-one', own: false, result: { kind: 'missing' } });
    unwatch();
  });
});
