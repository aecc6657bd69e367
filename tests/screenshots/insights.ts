/**
 * Insights (issue 20) on the options page: the thirty interviews of its
 * end-to-end test, one unreadable, at the panel's width and at a window's.
 * Taken first, on the fresh profile, and cleared afterwards, so the other
 * screenshots see none of it.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';

/** Written by tests/unit/insights-fixture.test.ts (plain Node cannot load lib/). */
const storage = JSON.parse(readFileSync(new URL('../fixtures/insights-storage.json', import.meta.url), 'utf8'));

declare const chrome: { storage: { local: { set(items: unknown): Promise<void>; clear(): Promise<void> } } };

/** What can be shot: a page, or one element of it. */
interface Shootable {
  screenshot(options: { path: string }): Promise<unknown>;
}

export async function insightsShots(
  context: BrowserContext,
  origin: string,
  shot: (target: Shootable, name: string) => Promise<unknown>,
) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate((items) => chrome.storage.local.set(items), storage);
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 760 });
  await page.goto(`${origin}/options.html`);
  const section = page.getByRole('region', { name: 'Insights', exact: true });
  // The clock is paused (take.ts) and the reading waits a task between batches: time is let run until the charts
  // are drawn and the sentence has the catalogue's part (managed storage answers seconds after the browser starts).
  for (let i = 0; i < 400; i += 1) {
    const sentence =
      (await section.locator('.insights-headline').count()) > 0 ? await section.locator('.insights-headline').textContent() : '';
    if (/catalogue/.test(sentence ?? '')) break;
    await context.clock.runFor(50);
    await page.waitForTimeout(25);
  }
  await section.getByRole('table', { name: 'Arenas chosen' }).waitFor();
  await shot(section, 'options-insights');
  await page.setViewportSize({ width: 720, height: 900 });
  await shot(section, 'options-insights-wide');
  await page.close();
  await worker.evaluate(() => chrome.storage.local.clear());
}
