import { browser } from 'wxt/browser';
import type { Repository } from '../storage/repository';
import { applyRetention } from '../storage/retention';

const ALARM = 'retention';
const DAILY_MINUTES = 24 * 60;

/**
 * Applies the retention setting at browser start-up, once a day, and when
 * the setting changes. Listeners are added synchronously, as a service worker
 * that wakes for an event needs them registered on its first turn.
 */
export function wireRetention(repository: Repository): void {
  const run = () => {
    applyRetention(repository, Date.now()).then(
      (deleted) => {
        if (deleted.length > 0) console.info(`Reverse Interview: retention deleted ${deleted.length} interview(s).`);
      },
      (error: unknown) => console.error('Reverse Interview: retention failed', error),
    );
  };
  browser.runtime.onStartup.addListener(run);
  browser.runtime.onInstalled.addListener(run);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) run();
  });
  // Settings only: the panel writes an interview at every pause in typing, and those are not read here.
  repository.watch(run, ['settings']);
  // Created once: re-creating it at every service-worker start would push the daily run forward forever.
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: DAILY_MINUTES, delayInMinutes: DAILY_MINUTES });
  });
}
