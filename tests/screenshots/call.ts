/**
 * Screenshots of the panel beside a call: the banner on the list, the form
 * with "Link to this call", the banner once an interview is linked, and "Call
 * ended". Needs the REAL side panel (it follows its window's tabs), opened by
 * a trusted click and reached over CDP, beside a local stand-in for Meet.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startCallSites } from '../e2e/call-sites.ts';
import { shotSwitches } from './switches.ts';

export async function callShots(ext: string, out: string, scheme: 'light' | 'dark'): Promise<void> {
  const sites = await startCallSites();
  const dir = mkdtempSync(path.join(tmpdir(), 'ri-shots-call-'));
  let cdp: Browser | undefined;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: shotSwitches(ext, ['--remote-debugging-port=0', ...sites.args]),
    viewport: { width: 800, height: 760 },
    colorScheme: scheme,
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const origin = `chrome-extension://${new URL(worker.url()).host}/`;
    const options = await context.newPage();
    await options.goto(`${origin}options.html`);
    await options.getByRole('button', { name: 'Open side panel' }).click();
    await options.getByText('The side panel is open.').waitFor();
    const port = readFileSync(path.join(dir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const panel = await findPanel(cdp, `${origin}sidepanel.html`);
    await panel.setViewportSize({ width: 360, height: 640 });
    await panel.emulateMedia({ colorScheme: scheme });
    const shot = (name: string) => panel.screenshot({ path: path.join(out, `${name}-${scheme}.png`) });

    // Two earlier interviews, so the banner sits above a real list.
    for (const [candidate, role] of [
      ['Grace Hopper', 'Engineering Manager'],
      ['Alan Turing', 'Research Engineer'],
    ]) {
      await panel.getByRole('button', { name: 'New interview' }).click();
      await panel.getByRole('textbox', { name: 'Candidate name' }).fill(candidate ?? '');
      await panel.getByRole('textbox', { name: 'Role' }).fill(role ?? '');
      await panel.getByRole('button', { name: 'Start interview' }).click();
      await panel.getByRole('button', { name: '← All interviews' }).click();
    }
    const created = context.waitForEvent('page');
    await options.evaluate(() => chrome.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' }));
    const call = await created;
    await panel.getByText('Next to Google Meet abc-defg-hij').waitFor();
    await shot('call-banner');

    await panel.getByRole('button', { name: 'Start interview for this call' }).click();
    await panel.getByRole('textbox', { name: 'Candidate name' }).fill('Ada Lovelace');
    await panel.getByRole('textbox', { name: 'Role' }).fill('Staff Engineer');
    await shot('call-new-interview');
    await panel.getByRole('button', { name: 'Start interview' }).click();
    await panel.getByRole('checkbox', { name: 'I explained that this interview is about their growth' }).check();
    await panel
      .getByRole('textbox', { name: 'Note on how they took it (optional)' })
      .fill('Surprised, then keen: nobody had asked her that in an interview.');
    await panel.getByRole('button', { name: 'Next step' }).click();
    for (const arena of ['Technical growth', 'Leadership growth']) {
      await panel.getByRole('checkbox', { name: arena }).check();
    }
    await panel.getByRole('button', { name: 'Next step' }).click();
    await panel
      .getByRole('textbox', { name: 'Technical growth: What would you like to learn or get better at in this area?' })
      .fill('Formal methods for distributed systems');
    await panel
      .getByRole('textbox', { name: 'Leadership growth: What gets most in the way of growing in this area?' })
      .fill('No one to learn from since her lead left');
    await panel.getByRole('button', { name: '← All interviews' }).click();
    await panel.getByRole('button', { name: 'Resume interview with Ada Lovelace' }).waitFor();
    await shot('call-linked');

    await panel.getByRole('button', { name: 'Resume interview with Ada Lovelace' }).click();
    await call.close();
    await panel.getByRole('heading', { name: 'Call ended' }).waitFor();
    await shot('call-ended');
  } finally {
    await cdp?.close();
    await context.close();
    await sites.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function findPanel(cdp: Browser, url: string): Promise<Page> {
  for (let i = 0; i < 150; i++) {
    const page = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((pg) => pg.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The side panel did not appear over CDP.');
}

declare const chrome: { tabs: { create(options: { url: string }): Promise<unknown> } };
