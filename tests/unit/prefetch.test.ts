import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserStorage, prefetchPanelStart } from '../../lib/platform/storage';
import { PANEL_FIRST_KEYS, PANEL_START_KEYS } from '../../lib/storage/keys';
import { listedFromPrefetch } from '../../lib/storage/listed';
import { dropPrefetch, startPrefetch, takePrefetched, withPrefetch } from '../../lib/storage/prefetch';
import { encodeIndex, indexItems, registry } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { implementGetKeys, newInterview, settle } from './support';

const local = () => fakeBrowser.storage.local;

describe('panel start-up prefetch', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });
  afterEach(() => dropPrefetch());

  it('prefetches exactly the keys the panel stores read at start-up', () => {
    expect([...PANEL_START_KEYS].sort()).toEqual(
      [registry.index.key, registry.settings.key, registry.calls.key, registry.catalogue.key].sort(),
    );
  });

  it('one storage call serves the first read of each key (the list head in one of its own, first); later reads go to storage', async () => {
    await local().set({ index: encodeIndex({}), settings: registry.settings.fallback, other: 1 });
    const get = vi.spyOn(local(), 'get');
    prefetchPanelStart();
    expect(await takePrefetched('listHead')).toEqual({});
    // No list head stored: the index is read too, once the head's answer said so.
    expect(get.mock.calls.map((c) => c[0])).toEqual([
      [...PANEL_FIRST_KEYS],
      PANEL_START_KEYS.filter((k) => k !== 'index'),
      ['index'],
    ]);

    const area = browserStorage().area;
    expect(await area.get('index')).toEqual({ index: encodeIndex({}) });
    expect(await area.get(['settings', 'calls'])).toEqual({ settings: registry.settings.fallback });
    expect(get).toHaveBeenCalledTimes(3);

    // Served once: the second read of a key, and keys never prefetched, are read from storage.
    expect(await area.get('index')).toEqual({ index: encodeIndex({}) });
    expect(await area.get('other')).toEqual({ other: 1 });
    expect(await area.get(['catalogue', 'other'])).toEqual({ other: 1 });
    expect(get).toHaveBeenCalledTimes(6);
  });

  it('a key changed after the prefetch was issued is read again, so a newer value is never hidden', async () => {
    await local().set({ index: encodeIndex({}) });
    prefetchPanelStart();
    const newer = encodeIndex({ x: { id: 'x', candidate: 'New', role: '', createdAt: 1, status: 'active' } });
    await local().set({ index: newer });
    const area = browserStorage().area;
    expect(await area.get('index')).toEqual({ index: newer });
  });

  it('a change that lands while the prefetch is in flight is seen', async () => {
    let release: () => void = () => undefined;
    const inner = withPrefetch(local() as never);
    const slow = {
      ...inner,
      get: (keys?: string | string[] | null) =>
        new Promise<Record<string, unknown>>((resolve) => {
          release = () => resolve({ index: 'old' });
          void keys;
        }),
    };
    let listener: (changes: Record<string, { newValue?: unknown }>) => void = () => undefined;
    startPrefetch(
      slow,
      (l) => {
        listener = l;
        return () => undefined;
      },
      ['index'],
    );
    const read = takePrefetched('index');
    listener({ index: { newValue: 'new' } });
    release();
    expect(await read).toBeUndefined();
  });

  it('a prefetch whose read failed hands nothing out, and the read goes to storage', async () => {
    await local().set({ settings: registry.settings.fallback });
    const failing = { ...local(), get: () => Promise.reject(new Error('storage is gone')) };
    startPrefetch(failing as never, () => () => undefined, ['settings']);
    expect(await takePrefetched('settings')).toBeUndefined();
    dropPrefetch();
    startPrefetch(failing as never, () => () => undefined, ['settings']);
    expect(await withPrefetch(local() as never).get('settings')).toEqual({ settings: registry.settings.fallback });
  });

  it('without a prefetch (options page, background) every read goes to storage', async () => {
    await local().set({ index: encodeIndex({}) });
    const get = vi.spyOn(local(), 'get');
    expect(takePrefetched('index')).toBeUndefined();
    expect(await browserStorage().area.get('index')).toEqual({ index: encodeIndex({}) });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('the repository lists what was stored when the panel opened, and a write made meanwhile too', async () => {
    const first = newInterview({ id: 'first' });
    await createRepository(browserStorage()).putInterviews([first]);
    prefetchPanelStart();
    // Another panel adds an interview before this panel's code has loaded.
    const second = newInterview({ id: 'second' });
    await createRepository({ area: local() as never, watch: () => () => undefined }).putInterviews([second]);
    await settle();
    const index = await createRepository(browserStorage()).readIndex();
    expect(index.entries.map((e) => e.id).sort()).toEqual(['first', 'second']);
  });
  it('a prefetch that would start after the panel read for itself does not start (the script is async)', async () => {
    await local().set({ index: encodeIndex({}) });
    expect(await listedFromPrefetch()).toBeUndefined();
    const get = vi.spyOn(local(), 'get');
    prefetchPanelStart();
    expect(get).not.toHaveBeenCalled();
    expect(takePrefetched('index')).toBeUndefined();
  });
  it('with a list head stored, the index is not read before the list: the stores read it themselves', async () => {
    const entries = { a: { id: 'a', candidate: 'A', role: '', createdAt: 1, status: 'active' } };
    await local().set(indexItems(entries));
    const get = vi.spyOn(local(), 'get');
    prefetchPanelStart();
    expect(await takePrefetched('listHead')).toEqual({ listHead: indexItems(entries).listHead });
    expect(await takePrefetched('index')).toBeUndefined();
    expect(get.mock.calls.map((c) => c[0])).toEqual([[...PANEL_FIRST_KEYS], PANEL_START_KEYS.filter((k) => k !== 'index')]);
    expect(await browserStorage().area.get('index')).toEqual({ index: encodeIndex(entries) });
  });
});
