import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabEvent } from '../../lib/call/session';
import type { TabsPort } from '../../lib/call/tabs';
import { statusOf } from '../../lib/interview/entry';
import { browserStorage } from '../../lib/platform/storage';
import { callLinks } from '../../lib/storage/call-links';
import { createRepository } from '../../lib/storage/repository';
import { createCallStore, linkByDefault, linkedEntry } from '../../lib/store/call';
import { CREATED_AT, implementGetKeys, must, settle } from './support';
import { makePanel } from './support/panel';

const MEET = 'https://meet.google.com/abc-defg-hij';

/** A window whose tabs the test drives. */
function fakeTabs() {
  let listener: ((event: TabEvent) => void) | null = null;
  const port: TabsPort = {
    follow: async (l) => {
      listener = l;
      return () => {
        listener = null;
      };
    },
  };
  return { port, emit: (event: TabEvent) => must(listener, 'tabs listener')(event) };
}

function setup() {
  let n = 0;
  let now = CREATED_AT;
  const interviews = makePanel({ clock: () => ++now, newId: () => `interview-${++n}` });
  const tabs = fakeTabs();
  const call = createCallStore({
    tabs: tabs.port,
    links: callLinks(createRepository(browserStorage()).calls),
    interviews,
    clock: () => now,
  });
  const state = () => ({ ...call.store.getState(), entries: interviews.store.getState().entries });
  return { interviews, call, tabs, state };
}

const form = (candidate: string) => ({ candidate, role: 'Engineer', atsLink: '' });

