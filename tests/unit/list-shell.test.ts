import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { IndexEntry } from '../../lib/interview/index-entry';
import { browserStorage, prefetchPanelStart } from '../../lib/platform/storage';
import { listedFromPrefetch, quickIndex } from '../../lib/storage/listed';
import { dropPrefetch } from '../../lib/storage/prefetch';
import { encodeIndex, STATUSES } from '../../lib/storage/registry';
import { createRepository, parseIndex } from '../../lib/storage/repository';
import { createInterviewsStore } from '../../lib/store/interviews';
import { createListShell } from '../../lib/store/interviews/shell';
import { deferred, ID, implementGetKeys, newInterview, settle } from './support';

const entry = (id: string, createdAt: number, status: IndexEntry['status'] = 'active'): IndexEntry => ({
  id,
  candidate: `Candidate ${id}`,
  role: 'Engineer',
  createdAt,
  status,
});

describe('the list from the prefetched index, without zod (lib/storage/listed.ts)', () => {
  it('reads a current index to the entries the repository reads, newest first', () => {
    const raw = encodeIndex({ a: entry('a', 1), b: entry('b', 3, 'done'), c: entry('c', 2, 'archived') });
    expect(quickIndex(raw)?.map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(quickIndex(raw)).toEqual(parseIndex(raw).entries);
    expect(quickIndex(undefined)).toEqual([]);
  });

  it('leaves everything else to the repository: old versions, bad text, a bad entry, an id not its key', () => {
    expect(quickIndex({ schema: 2, entries: { a: entry('a', 1) } })).toBeUndefined();
    expect(quickIndex({ schema: 3, entriesJson: '{not json' })).toBeUndefined();
    expect(quickIndex({ schema: 3, entriesJson: '[]' })).toBeUndefined();
    expect(quickIndex(encodeIndex({ a: entry('a', 1), b: { ...entry('b', 2), status: 'lost' } }))).toBeUndefined();
    expect(quickIndex(encodeIndex({ a: entry('x', 1) }))).toBeUndefined();
    expect(quickIndex('index')).toBeUndefined();
  });

  it('never lists what the repository would not: whatever it accepts, the repository reads the same, with no problem', () => {
    // Mostly well formed, so that the cases the quick read accepts are many.
    const mostly = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 8, arbitrary: valid }, fc.anything());
    const near = fc.record({
      id: mostly(fc.constantFrom('a', 'b', 'c')),
      candidate: mostly(fc.string()),
      role: mostly(fc.string()),
      createdAt: mostly(fc.oneof(fc.integer(), fc.double())),
      status: mostly(fc.constantFrom(...STATUSES)),
    });
    const stored = fc.oneof(
      fc.dictionary(fc.constantFrom('a', 'b', 'c'), near, { maxKeys: 3 }).map((entries) => encodeIndex(entries)),
      fc.record({ schema: fc.constantFrom(1, 2, 3, '3'), entriesJson: fc.oneof(fc.string(), fc.json()) }),
      fc.anything(),
    );
    let accepted = 0;
    fc.assert(
      fc.property(stored, (raw) => {
        const quick = quickIndex(raw);
        if (quick === undefined) return;
        accepted += 1;
        const full = parseIndex(raw);
        expect(full.problems).toEqual([]);
        expect(quick).toEqual(full.entries);
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });
});

describe('the side panel’s list shell (lib/store/interviews/shell.ts)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });
  afterEach(() => dropPrefetch());

  function shellOn(listed: Promise<IndexEntry[] | undefined>) {
    const rest = deferred<void>();
    let loads = 0;
    const shell = createListShell({
      listed,
      load: async (store) => {
        loads += 1;
        await rest.promise;
        const interviews = createInterviewsStore({
          store,
          repository: createRepository(browserStorage(), { writerId: 'panel-a' }),
          clock: () => 1_000,
          newId: () => ID,
          copy: async () => 'clipboard-api',
        });
        await interviews.actions.init();
        return { interviews };
      },
    });
    return { shell, rest, loads: () => loads };
  }

  it('shows the prefetched list before the rest has loaded, and reads it without taking it from the stores', async () => {
    await fakeBrowser.storage.local.set({ index: encodeIndex({ a: entry('a', 1), b: entry('b', 2) }) });
    prefetchPanelStart();
    const { shell, loads } = shellOn(listedFromPrefetch());
    await settle();
    expect(shell.store.getState()).toMatchObject({ phase: 'ready', screen: 'list' });
    expect(shell.store.getState().entries.map((e) => e.id)).toEqual(['b', 'a']);
    expect(loads()).toBe(0);
    // The repository still gets the prefetched read (a peek takes nothing).
    const get = fakeBrowser.storage.local.get;
    let reads = 0;
    fakeBrowser.storage.local.get = (async (...args: Parameters<typeof get>) => {
      reads += 1;
      return get(...args);
    }) as typeof get;
    const index = await createRepository(browserStorage(), { writerId: 'x' }).readIndex();
    expect(index.entries.map((e) => e.id)).toEqual(['b', 'a']);
    expect(reads).toBe(0);
  });

  it('waits for the repository when the prefetched index needs it (an unreadable entry is reported by the store)', async () => {
    await fakeBrowser.storage.local.set({ index: encodeIndex({ a: entry('a', 1), b: { id: 'b' } }) });
    prefetchPanelStart();
    const { shell, rest } = shellOn(listedFromPrefetch());
    await settle();
    expect(shell.store.getState().phase).toBe('loading');
    rest.resolve();
    await shell.loadRest();
    expect(shell.store.getState().phase).toBe('ready');
    expect(shell.store.getState().entries.map((e) => e.id)).toEqual(['a']);
    expect(shell.store.getState().problems.map((p) => p.key)).toEqual(['index.entries.b']);
  });

  it('searches and filters at once; every other action waits for the rest, then runs in the order asked', async () => {
    const first = newInterview({ id: 'a', candidate: 'Ada' });
    await createRepository(browserStorage(), { writerId: 'seed' }).saveListed(first);
    const { shell, rest, loads } = shellOn(Promise.resolve([entry('a', 1)]));
    await settle();
    shell.actions.setFilter('all');
    shell.actions.setQuery('Ad');
    expect(shell.store.getState()).toMatchObject({ filter: 'all', query: 'Ad' });
    const opened = shell.actions.open('a');
    shell.actions.setQuery('Ada');
    expect(loads()).toBe(1);
    expect(shell.store.getState().screen).toBe('list');
    rest.resolve();
    await opened;
    await settle();
    const state = shell.store.getState();
    expect(state).toMatchObject({ screen: 'interview', openId: 'a', filter: 'all', query: 'Ada' });
    expect(state.scriptChoices.length).toBeGreaterThan(0);
    expect(shell.rest()?.interviews.store).toBe(shell.store);
    // From now on the actions are the store's own.
    expect(shell.actions.flush).toBe(shell.rest()?.interviews.actions.flush);
    expect(loads()).toBe(1);
  });

  it('says so when the rest cannot load, and the list stays', async () => {
    const shell = createListShell({
      listed: Promise.resolve([entry('a', 1)]),
      load: () => Promise.reject(new Error('Failed to fetch dynamically imported module.')),
    });
    await settle();
    // Actions asked for meanwhile settle, as a click's `void actions.open(id)` must: no unhandled rejection.
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      void shell.actions.open('a');
      await expect(shell.actions.showNew()).resolves.toBeUndefined();
      await settle();
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
    expect(shell.store.getState().status?.text).toBe(
      'The panel could not load: Failed to fetch dynamically imported module. Close it and open it again.',
    );
    expect(shell.store.getState().entries).toHaveLength(1);
    // The page's own start still hears of it (entrypoints/sidepanel/main.tsx logs it).
    await expect(shell.loadRest()).rejects.toThrow('Failed to fetch');
  });
});
