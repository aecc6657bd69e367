/**
 * The REAL Chrome side panel, not sidepanel.html in a tab: opened by a trusted
 * click in the options page, reached over CDP (Playwright's own connection
 * does not list it as a page), and driven like a user would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { type Harness, launch } from './harness';
import { Panel } from './pages/panel';

let h: Harness;
let cdp: Browser | undefined;
beforeEach(async () => {
  h = await launch({ args: ['--remote-debugging-port=0'] });
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterEach(async ({ task }) => {
  await cdp?.close();
  cdp = undefined;
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

test('the side panel opens from the options page and saves what is typed', async () => {
  const options = await h.context.newPage();
  await options.goto(h.url('options.html'));
  await options.getByRole('button', { name: 'Open side panel', exact: true }).click();
  await options.getByText('The side panel is open.').waitFor();

  const port = readFileSync(path.join(h.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const browser = cdp;
  const panelPage = await vi.waitFor(
    () => {
      const page = browser
        .contexts()
        .flatMap((c) => c.pages())
        .find((pg) => pg.url() === h.url('sidepanel.html'));
      if (!page) throw new Error('no side panel page over CDP yet');
      return page;
    },
    { timeout: 15_000, interval: 100 },
  );
  // Not a tab: Playwright's own connection does not list the side panel among its pages.
  expect(h.context.pages().map((pg) => pg.url())).not.toContain(h.url('sidepanel.html'));

  // This page comes over the second connection, so the harness does not see its errors: collect them here.
  panelPage.on('pageerror', (error) => h.errors.push(`side panel: uncaught ${error.message}`));
  panelPage.on('console', (m) => {
    if (m.type() === 'error') h.errors.push(`side panel: console.error ${m.text()}`);
  });
  const p = new Panel(panelPage);
  await p.create('Annie Easley', 'Programmer');
  await expect.poll(() => p.currentStep()).toEqual([1]);
  await p.differenceNote().click();
  await p.page.keyboard.type('Typed in the real side panel.');
  await p.nextStep().click();
  await expect.poll(() => p.currentStep()).toEqual([2]);
  await p.copySummary().click();
  await expect.poll(() => p.status().textContent()).toBe('Copied for Greenhouse');

  await expect
    .poll(async () => {
      const items = await h.storage.read();
      return Object.entries(items)
        .filter(([k]) => k.startsWith('interview:'))
        .map(([, v]) => (v as { fields: Record<string, { v: unknown }> }).fields['answer:difference:note']?.v);
    })
    .toEqual(['Typed in the real side panel.']);
  expect(h.errors).toEqual([]);
});
