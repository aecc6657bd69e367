/**
 * The offerings catalogue for the README screenshots: the example catalogue
 * without its mentoring programme, so step 5 shows the honesty guard for a
 * candidate who grows best through mentoring.
 */
import type { BrowserContext, Page } from 'playwright-core';

export async function catalogueShots(
  context: BrowserContext,
  origin: string,
  shot: (page: Page, name: string) => Promise<unknown>,
) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 720, height: 1000 });
  await page.goto(`${origin}/options.html`);
  const section = page.getByRole('region', { name: 'Offerings catalogue' });
  await section.getByRole('button', { name: 'Load example catalogue' }).click();
  const mentoring = section.getByRole('listitem', { name: 'Mentoring programme' });
  await mentoring.getByRole('button', { name: 'Delete', exact: true }).click();
  await section.getByRole('button', { name: 'Undo delete' }).waitFor();
  await section.getByRole('heading', { name: 'Offerings catalogue' }).scrollIntoViewIfNeeded();
  await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'catalogue');
  await page.close();
}

/** Step 5 with suggestions: one accepted, then the honesty guard on the growth-mode need. */
export async function stepFiveShots(page: Page, shot: (name: string) => Promise<unknown>) {
  const need = page.getByRole('region', { name: 'Technical growth — Wants to learn or improve' });
  await need
    .getByRole('listitem', { name: 'Yearly learning budget' })
    .getByRole('button', { name: 'Accept Yearly learning budget', exact: true })
    .click();
  await need.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot('step-5');
  const mode = page.getByRole('region', { name: 'Grows best through mentoring' });
  await mode.getByRole('checkbox', { name: 'Record this gap in the summary' }).check();
  await mode.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot('step-5-gap');
}