describe('call store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    implementGetKeys();
  });

  it('links an interview started beside a call, and offers it again in a new panel', async () => {
    const a = setup();
    await a.interviews.actions.init();
    await a.call.actions.init();
    a.tabs.emit({ kind: 'active', tabId: 7, url: MEET });
    expect(linkByDefault(a.call.store.getState(), [])).toBe(true);
    a.call.actions.startForCall();
    expect(a.interviews.store.getState().screen).toBe('new');
    await a.call.actions.start(form('Mary Jackson'));
    await settle();
    expect((await fakeBrowser.storage.local.get('calls')).calls).toEqual({
      schema: 1,
      links: { 'meet:abc-defg-hij': { id: 'interview-1', at: expect.any(Number) } },
    });

    // Another panel (or the same one after a reload) beside the same meeting.
    const b = setup();
    await b.interviews.actions.init();
    await b.call.actions.init();
    b.tabs.emit({ kind: 'active', tabId: 9, url: `${MEET}?authuser=0` });
    expect(linkedEntry(b.call.store.getState(), b.interviews.store.getState().entries)?.candidate).toBe('Mary Jackson');
    // It has its interview: a new one is not linked unless asked.
    expect(linkByDefault(b.call.store.getState(), b.interviews.store.getState().entries)).toBe(false);
    b.call.actions.resume();
    await settle();
    expect(b.interviews.store.getState().openId).toBe('interview-1');
  });

  it('does not link when "Link to this call" is unticked, nor when no call is beside the panel', async () => {
    const a = setup();
    await a.interviews.actions.init();
    await a.call.actions.init();
    await a.call.actions.start(form('No call'));
    a.tabs.emit({ kind: 'active', tabId: 7, url: MEET });
    a.call.actions.setLinkNext(false);
    await a.call.actions.start(form('Unticked'));
    await settle();
    expect((await fakeBrowser.storage.local.get('calls')).calls).toBeUndefined();
    // The choice was for that one interview only.
    expect(a.call.store.getState().linkNext).toBeNull();
  });

  it('shows "Call ended" for the linked interview when its tab closes, and marks it done', async () => {
    const a = setup();
    await a.interviews.actions.init();
    await a.call.actions.init();
    a.tabs.emit({ kind: 'active', tabId: 7, url: MEET });
    await a.call.actions.start(form('Christine Darden'));
    a.interviews.actions.showList();
    a.tabs.emit({ kind: 'removed', tabId: 7 });
    await settle();
    expect(a.call.store.getState().ended).toEqual({ id: 'interview-1', label: 'Google Meet abc-defg-hij' });
    expect(a.call.store.getState().session).toEqual({ call: null, ended: null });
    expect(a.interviews.store.getState()).toMatchObject({ screen: 'interview', openId: 'interview-1' });
    await a.call.actions.markDone();
    expect(statusOf(must(a.interviews.store.getState().interview))).toBe('done');
    a.call.actions.showList();
    expect(a.call.store.getState().ended).toBeNull();
    expect(a.interviews.store.getState().screen).toBe('list');
  });

  it('forgets "Call ended" when the interviewer leaves that interview any other way', async () => {
    const a = setup();
    await a.interviews.actions.init();
    await a.call.actions.init();
    a.tabs.emit({ kind: 'active', tabId: 7, url: MEET });
    await a.call.actions.start(form('Ended'));
    a.tabs.emit({ kind: 'removed', tabId: 7 });
    expect(a.call.store.getState().ended?.id).toBe('interview-1');
    a.interviews.actions.showList();
    expect(a.call.store.getState().ended).toBeNull();
  });

  it('never pulls the interviewer out of the new-interview form or another interview', async () => {
    const a = setup();
    await a.interviews.actions.init();
    await a.call.actions.init();
    a.tabs.emit({ kind: 'active', tabId: 7, url: MEET });
    await a.call.actions.start(form('Linked'));
    a.call.actions.setLinkNext(false);
    await a.call.actions.start(form('Other'));
    expect(a.interviews.store.getState().openId).toBe('interview-2');
    a.tabs.emit({ kind: 'removed', tabId: 7 });
    await settle();
    expect(a.call.store.getState().ended).toBeNull();
    expect(a.interviews.store.getState().openId).toBe('interview-2');
  });

  it('an ended call without a linked interview just goes away', async () => {
    const a = setup();
    await a.interviews.actions.init();
    await a.call.actions.init();
    a.tabs.emit({ kind: 'active', tabId: 7, url: MEET });
    a.tabs.emit({ kind: 'updated', tabId: 7, url: undefined, active: true });
    expect(a.call.store.getState()).toMatchObject({ ended: null, session: { call: null, ended: null } });
  });

  it('links a Teams call without a meeting id for as long as its tab lives, without storing it', async () => {
    const a = setup();
    await a.interviews.actions.init();
    await a.call.actions.init();
    a.tabs.emit({ kind: 'active', tabId: 3, url: 'https://teams.microsoft.com/v2/' });
    await a.call.actions.start(form('Teams'));
    await settle();
    expect(linkedEntry(a.call.store.getState(), a.interviews.store.getState().entries)?.id).toBe('interview-1');
    expect((await fakeBrowser.storage.local.get('calls')).calls).toBeUndefined();
    a.tabs.emit({ kind: 'removed', tabId: 3 });
    await settle();
    expect(a.call.store.getState().ended?.id).toBe('interview-1');
  });

  it('keeps unreadable stored links exactly as they were, says so, and does not link over them', async () => {
    const bad = { schema: 1, links: { 'meet:abc-defg-hij': { id: 42 } } };
    await fakeBrowser.storage.local.set({ calls: bad });
    const a = setup();
    await a.interviews.actions.init();
    await a.call.actions.init();
    a.tabs.emit({ kind: 'active', tabId: 7, url: MEET });
    expect(a.call.store.getState().linksProblem).toMatch(/could not be read.*kept as they were/);
    expect(linkByDefault(a.call.store.getState(), [])).toBe(false);
    // Even asked explicitly, the link is refused and the interview itself is still started.
    a.call.actions.setLinkNext(true);
    await a.call.actions.start(form('Still starts'));
    await settle();
    expect(a.interviews.store.getState().openId).toBe('interview-1');
    expect((await fakeBrowser.storage.local.get('calls')).calls).toEqual(bad);
  });

  it('follows links written by another panel', async () => {
    const a = setup();
    await a.interviews.actions.init();
    await a.call.actions.init();
    await fakeBrowser.storage.local.set({ calls: { schema: 1, links: { 'zoom:81234567890': { id: 'x', at: 1 } } } });
    await settle();
    expect(a.call.store.getState().links).toEqual({ 'zoom:81234567890': { id: 'x', at: 1 } });
  });
});
