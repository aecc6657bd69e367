import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entryOf } from '../../lib/interview/entry';
import { wireRetention } from '../../lib/platform/retention';
import { browserStorage } from '../../lib/platform/storage';
import { type IndexEntry, interviewKey, registry } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { applyRetention, DAY_MS, expiredEntries } from '../../lib/storage/retention';
import { implementGetKeys, newInterview, stored, storedIndex } from './support';

const NOW = Date.UTC(2026, 10, 20, 9, 30);

const entry = (id: string, createdAt: number): IndexEntry => ({ id, candidate: id, role: '', createdAt, status: 'active' });

describe('expiredEntries', () => {
  const list = [
    entry('today', NOW),
    entry('exactly-30-days', NOW - 30 * DAY_MS),
    entry('30-days-and-1-ms', NOW - 30 * DAY_MS - 1),
    entry('a-year', NOW - 365 * DAY_MS),
    entry('from-the-future', NOW + DAY_MS),
  ];

  it.each<[string, number | null, string[]]>([
    ['null keeps everything (retention off)', null, []],
    ['30 days: older than exactly 30 days goes, exactly 30 days stays', 30, ['30-days-and-1-ms', 'a-year']],
    ['1 day', 1, ['exactly-30-days', '30-days-and-1-ms', 'a-year']],
    ['365 days: exactly a year stays', 365, []],
    ['3650 days', 3650, []],
  ])('%s', (_name, days, ids) => {
    expect(expiredEntries(list, days, NOW).map((e) => e.id)).toEqual(ids);
  });

  it('an empty list has nothing to expire', () => {
    expect(expiredEntries([], 1, NOW)).toEqual([]);
  });
});

describe('applyRetention', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  const old = newInterview({ id: 'old-one', candidate: 'Old' }, NOW - 100 * DAY_MS);
  const older = newInterview({ id: 'older-one', candidate: 'Older' }, NOW - 200 * DAY_MS);
  const fresh = newInterview({ id: 'fresh-one', candidate: 'Fresh' }, NOW - 10 * DAY_MS);

  async function seed(retentionDays: number | null) {
    const repo = createRepository(browserStorage());
    await repo.putInterviews([old, older, fresh]);
    await repo.writeSettings({ ...registry.settings.fallback, retentionDays });
    return repo;
  }

  it('does nothing while retention is off (the default)', async () => {
    const repo = createRepository(browserStorage());
    await repo.putInterviews([old, older, fresh]);
    const before = await fakeBrowser.storage.local.get(null);
    expect(await applyRetention(repo, NOW)).toEqual({ deleted: [], kept: [] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('deletes only the interviews older than the setting, records and index entries', async () => {
    const repo = await seed(90);
    const { deleted } = await applyRetention(repo, NOW);
    expect(deleted.map((e) => e.id).sort()).toEqual(['old-one', 'older-one']);
    expect(await stored(interviewKey(old.id))).toBeUndefined();
    expect(await stored(interviewKey(older.id))).toBeUndefined();
    expect(await stored(interviewKey(fresh.id))).toEqual(fresh);
    expect(await storedIndex()).toEqual({ schema: 3, entries: { [fresh.id]: entryOf(fresh) } });
    expect(await applyRetention(repo, NOW)).toEqual({ deleted: [], kept: [] });
  });

  it('skips an unreadable record without throwing and leaves it as it is', async () => {
    await seed(90);
    const garbage = { schema: 1, id: old.id, fields: 'damaged' };
    await fakeBrowser.storage.local.set({ [interviewKey(old.id)]: garbage });
    // A fresh repository, as in the background at start-up: nothing has read the record yet.
    const repo = createRepository(browserStorage());
    const { deleted, kept } = await applyRetention(repo, NOW);
    expect(deleted.map((e) => e.id)).toEqual(['older-one']);
    expect(kept.map((e) => e.id)).toEqual([old.id]);
    expect(await stored(interviewKey(old.id))).toEqual(garbage);
    expect((await storedIndex()) as { entries: object }).toMatchObject({ entries: { [old.id]: entryOf(old) } });
  });

  it('skips a record already known to be unreadable', async () => {
    const repo = await seed(90);
    await fakeBrowser.storage.local.set({ [interviewKey(old.id)]: 'garbage' });
    expect((await repo.readInterview(old.id)).kind).toBe('invalid');
    expect((await applyRetention(repo, NOW)).deleted.map((e) => e.id)).toEqual(['older-one']);
    expect(await stored(interviewKey(old.id))).toBe('garbage');
  });

  it('removes an index entry whose record is already gone', async () => {
    const repo = await seed(90);
    await fakeBrowser.storage.local.remove(interviewKey(old.id));
    expect((await applyRetention(repo, NOW)).deleted.map((e) => e.id).sort()).toEqual(['old-one', 'older-one']);
    expect(await storedIndex()).toEqual({ schema: 3, entries: { [fresh.id]: entryOf(fresh) } });
  });
});

describe('wireRetention (the background)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('applies the setting when the browser starts, and follows no storage change (a panel saving would wake it)', async () => {
    const old = newInterview({ id: 'old-one', candidate: 'Old' }, Date.now() - 100 * DAY_MS);
    const fresh = newInterview({ id: 'fresh-one', candidate: 'Fresh' }, Date.now() - DAY_MS);
    const repo = createRepository(browserStorage());
    await repo.putInterviews([old, fresh]);
    await repo.writeSettings({ ...registry.settings.fallback, retentionDays: 30 });
    wireRetention(repo);
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
    expect(fakeBrowser.storage.local.onChanged.hasListeners()).toBe(false);

    await fakeBrowser.runtime.onStartup.trigger();
    const ids = async () => Object.keys(((await storedIndex()) as { entries: Record<string, unknown> }).entries);
    await vi.waitFor(async () => expect(await ids()).toEqual([fresh.id]));
  });
});
