import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { nextSession, noSession, type Session, type TabEvent } from '../../lib/call/session';
import { browserTabs } from '../../lib/platform/tabs';
import { must, settle } from './support';

const MEET = 'https://meet.google.com/abc-defg-hij';

/** Follows the fake browser's tabs and folds what is reported through the session machine, as the store does. */
async function follow() {
  const events: TabEvent[] = [];
  const stop = await browserTabs().follow((e) => events.push(e));
  const session = (): Session => events.reduce(nextSession, noSession);
  return { events, stop, session };
}

describe('browserTabs (the only browser.tabs code)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    // The panel's own window.
    await fakeBrowser.windows.create({ focused: true });
  });

  it('reports the active tab at once, then the window’s tab changes, and stops when asked', async () => {
    const callTab = await fakeBrowser.tabs.create({ url: MEET, active: true });
    const f = await follow();
    expect(f.events[0]).toEqual({ kind: 'active', tabId: callTab.id, url: MEET });
    expect(f.session().call?.page.label).toBe('Google Meet abc-defg-hij');

    await fakeBrowser.tabs.update(must(callTab.id), { url: 'https://meet.google.com/landing' });
    await settle();
    expect(f.session()).toMatchObject({ call: null, ended: { tabId: callTab.id } });

    await fakeBrowser.tabs.update(must(callTab.id), { url: MEET });
    await settle();
    expect(f.session().call?.tabId).toBe(callTab.id);
    await fakeBrowser.tabs.remove(must(callTab.id));
    await settle();
    expect(f.events.at(-1)).toEqual({ kind: 'removed', tabId: callTab.id });

    f.stop();
    const count = f.events.length;
    await fakeBrowser.tabs.create({ url: MEET, active: true });
    await settle();
    expect(f.events.length).toBe(count);
  });

  it('a call tab the panel already shows is reported as it is now: gone, or left for another page', async () => {
    const callTab = await fakeBrowser.tabs.create({ url: MEET, active: true });
    const other = await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    const events: TabEvent[] = [];
    const stop = await browserTabs().follow((e) => events.push(e), must(callTab.id));
    expect(events).toEqual([
      { kind: 'active', tabId: other.id, url: 'https://example.com/' },
      { kind: 'updated', tabId: callTab.id, url: MEET, active: false },
    ]);
    stop();
    await fakeBrowser.tabs.remove(must(callTab.id));
    const after: TabEvent[] = [];
    (await browserTabs().follow((e) => after.push(e), must(callTab.id)))();
    expect(after.at(-1)).toEqual({ kind: 'removed', tabId: callTab.id });
  });

  it('a call in another window is not followed', async () => {
    const f = await follow();
    const other = await fakeBrowser.windows.create({ focused: false });
    await fakeBrowser.tabs.create({ url: MEET, active: true, windowId: must(other?.id) });
    await settle();
    expect(f.session().call).toBeNull();
  });
});
