/**
 * The call banner in the list's first frame (review of 7 Dec 2026): before, it came with the rest of the
 * panel, a few hundred milliseconds after the list, and pushed every row down under the pointer.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabEvent } from '../../lib/call/session';
import { browserStorage } from '../../lib/platform/storage';
import { callLinks } from '../../lib/storage/call-links';
import { createRepository } from '../../lib/storage/repository';
import { createCallStore, linkedEntry } from '../../lib/store/call';
import { createCallFirst, quickCallLinks } from '../../lib/store/call-first';
import { CREATED_AT, deferred, implementGetKeys, must, settle } from './support';
import { makePanel } from './support/panel';

const MEET = 'https://meet.google.com/abc-defg-hij';
const LINKS = { schema: 1, links: { 'meet:abc-defg-hij': { id: 'i-1', at: CREATED_AT } } };
const entry = { id: 'i-1', candidate: 'Katherine Johnson', role: 'Engineer', createdAt: CREATED_AT, status: 'active' as const };

describe('quickCallLinks', () => {
  it('reads the plain case as the schema does, and nothing else', () => {
    expect(quickCallLinks(undefined)).toEqual({});
    expect(quickCallLinks(LINKS)).toEqual(LINKS.links);
    for (const bad of [
      null,
      'links',
      { schema: 2, links: {} },
      { schema: 1, links: [] },
      { schema: 1, links: { k: { id: '', at: 1 } } },
      { schema: 1, links: { k: { id: 'x', at: '1' } } },
      { schema: 1, links: { k: null } },
    ])
      expect(quickCallLinks(bad)).toBeUndefined();
  });
});

describe('the call in the first frame', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('shows the call beside the panel and its linked interview, from the prefetched tab and links', async () => {
    const first = createCallFirst(() => Promise.reject(new Error('not asked for')));
    const links = vi.fn(async () => LINKS);
    await first.start(Promise.resolve({ tabId: 7, url: MEET }), links);
    const state = first.store.getState();
    expect(state.session.call).toEqual({
      tabId: 7,
      page: { platform: 'meet', meetingId: 'abc-defg-hij', label: 'Google Meet abc-defg-hij' },
    });
    expect(linkedEntry(state, [entry])).toEqual(entry);
  });

  it('says when the linked interview is not on the first page, so the list waits for the index to name it', async () => {
    const first = createCallFirst(() => Promise.reject(new Error('not asked for')));
    expect(first.linkedBeyond([])).toBe(false); // beside no call
    await first.start(Promise.resolve({ tabId: 7, url: MEET }), async () => LINKS);
    expect(first.linkedBeyond([entry])).toBe(false);
    // Marked done, archived, or older than the 25 newest in progress: not in the head.
    expect(first.linkedBeyond([{ ...entry, id: 'other' }])).toBe(true);
    const unlinked = createCallFirst(() => Promise.reject(new Error('not asked for')));
    await unlinked.start(Promise.resolve({ tabId: 7, url: MEET }), async () => undefined);
    expect(unlinked.linkedBeyond([])).toBe(false);
  });

  it('a tab query that does not answer holds the list back 300 ms at most', async () => {
    vi.useFakeTimers();
    try {
      const first = createCallFirst(() => Promise.reject(new Error('not asked for')));
      let done = false;
      void first
        .start(new Promise(() => {}), async () => LINKS)
        .then(() => {
          done = true;
        });
      await vi.advanceTimersByTimeAsync(299);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
      expect(first.store.getState().session.call).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('beside no call (or no tab the prefetch could see) shows nothing and reads no links', async () => {
    for (const tab of [undefined, { tabId: 3, url: undefined }, { tabId: 3, url: 'https://example.com/' }]) {
      const first = createCallFirst(() => Promise.reject(new Error('not asked for')));
      const links = vi.fn(async () => LINKS);
      await first.start(Promise.resolve(tab), links);
      expect(first.store.getState().session.call).toBeNull();
      expect(links).not.toHaveBeenCalled();
    }
  });

  it('links it cannot read quickly leave the banner without a link (the call store reads them, validated)', async () => {
    const first = createCallFirst(() => Promise.reject(new Error('not asked for')));
    await first.start(Promise.resolve({ tabId: 7, url: MEET }), async () => ({ schema: 1, links: 'broken' }));
    expect(first.store.getState().session.call?.page.label).toBe('Google Meet abc-defg-hij');
    expect(first.store.getState().links).toEqual({});
  });

  it('its actions wait for the call store and run there, in order; the call store takes its state over', async () => {
    await fakeBrowser.storage.local.set({ calls: LINKS });
    const interviews = makePanel();
    await interviews.actions.init();
    // Filled as the test goes: closures assign them, so they are read through this object.
    const seen: { listener?: (event: TabEvent) => void; known?: number; call?: ReturnType<typeof createCallStore> } = {};
    const load = deferred();
    const first = createCallFirst(() =>
      load.promise.then(() => {
        seen.call ??= createCallStore({
          store: first.store,
          tabs: {
            follow: async (l, known) => {
              seen.listener = l;
              seen.known = known;
              return () => undefined;
            },
          },
          links: callLinks(createRepository(browserStorage()).calls),
          interviews,
          clock: () => CREATED_AT,
        });
        return seen.call;
      }),
    );
    await first.start(Promise.resolve({ tabId: 7, url: MEET }), async () => LINKS);
    const before = first.store.getState().session;
    // Two actions before the call store has loaded: they run there, in the order asked.
    const untick = first.actions.setLinkNext(false);
    const asked = first.actions.startForCall();
    await settle();
    expect(interviews.state().screen).toBe('list');
    load.resolve();
    await Promise.all([untick, asked]);
    expect(interviews.state().screen).toBe('new');
    expect(first.store.getState().linkNext).toBe(true);
    const store = must(seen.call);
    expect(store.store).toBe(first.store);
    await store.actions.init();
    must(seen.listener)({ kind: 'active', tabId: 7, url: MEET });
    // The same call, seen again by the call store: nothing changes on screen.
    expect(store.store.getState().session).toBe(before);
    expect(store.store.getState().links).toEqual(LINKS.links);
    // And the call the first frame showed is asked about as it is now (it may have ended before the store followed).
    expect(seen.known).toBe(7);
  });

  it('a call that ended before the call store followed the tabs is not shown as current', async () => {
    const interviews = makePanel();
    await interviews.actions.init();
    const first = createCallFirst(() => Promise.reject(new Error('not asked for')));
    await first.start(Promise.resolve({ tabId: 7, url: MEET }), async () => undefined);
    const call = createCallStore({
      store: first.store,
      // The window now: another tab active, and tab 7 gone (what browserTabs reports for a known tab that is gone).
      tabs: {
        follow: async (listener, known) => {
          listener({ kind: 'active', tabId: 9, url: undefined });
          if (known !== undefined) listener({ kind: 'removed', tabId: known });
          return () => undefined;
        },
      },
      links: callLinks(createRepository(browserStorage()).calls),
      interviews,
      clock: () => CREATED_AT,
    });
    await call.actions.init();
    expect(call.store.getState().session.call).toBeNull();
  });

  it('its actions settle with nothing when the rest of the panel cannot load', async () => {
    const first = createCallFirst(() => Promise.reject(new Error('chunk failed')));
    await expect(first.actions.resume()).resolves.toBeUndefined();
  });
});
