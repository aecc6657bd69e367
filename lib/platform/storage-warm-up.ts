import { browser } from 'wxt/browser';

/**
 * After the browser starts, long enough for its own start-up work to be done
 * and, in the bench, for a panel load measured right after launch to finish.
 */
export const WARM_UP_DELAY_MS = 5_000;

/** The slice of `storage.local` the warm-up uses; absent where the browser has no such call. */
export interface UsageArea {
  getBytesInUse?: (keys: null) => Promise<number>;
}

/**
 * Chrome counts `storage.local`'s bytes lazily, even with `unlimitedStorage`:
 * the first write of a browser session first reads and re-serialises every
 * stored value (`SettingsStorageQuotaEnforcer::LazyCalculateUsage`), and every
 * other storage call waits behind it. With 2,000 interviews that first save
 * took 450–630 ms instead of 2–5 ms, and a read made meanwhile (opening an
 * interview) waited as long (issue 7, `npm run bench`, figure 5).
 * `getBytesInUse` runs the same count, so asking for it once, soon after the
 * browser starts, pays that cost while nobody is waiting for a save.
 *
 * Chrome only: the background does not wire it in the Firefox build, which
 * keeps no such count. Where the call is missing this does nothing.
 * Resolves to the bytes in use, or null when there was nothing to ask.
 */
export async function warmStorageAccounting(area: UsageArea): Promise<number | null> {
  if (typeof area.getBytesInUse !== 'function') return null;
  return area.getBytesInUse(null);
}

/**
 * Schedules the warm-up when the browser starts (and when the extension is
 * installed or updated). Listeners are added synchronously, as a service
 * worker woken for an event needs them on its first turn. A failure costs
 * nothing but the warm-up: the first save then pays for the count itself.
 */
export function wireStorageWarmUp(delayMs = WARM_UP_DELAY_MS): void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      warmStorageAccounting(browser.storage.local as unknown as UsageArea).catch((error: unknown) =>
        console.warn('Reverse Interview: storage warm-up failed', error),
      );
    }, delayMs);
  };
  browser.runtime.onStartup.addListener(schedule);
  browser.runtime.onInstalled.addListener(schedule);
}
