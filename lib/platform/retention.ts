import { browser } from 'wxt/browser';
import type { Repository } from '../storage/repository';
import { applyRetention } from '../storage/retention';

const ALARM = 'retention';
const DAILY_MINUTES = 24 * 60;

/**
 * Applies the retention setting at browser start-up and once a day; the
 * options page applies it at once when it is saved (lib/store/options.ts).
 * The worker does not follow storage changes: a panel writes at every pause
 * in typing, and each change would wake it (1.3–1.4 ms of CPU per keystroke
 * in a trace, in the panel's own process). Listeners are added
 * synchronously, as a service worker that wakes for an event needs them
 * registered on its first turn.
 */
export function wireRetention(repository: Repository): void {
  const run = () => {
    applyRetention(repository, Date.now()).then(
      ({ deleted, kept }) => {
        if (deleted.length > 0) console.info(`Reverse Interview: retention deleted ${deleted.length} interview(s).`);
        if (kept.length > 0) console.info(`Reverse Interview: retention kept ${kept.length} old interview(s) it could not read.`);
      },
      (error: unknown) => console.error('Reverse Interview: retention failed', error),
    );
  };
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) run();
  });
  // Created once: re-creating it at every service-worker start would push the daily run forward forever.
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: DAILY_MINUTES, delayInMinutes: DAILY_MINUTES });
  });
}
