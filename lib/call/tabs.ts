import type { TabEvent } from './session';

/**
 * What the call store needs from the browser's tabs. The browser's adapter is
 * lib/platform/tabs.ts; tests pass any implementation.
 */
export interface TabsPort {
  /**
   * Reports the panel window's active tab now and every change after; returns the unsubscribe. `known`: a tab
   * the caller already shows as the call (the side panel's first frame, before it followed anything), reported
   * too, as it is now: a change it missed (the tab closed, the meeting left) is not lost.
   */
  follow(listener: (event: TabEvent) => void, known?: number): Promise<() => void>;
}

/** The active tab of the panel's window, as the panel's prefetch script found it. */
export interface ActiveTab {
  tabId: number;
  /** Undefined where the extension may not see it: any site but the call sites, so not a call. */
  url: string | undefined;
}

const ACTIVE_TAB = Symbol.for('reverse-interview.active-tab');
type TabSlot = { [ACTIVE_TAB]?: Promise<ActiveTab | undefined> };

/**
 * Handed over on `globalThis` by the prefetch script (lib/platform/tabs.ts
 * `prefetchActiveTab`), which asks while the panel's code loads, so that the
 * list's first frame can show the call banner (lib/store/call-first.ts).
 */
export function handOverActiveTab(query: Promise<ActiveTab | undefined>): void {
  (globalThis as TabSlot)[ACTIVE_TAB] = query;
}

/** The prefetched active tab; undefined when the prefetch script did not ask (the call store asks itself). */
export function prefetchedActiveTab(): Promise<ActiveTab | undefined> {
  return (globalThis as TabSlot)[ACTIVE_TAB] ?? Promise.resolve(undefined);
}
