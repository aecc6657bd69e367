import type { TabEvent } from './session';

/**
 * What the call store needs from the browser's tabs. The browser's adapter is
 * lib/platform/tabs.ts; tests pass any implementation.
 */
export interface TabsPort {
  /** Reports the panel window's active tab now and every change after; returns the unsubscribe. */
  follow(listener: (event: TabEvent) => void): Promise<() => void>;
}
