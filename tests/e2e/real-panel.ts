/**
 * Opens the REAL side panel the way a user's click does (a trusted click on
 * "Open side panel" in the options page, which calls `sidePanel.open`) and
 * reaches it over CDP: Playwright's own connection does not list it.
 * The harness must be launched with `--remote-debugging-port=0`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { vi } from 'vitest';
import type { Harness } from './harness';

export interface RealPanel {
  /** The options tab the panel was opened from: it keeps the window open when a call tab closes. */
  opener: Page;
  panel: Page;
  cdp: Browser;
}

export async function openRealPanel(h: Harness): Promise<RealPanel> {
  const opener = await h.context.newPage();
  await opener.goto(h.url('options.html'));
  await opener.getByRole('button', { name: 'Open side panel', exact: true }).click();
  await opener.getByText('The side panel is open.').waitFor();

  const port = readFileSync(path.join(h.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const panel = await vi.waitFor(
    () => {
      const page = cdp
        .contexts()
        .flatMap((c) => c.pages())
        .find((pg) => pg.url() === h.url('sidepanel.html'));
      if (!page) throw new Error('no side panel page over CDP yet');
      return page;
    },
    { timeout: 15_000, interval: 100 },
  );
  // Over the second connection the harness does not see this page's errors: collect them here.
  const watch = (page: Page) => {
    page.on('pageerror', (error) => h.errors.push(`side panel: uncaught ${error.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') h.errors.push(`side panel: console.error ${m.text()}`);
    });
  };
  watch(panel);
  return { opener, panel, cdp };
}

/**
 * Opens a tab in the panel's window, as the interviewer joining a call does.
 * `chrome.tabs.create` from the options page puts it in that window and makes it active.
 */
export async function openCallTab(h: Harness, opener: Page, url: string): Promise<Page> {
  const created = h.context.waitForEvent('page');
  await opener.evaluate((u) => chrome.tabs.create({ url: u }), url);
  const page = await created;
  await page.waitForURL(url);
  return page;
}

declare const chrome: { tabs: { create(options: { url: string }): Promise<unknown> } };
