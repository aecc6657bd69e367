/**
 * Issue 21's screens at 360×720, as a hiring manager sees them in a call: the
 * realistic interview (tests/e2e/realistic.ts) on step 5, its folded needs
 * opened, and the summary preview. `SHOTS_EXT=<older build> SHOTS_PREFIX=before-`
 * takes the same screens from another build, for a before/after look.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';

/** Written by tests/unit/realistic-fixture.test.ts from tests/e2e/realistic.ts (plain Node cannot load lib/). */
const storage = JSON.parse(readFileSync(new URL('../fixtures/realistic-storage.json', import.meta.url), 'utf8'));
const CANDIDATE = 'Sam Rivera';

export async function liveShots(context: BrowserContext, origin: string, shot: (page: Page, name: string) => Promise<unknown>) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(
    (items) =>
      (globalThis as unknown as { chrome: { storage: { local: { set(i: unknown): Promise<void> } } } }).chrome.storage.local.set(
        items,
      ),
    storage,
  );
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 720 });
  await page.goto(`${origin}/sidepanel.html`);
  await page.getByRole('heading', { name: 'Interviews' }).waitFor();
  // A paused clock holds the frame after which the rest of the panel loads and reads the index; the list head
  // stored by the screens before names other interviews (this index was written without one).
  await context.clock.runFor(200);
  await page.getByRole('button', { name: new RegExp(`^${CANDIDATE}`) }).click();
  await page.getByRole('heading', { level: 1, name: /^Step 5 of 5/ }).waitFor();
  await shot(page, 'live-step-5');
  const main = page.getByRole('main');
  await main.evaluate((el) => el.scrollTo(0, 430));
  await shot(page, 'live-step-5-scrolled');
  const folded = page.getByRole('button', { name: /^\d+ more needs/ });
  if ((await folded.count()) > 0) {
    await folded.click();
    await folded.scrollIntoViewIfNeeded();
    await shot(page, 'live-step-5-folded');
  }
  await main.evaluate((el) => el.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Preview summary' }).click();
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: /^3\. / }).click();
  await page.getByRole('textbox', { name: /^Leadership growth: What would you like to learn/ }).focus();
  await shot(page, 'live-preview');
  await page.close();
}
