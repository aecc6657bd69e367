import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entryOf } from '../../lib/interview/entry';
import { PAGE_SIZE } from '../../lib/interview/index-entry';
import { browserStorage } from '../../lib/platform/storage';
import { encodeListHead, quickListHead } from '../../lib/storage/list-head';
import { encodeIndex, interviewKey, registry, STATUSES } from '../../lib/storage/registry';
import { createRepository, parseIndex } from '../../lib/storage/repository';
import { createListShell } from '../../lib/store/interviews/shell';
import { visibleEntries } from '../../lib/store/library';
import { deferred, implementGetKeys, newInterview, settle, withFields } from './support';
import { keys } from './support/ri';

/** What the list shows first, by the index as the repository reads it: the list head must say exactly this. */
async function expectedHead() {
  const stored = await fakeBrowser.storage.local.get([registry.index.key, registry.head.key]);
  const index = parseIndex(stored[registry.index.key]);
  const active = visibleEntries(index.entries, '', 'active', null);
  return {
    stored: quickListHead(stored[registry.head.key]),
    fromIndex: { entries: active.slice(0, PAGE_SIZE), total: index.entries.length, active: active.length },
  };
}

describe('the list head: the first page, stored with the index (lib/storage/list-head.ts)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('every way the repository writes the index writes the head that matches it', async () => {
    const repo = createRepository(browserStorage(), { writerId: 'panel-a' });
    const check = async (after: string) => {
      const { stored, fromIndex } = await expectedHead();
      expect(stored, after).toEqual(fromIndex);
    };
    for (let i = 0; i < 30; i += 1) {
      const interview = newInterview({ id: `person-${i}`, candidate: `Person ${i}` }, 1_000 + i);
      await repo.saveListed(i % 4 === 3 ? withFields(interview, { [keys.status]: 'done' }, 2_000 + i) : interview);
    }
    await check('saveListed');
    await repo.removeInterview('person-29');
    await check('removeInterview');
    await repo.indexInterview({ ...entryOf(newInterview({ id: 'person-28' }, 1_028)), status: 'archived' });
    await check('indexInterview');
    await repo.putInterviews([newInterview({ id: 'imported-one', candidate: 'Imported' }, 5_000)]);
    await check('putInterviews');
    // A record a closed panel wrote but never listed, found by the repair.
    await fakeBrowser.storage.local.set({ [interviewKey('orphan-one')]: newInterview({ id: 'orphan-one' }, 6_000) });
    await repo.repairIndex((await repo.readIndex()).entries);
    await check('repairIndex');
    const { stored } = await expectedHead();
    // 30 saved, 7 of them done; one deleted, one archived; one imported, one repaired.
    expect(stored).toMatchObject({ total: 31, active: 23 });
    expect(stored?.entries).toHaveLength(23);
    expect(stored?.entries[0]?.id).toBe('orphan-one');
  });

  it('reads back what it wrote for any index, and refuses what it did not write', () => {
    const entry = fc.record({
      candidate: fc.string(),
      role: fc.string(),
      createdAt: fc.integer({ min: 0, max: 4_102_444_800_000 }),
      status: fc.constantFrom(...STATUSES),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), entry, { maxKeys: 60 }), (byId) => {
        const entries = Object.fromEntries(Object.entries(byId).map(([id, e]) => [id, { id, ...e }]));
        const index = parseIndex(encodeIndex(entries));
        const active = visibleEntries(index.entries, '', 'active', null);
        const head = JSON.parse(JSON.stringify(encodeListHead(entries))) as unknown;
        expect(registry.head.schema.safeParse(head).success).toBe(true);
        expect(quickListHead(head)).toEqual({
          entries: active.slice(0, PAGE_SIZE),
          total: index.entries.length,
          active: active.length,
        });
      }),
      { numRuns: 300 },
    );
    const good = encodeListHead({ a: { id: 'a', candidate: 'A', role: '', createdAt: 1, status: 'active' } });
    expect(quickListHead(good)?.entries).toHaveLength(1);
    for (const bad of [
      null,
      'head',
      { ...good, schema: 2 },
      { ...good, active: 0 },
      { ...good, total: -1 },
      { ...good, firstJson: '{' },
      { ...good, firstJson: '[{"id":"a"}]' },
      { ...good, firstJson: JSON.stringify([{ id: 'a', candidate: 'A', role: '', createdAt: 1, status: 'done' }]) },
      { ...good, active: 3, total: 3 },
    ]) {
      expect(quickListHead(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('the shell shows the first page with the head’s counts, then the whole index in its place', async () => {
    const page = deferred<{ entries: ReturnType<typeof entryOf>[]; total: number; active: number } | undefined>();
    const listed = deferred<ReturnType<typeof entryOf>[] | undefined>();
    const shell = createListShell({
      firstPage: page.promise,
      listed: listed.promise,
      load: () => new Promise<never>(() => undefined),
    });
    const a = entryOf(newInterview({ id: 'a', candidate: 'A' }, 2));
    const b = entryOf(newInterview({ id: 'b', candidate: 'B' }, 1));
    page.resolve({ entries: [a], total: 40, active: 30 });
    await settle();
    expect(shell.store.getState()).toMatchObject({ phase: 'ready', entries: [a], head: { total: 40, active: 30 } });
    // Any view but the first page in progress needs the index, which the rest reads: asking for one starts loading it.
    let loads = 0;
    const other = createListShell({
      firstPage: Promise.resolve({ entries: [a], total: 40, active: 30 }),
      listed: Promise.resolve(undefined),
      load: () => {
        loads += 1;
        return new Promise<never>(() => undefined);
      },
    });
    await settle();
    other.actions.setFilter('all');
    expect(other.store.getState().filter).toBe('all');
    expect(loads).toBe(1);
    listed.resolve([a, b]);
    await settle();
    expect(shell.store.getState()).toMatchObject({ phase: 'ready', entries: [a, b], head: null });
    expect(await shell.listShown).toBe(true);
  });
});
