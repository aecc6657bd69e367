/**
 * Negative checks that cannot look too early (issue 19, item 3). A latch in
 * the panel page records every time "Call ended" or the call banner comes
 * into the DOM, however briefly, so "never shown" is asserted over a whole
 * window instead of at one instant. The window ends when the panel has
 * handled the tab events it is about: a listener of our own on the same
 * `chrome.tabs` events, added after the product's, fires after it and waits
 * for the same `tabs.get` round trip the product makes for an activation.
 */
import type { Page } from 'playwright-core';
import { vi } from 'vitest';

export type Part = 'callEnded' | 'banner';

/** One appearance or disappearance, stamped with the panel's `performance.now()`. */
export interface Change {
  part: Part;
  shown: boolean;
  at: number;
}

/** A tab event as the panel page received it, once handled like the product handles it. */
export interface SeenTabEvent {
  kind: 'activated' | 'updated' | 'removed';
  tabId: number;
  url?: string;
  status?: string;
  at: number;
}

interface Recorder {
  changes: Change[];
  tabEvents: SeenTabEvent[];
}

export interface Latch {
  /** Everything recorded so far. */
  changes(): Promise<Change[]>;
  /** The panel's clock, to split the record into before and after an event. */
  now(): Promise<number>;
  /** Waits until the panel has handled a tab event matching `match`, then until the panel is quiet (see `settle`). */
  handled(match: (e: SeenTabEvent) => boolean, what: string): Promise<void>;
  /** Appearances of `part` at or after `since` (the panel's clock). */
  shown(part: Part, since?: number): Promise<Change[]>;
}

declare global {
  interface Window {
    __riLatch?: Recorder;
  }
}

/** Matches the event that says a tab finished loading `url`. */
export const loaded = (url: string) => (e: SeenTabEvent) => e.kind === 'updated' && e.url === url && e.status === 'complete';

/** How long the panel must go without a tab event before a window is called settled. */
const QUIET_MS = 400;

/** Installs the latch in `page` (the side panel); call again after a reload. */
export async function installLatch(page: Page): Promise<Latch> {
  await page.evaluate(() => {
    if (window.__riLatch) return;
    const record: Recorder = { changes: [], tabEvents: [] };
    window.__riLatch = record;

    // What the page objects find by role and name: the heading "Call ended" and the region "This call".
    const isCallEnded = (el: Element) => /^H[1-6]$/.test(el.tagName) && el.textContent?.trim() === 'Call ended';
    const isBanner = (el: Element) => el.tagName === 'SECTION' && el.getAttribute('aria-label') === 'This call';
    const find = (root: Element, test: (el: Element) => boolean) =>
      test(root) || [...root.querySelectorAll('*')].some((el) => test(el));
    const shown: Record<Part, boolean> = { callEnded: false, banner: false };
    const set = (part: Part, now: boolean) => {
      if (shown[part] === now) return;
      shown[part] = now;
      record.changes.push({ part, shown: now, at: performance.now() });
    };
    const look = (records: MutationRecord[]) => {
      // A node added and removed again before this callback ran is still in the records: count it as shown.
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (find(node, isCallEnded)) set('callEnded', true);
          if (find(node, isBanner)) set('banner', true);
        }
      }
      set('callEnded', find(document.documentElement, isCallEnded));
      set('banner', find(document.documentElement, isBanner));
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    look([]);

    const tabs = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome.tabs;
    tabs.onActivated.addListener(({ tabId }) => {
      // The product reads the tab before it decides; so do we, and the answers come back in order.
      tabs.get(tabId).then(
        (tab) => record.tabEvents.push({ kind: 'activated', tabId, url: tab.url, at: performance.now() }),
        () => record.tabEvents.push({ kind: 'activated', tabId, at: performance.now() }),
      );
    });
    tabs.onUpdated.addListener((tabId, change, tab) =>
      record.tabEvents.push({ kind: 'updated', tabId, url: tab.url, status: change.status, at: performance.now() }),
    );
    tabs.onRemoved.addListener((tabId) => record.tabEvents.push({ kind: 'removed', tabId, at: performance.now() }));

    interface ChromeTabs {
      get(id: number): Promise<{ url?: string }>;
      onActivated: { addListener(f: (info: { tabId: number }) => void): void };
      onUpdated: { addListener(f: (id: number, change: { status?: string }, tab: { url?: string }) => void): void };
      onRemoved: { addListener(f: (id: number) => void): void };
    }
  });

  const read = () => page.evaluate(() => window.__riLatch as Recorder);
  const latch: Latch = {
    changes: async () => (await read()).changes,
    now: () => page.evaluate(() => performance.now()),
    async handled(match, what) {
      await vi.waitFor(
        async () => {
          const { tabEvents } = await read();
          if (!tabEvents.some(match)) throw new Error(`the panel has not received ${what}`);
        },
        { timeout: 15_000, interval: 50 },
      );
      await settle(page);
    },
    async shown(part, since = 0) {
      return (await read()).changes.filter((c) => c.part === part && c.shown && c.at >= since);
    },
  };
  return latch;
}

/**
 * Waits until no tab event has reached the panel for QUIET_MS, then for two
 * frames: whatever the panel does about those events has been rendered, and
 * would be in the latch.
 */
async function settle(page: Page): Promise<void> {
  await vi.waitFor(
    async () => {
      const quietFor = await page.evaluate(() => {
        const events = window.__riLatch?.tabEvents ?? [];
        return performance.now() - (events.at(-1)?.at ?? 0);
      });
      if (quietFor < QUIET_MS) throw new Error('tab events are still arriving');
    },
    { timeout: 15_000, interval: 100 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}
