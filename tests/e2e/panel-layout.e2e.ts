/**
 * The panel is a fixed-height app shell: on a short panel the header (banner)
 * and the footer (step buttons) stay put, and only the content region scrolls
 * (the step body, or the summary preview). Regression: `.sr-only` text
 * (position: absolute) deep in a scrolled region was placed against the page,
 * not the region, so the document grew to ~3700 px and scrolled the header away.
 */
import type { Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Pacing } from './pages/pacing';
import { isFocused, Panel } from './pages/panel';
import { SummaryControls } from './pages/summary';

const SHORT = { width: 360, height: 600 };
const REACTION = 'Keen on the guild; asked about conference budget';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

/** An interview long enough that steps 3 and 5 and the preview all overflow a short panel. */
async function fillLong(p: Panel): Promise<void> {
  await p.create('Mary Jackson', 'Aerospace Engineer');
  await p.explained().check();
  await p.goTo(2);
  for (const arena of ['Technical growth', 'Peer relationships and teamwork', 'Leadership growth']) await p.arena(arena).check();
  await p.newArena().fill('Public speaking');
  await p.addArena().click();
  await p.goTo(3);
  await p.grid('Technical growth', 'learn').fill('Wind tunnel testing');
  await p.grid('Public speaking', 'obstacles').fill('Nobody asks her to present');
  await p.goTo(4);
  await p.mode('Mentoring').check();
  await p.goTo(5);
  await p.showOffers('Technical growth — Wants to learn or improve');
  await p.offer('Technical growth — Wants to learn or improve', 'People').fill('Test lab leads');
  await p.reaction().fill(REACTION);
}

/** The document itself does not scroll: it is exactly the viewport. */
async function expectNoPageScroll(page: Page): Promise<void> {
  const { scrollHeight, innerHeight, scrollY } = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    innerHeight: window.innerHeight,
    scrollY: window.scrollY,
  }));
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight + 1);
  expect(scrollY).toBe(0);
}

async function rect(locator: Locator): Promise<{ top: number; bottom: number }> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });
}

/** The header sits at the top of the viewport and the footer at its bottom. */
async function expectShell(page: Page): Promise<void> {
  const header = await rect(page.getByRole('banner'));
  expect(header.top).toBe(0);
  const footer = await rect(page.getByRole('contentinfo'));
  expect(footer.bottom).toBeLessThanOrEqual(SHORT.height + 1);
  expect(footer.bottom).toBeGreaterThan(SHORT.height - 2);
}

/** `inner` is shown inside the scrolling region `outer`, which is inside the viewport. */
async function expectShownIn(inner: Locator, outer: Locator): Promise<void> {
  const i = await rect(inner);
  const o = await rect(outer);
  expect(i.top).toBeGreaterThanOrEqual(o.top - 1);
  expect(i.bottom).toBeLessThanOrEqual(o.bottom + 1);
  expect(o.bottom).toBeLessThanOrEqual(SHORT.height + 1);
}

test('summary preview on a 360×600 panel: the page does not scroll, the header stays, the preview scrolls to its end', async () => {
  const page = await h.openPanel();
  await page.setViewportSize(SHORT);
  const p = new Panel(page);
  const s = new SummaryControls(page);
  await fillLong(p);

  await s.previewToggle().click();
  await s.format().selectOption({ label: 'Greenhouse (default)' });
  await expect.poll(() => s.preview().getByRole('listitem').count()).toBeGreaterThan(5);
  await expectNoPageScroll(page);
  await expectShell(page);

  // The preview's last content (the reaction, at the end of the summary) can be scrolled to, inside the preview.
  const last = s.preview().getByRole('listitem').last();
  await expect.poll(() => last.textContent()).toContain(REACTION);
  await last.scrollIntoViewIfNeeded();
  await expectShownIn(last, s.preview());
  await expectNoPageScroll(page);
  await expectShell(page);

  // Each format once, the options' default marked.
  expect(await s.format().locator('option').allTextContents()).toEqual([
    'Greenhouse (default)',
    'Ashby',
    'Lever',
    'Workday / plain text',
    'Markdown (Notion, Slack, docs)',
  ]);
  // From the keyboard too: Tab reaches the preview itself, and the arrow keys scroll it.
  await s.preview().evaluate((el) => el.scrollTo(0, 0));
  await s.previewToggle().focus();
  await page.keyboard.press('Tab');
  expect(await s.preview().evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('PageDown');
  await expect.poll(() => s.preview().evaluate((el) => el.scrollTop)).toBeGreaterThan(50);
});

test('Time budgets and the summary preview both open on a short panel: the notes keep room, the budgets scroll in their bar', async () => {
  const page = await h.openPanel();
  await page.setViewportSize(SHORT);
  const p = new Panel(page);
  const pace = new Pacing(page);
  await fillLong(p);
  await p.goTo(3);

  await pace.budgets().click();
  await new SummaryControls(page).previewToggle().click();
  await expectNoPageScroll(page);
  await expectShell(page);
  // A few lines of the step body stay on screen (it was squeezed to ~20 px).
  const main = await rect(page.getByRole('main'));
  expect(main.bottom - main.top).toBeGreaterThan(110);
  // The last budget is reached from the keyboard and scrolled into the bar.
  const last = pace.budget('Match what we offer');
  await pace.budget('State the difference').focus();
  await p.tabTo(last, { max: 10 });
  await expectShownIn(last, pace.bar());
  await expectNoPageScroll(page);
  await expectShell(page);
});

test('every step on a short panel: the page does not scroll, and Tab reveals the step body’s last control', async () => {
  const page = await h.openPanel();
  await page.setViewportSize(SHORT);
  const p = new Panel(page);
  await fillLong(p);

  for (let n = 1; n <= 5; n++) {
    await p.goTo(n);
    await expectNoPageScroll(page);
    await expectShell(page);
    // The step's own last control, reached from its heading by the keyboard, is scrolled into the step body.
    const copyStep = page.getByRole('button', { name: /^Copy this step: / });
    await page.getByRole('heading', { level: 1 }).focus();
    await p.tabTo(copyStep, { max: 120 });
    await expect.poll(() => isFocused(copyStep)).toBe(true);
    await expectShownIn(copyStep, page.getByRole('main'));
    await expectNoPageScroll(page);
    await expectShell(page);
  }
});

test('a 320 px panel: the header gives the name room (the back button keeps its name), and the footer stays inside the padding', async () => {
  const p = new Panel(await h.openPanel());
  await p.page.setViewportSize({ width: 320, height: 640 });
  await p.create('Maria-Fernanda Oliveira', 'Staff Engineer');
  const back = p.page.getByRole('button', { name: '← All interviews', exact: true });
  const narrow = await back.boundingBox();
  const name = await p.page.locator('.iv-who').boundingBox();
  await p.goTo(5);
  const rights = await p.page
    .locator('.iv-foot button')
    .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().right));
  const padding = await p.page
    .locator('.iv-foot')
    .evaluate((f) => f.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(f).paddingRight));
  await p.page.setViewportSize({ width: 400, height: 640 });
  const wide = await back.boundingBox();
  expect(narrow?.width).toBeLessThan(40);
  expect(name?.width).toBeGreaterThan(110);
  expect(Math.max(...rights)).toBeLessThanOrEqual(padding + 0.5);
  expect(wide?.width).toBeGreaterThan(90);
  expect(h.errors).toEqual([]);
});
