/**
 * Beside a call: local HTTPS stand-ins for Meet, Zoom and Teams, the REAL side
 * panel. The panel says which call it is beside, starts an interview linked
 * to it, finds it again after a reload, and shows "Call ended" with the
 * summary in front when the call tab closes or leaves the meeting.
 */
import type { Browser } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { indexItems } from '../../lib/storage/registry';
import { type CallSites, startCallSites } from './call-sites';
import { type Harness, launch } from './harness';
import { installLatch, loaded } from './latch';
import { CallParts } from './pages/call';
import { Panel } from './pages/panel';
import { openCallTab, openRealPanel } from './real-panel';

let sites: CallSites;
let h: Harness | undefined;
let cdp: Browser | undefined;
beforeEach(async () => {
  sites = await startCallSites();
  h = await launch({ args: ['--remote-debugging-port=0', ...sites.args] });
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterEach(async ({ task }) => {
  await cdp?.close();
  cdp = undefined;
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
  h = undefined;
  await sites.close();
});

interface FirstRows {
  /** Rows of "Interviews found" when they first came into the page. */
  rows: number;
  /** Whether the call banner was in the page then, and its text. */
  bannerWithRows: boolean;
  banner: string;
}

/** An init script: notes, the moment the list's rows first come into the page, whether the call banner is there. */
function recordFirstRows() {
  const seen: FirstRows = { rows: 0, bannerWithRows: false, banner: '' };
  (window as unknown as { __firstRows: FirstRows }).__firstRows = seen;
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('ul[aria-label="Interviews found"] > li').length;
    if (rows === 0) return;
    const banner = document.querySelector('section[aria-label="This call"]');
    Object.assign(seen, { rows, bannerWithRows: banner !== null, banner: banner?.textContent ?? '' });
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function storedLinks(harness: Harness): Promise<Record<string, { id: string }>> {
  const items = await harness.storage.read();
  return (items.calls as { links: Record<string, { id: string }> } | undefined)?.links ?? {};
}

describe.each([
  ['Google Meet', 'https://meet.google.com/abc-defg-hij', 'Google Meet abc-defg-hij', 'meet:abc-defg-hij'],
  ['Zoom', 'https://app.zoom.us/wc/81234567890/join?fromPWA=1', 'Zoom 81234567890', 'zoom:81234567890'],
  ['Microsoft Teams', 'https://teams.live.com/meet/9381234567890?p=abc', 'Microsoft Teams 9381234567890', 'teams:9381234567890'],
  [
    'Microsoft Teams (work account)',
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ0ZjYxNDgtOTk4Mi00%40thread.v2/0?context=%7b%7d',
    'Microsoft Teams 19:meeting_NjQ0ZjYxNDgtOTk4Mi00@thread.v2',
    'teams:19:meeting_NjQ0ZjYxNDgtOTk4Mi00@thread.v2',
  ],
])('beside %s', (_platform, url, label, key) => {
  test('recognises the call, links a new interview, resumes it after a reload, and shows "Call ended" when the tab closes', async () => {
    const harness = h as Harness;
    const real = await openRealPanel(harness);
    cdp = real.cdp;
    const p = new Panel(real.panel);
    const c = new CallParts(real.panel);
    await p.listHeading().waitFor();
    await expect(c.banner().count()).resolves.toBe(0);

    const callTab = await openCallTab(harness, real.opener, url);
    await c.nextTo(label).waitFor();
    await c.startForCall().click();
    await expect(c.linkToCall().isChecked()).resolves.toBe(true);
    await p.candidateName().fill('Katherine Johnson');
    await p.role().fill('Flight engineer');
    await p.startInterview().click();
    await p.differenceNote().fill('Liked hearing it was about her growth.');
    await expect.poll(async () => (await storedLinks(harness))[key]?.id).toMatch(/.+/);

    // A reload (or a new panel) beside the same meeting offers that interview again, in the list's first frame:
    // a banner arriving later would push the rows down under the pointer.
    await real.panel.addInitScript(recordFirstRows);
    await real.panel.reload();
    await c.resumeWith('Katherine Johnson').waitFor();
    const first = await real.panel.evaluate(() => (window as unknown as { __firstRows: FirstRows }).__firstRows);
    expect(first.rows).toBeGreaterThan(0);
    expect(first).toMatchObject({
      bannerWithRows: true,
      banner: expect.stringContaining('Resume interview with Katherine Johnson'),
    });
    await c.resumeWith('Katherine Johnson').click();
    await expect.poll(() => p.differenceNote().inputValue()).toBe('Liked hearing it was about her growth.');

    // Looking at another tab in the window is not leaving the call: "Call ended" never shows, not even for a moment,
    // up to when the panel has handled the switch and gone quiet.
    const latch = await installLatch(real.panel);
    const optionsTab = await real.opener.evaluate(async () => (await chrome.tabs.getCurrent())?.id);
    await real.opener.bringToFront();
    await latch.handled((e) => e.kind === 'activated' && e.tabId === optionsTab, 'the switch to the options tab');
    await p.differenceNote().waitFor();
    expect(await latch.shown('callEnded')).toEqual([]);

    await callTab.close();
    await c.callEnded().waitFor();
    // The latch sees what it is there to see: this one, after the close.
    expect(await latch.shown('callEnded')).toHaveLength(1);
    await expect.poll(() => c.preview().textContent()).toContain('Liked hearing it was about her growth.');
    // The same preview as the notes' "Preview summary": what will be pasted, in the format that will be pasted.
    expect(await c.preview().getByRole('heading').textContent()).toBe('What will be pasted: Greenhouse · rich text');
    expect(await c.preview().getByRole('combobox', { name: 'Format for this copy' }).count()).toBe(1);
    // "Copy summary" comes first, with the focus: Enter copies.
    await expect(real.panel.getByRole('button').first().textContent()).resolves.toBe('Copy summary');
    await real.panel.keyboard.press('Enter');
    await expect.poll(() => p.status().textContent()).toBe('Copied for Greenhouse');
    const clipboard = await real.panel.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain('Katherine Johnson');
    expect(clipboard).toContain('Liked hearing it was about her growth.');

    await c.markAsDone().click();
    await expect.poll(() => p.status().textContent()).toBe('Marked as done.');
    await real.panel.getByRole('button', { name: 'All interviews', exact: true }).click();
    await p.listHeading().waitFor();
    expect(harness.errors).toEqual([]);
  });
});

test('leaving the meeting in the same tab ends the call; "Back to notes" returns to the notes; an unlinked call ends quietly; a call ending on the list opens Call ended', async () => {
  const harness = h as Harness;
  const real = await openRealPanel(harness);
  cdp = real.cdp;
  const p = new Panel(real.panel);
  const c = new CallParts(real.panel);

  // A call with no interview linked: the tab leaves, the banner goes, nothing else happens.
  const first = await openCallTab(harness, real.opener, 'https://meet.google.com/xyz-abcd-efg');
  await c.nextTo('Google Meet xyz-abcd-efg').waitFor();
  // From here until another meeting takes this tab, "Call ended" never shows, not even for a moment.
  const latch = await installLatch(real.panel);
  await first.goto('https://meet.google.com/landing?authuser=0');
  await expect.poll(() => c.banner().count()).toBe(0);
  await latch.handled(loaded('https://meet.google.com/landing?authuser=0'), 'the move to the landing page');
  expect(await latch.shown('callEnded')).toEqual([]);

  // Straight into another meeting in the same tab: the panel follows.
  const back = await latch.now();
  await first.goto('https://meet.google.com/abc-defg-hij');
  await c.nextTo('Google Meet abc-defg-hij').waitFor();
  // The latch sees what it is there to see: the banner, back once.
  expect(await latch.shown('banner', back)).toHaveLength(1);
  // New interview (not the banner's button) still offers the link, ticked while this call has none.
  await p.newInterview().click();
  await expect(c.linkToCall().isChecked()).resolves.toBe(true);
  await p.candidateName().fill('Dorothy Vaughan');
  await p.startInterview().click();
  await p.differenceNote().fill('Asked about the FORTRAN course.');

  // The same meeting with other query parameters is not leaving it.
  await first.goto('https://meet.google.com/abc-defg-hij?authuser=1');
  await latch.handled(loaded('https://meet.google.com/abc-defg-hij?authuser=1'), 'the same meeting with other parameters');
  await p.differenceNote().waitFor();
  expect(await latch.shown('callEnded')).toEqual([]);

  // Another meeting in the same tab: this call is over.
  await first.goto('https://meet.google.com/qrs-tuvw-xyz');
  await c.callEnded().waitFor();
  expect(await latch.shown('callEnded')).toHaveLength(1);
  await c.backToNotes().click();
  await expect.poll(() => p.differenceNote().inputValue()).toBe('Asked about the FORTRAN course.');
  await p.backToList().click();
  // The new meeting has no interview yet; "Start another" appears only where one is linked.
  await c.nextTo('Google Meet qrs-tuvw-xyz').waitFor();
  await c.startForCall().click();
  await p.candidateName().fill('Mary Jackson');
  await p.startInterview().click();
  await p.backToList().click();
  // The call ends while the panel shows the list: its interview opens on "Call ended".
  await first.close();
  await c.callEnded().waitFor();
  await expect.poll(() => c.preview().textContent()).toContain('Mary Jackson');
  expect(harness.errors).toEqual([]);
});

test("beside a call whose interview is not on the list's first page (done, or older), the banner still comes with the rows, naming it", async () => {
  const harness = h as Harness;
  // 30 interviews in progress fill the stored list head; the call's own interview was marked done.
  const entries: Record<string, unknown> = {};
  for (let i = 1; i <= 30; i += 1)
    entries[`i${i}`] = {
      id: `i${i}`,
      candidate: `Person ${i}`,
      role: 'Engineer',
      createdAt: 1_764_500_000_000 + i,
      status: 'active',
    };
  entries.linked = { id: 'linked', candidate: 'Dorothy Vaughan', role: 'Engineer', createdAt: 1_764_400_000_000, status: 'done' };
  await harness.storage.write({
    ...indexItems(entries),
    calls: { schema: 1, links: { 'meet:abc-defg-hij': { id: 'linked', at: 1_764_400_000_000 } } },
  });
  const real = await openRealPanel(harness);
  cdp = real.cdp;
  const c = new CallParts(real.panel);
  await openCallTab(harness, real.opener, 'https://meet.google.com/abc-defg-hij');
  await c.resumeWith('Dorothy Vaughan').waitFor();
  await real.panel.addInitScript(recordFirstRows);
  await real.panel.reload();
  await c.resumeWith('Dorothy Vaughan').waitFor();
  const first = await real.panel.evaluate(() => (window as unknown as { __firstRows: FirstRows }).__firstRows);
  expect(first.rows).toBeGreaterThan(0);
  expect(first).toMatchObject({ bannerWithRows: true, banner: expect.stringContaining('Resume interview with Dorothy Vaughan') });
  expect(harness.errors).toEqual([]);
});

test('a call tab in another window, or a page on a call site that is not a meeting, is not beside the panel', async () => {
  const harness = h as Harness;
  const real = await openRealPanel(harness);
  cdp = real.cdp;
  const c = new CallParts(real.panel);
  // The banner never shows, not even for a moment, up to when the panel has handled both pages and gone quiet.
  const latch = await installLatch(real.panel);
  // Zoom's home in the panel's window: a call site, not a meeting.
  await openCallTab(harness, real.opener, 'https://app.zoom.us/wc/home');
  // A meeting in a window of its own: its side panel would be beside it, not this one.
  const popup = harness.context.waitForEvent('page');
  await real.opener.evaluate(() => window.open('https://meet.google.com/abc-defg-hij', '_blank', 'popup,width=400,height=400'));
  await (await popup).waitForURL('https://meet.google.com/abc-defg-hij');
  expect(await real.opener.evaluate(async () => (await chrome.windows.getAll()).length)).toBe(2);
  await latch.handled(loaded('https://app.zoom.us/wc/home'), "Zoom's home in this window");
  await latch.handled(loaded('https://meet.google.com/abc-defg-hij'), 'the meeting in a window of its own');
  expect(await latch.shown('banner')).toEqual([]);
  expect(await c.banner().count()).toBe(0);
  expect(harness.errors).toEqual([]);
});

declare const chrome: {
  windows: { getAll(): Promise<unknown[]> };
  tabs: { getCurrent(): Promise<{ id?: number } | undefined> };
};
