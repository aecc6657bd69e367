/**
 * Screenshots of the data screens (issue #3): the library (status filter,
 * an interview's actions) and the options page's data section with an
 * import preview and an unreadable record. Called by take.ts for each scheme.
 */
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export async function shootDataScreens(context: BrowserContext, panel: Page, origin: string, out: string, scheme: string) {
  // Library: one archived, every status shown, one interview's actions open.
  await panel.getByRole('button', { name: 'Actions for Alan Turing', exact: true }).click();
  await panel.getByRole('button', { name: 'Archive', exact: true }).click();
  await panel.getByRole('radio', { name: 'All', exact: true }).locator('xpath=..').click();
  await panel.getByRole('button', { name: 'Actions for Grace Hopper', exact: true }).click();
  await panel.screenshot({ path: path.join(out, `library-${scheme}.png`) });

  // A record that cannot be read, for the quarantine list.
  await panel.evaluate(() =>
    chrome.storage.local.set({ 'interview:damaged-1': { schema: 2, id: 'damaged-1', fields: 'cut off mid-write' } }),
  );

  const options = await context.newPage();
  await options.setViewportSize({ width: 720, height: 900 });
  await options.goto(`${origin}options.html`);
  await options.getByRole('heading', { name: 'Unreadable data' }).waitFor();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export all interviews', exact: true }).first().click(),
  ]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const file = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    interviews: { id: string; fields: Record<string, unknown> }[];
  };
  // One new interview in the file, beside the ones already here.
  const first = file.interviews[0];
  if (first) {
    file.interviews.push({
      ...first,
      id: 'imported-katherine',
      fields: { ...first.fields, candidate: { v: 'Katherine Johnson', t: Date.now() } },
    });
  }
  await options.getByLabel('Import a file exported from Reverse Interview').setInputFiles({
    name: 'interviews-from-laptop.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await options.getByRole('region', { name: 'What the import will do' }).waitFor();
  await options.getByRole('heading', { name: 'Your data' }).scrollIntoViewIfNeeded();
  await options.screenshot({ path: path.join(out, `options-data-${scheme}.png`), fullPage: true });

  // Retention saved far down the page, at panel width: what happened stays in view at the top.
  await options.getByRole('button', { name: 'Cancel import', exact: true }).click();
  await options.setViewportSize({ width: 360, height: 760 });
  await options.getByRole('checkbox', { name: 'Delete interviews automatically when they get old', exact: true }).check();
  await options.getByRole('spinbutton', { name: 'Delete interviews older than (days)' }).fill('365');
  await options.getByRole('button', { name: 'Save retention', exact: true }).click();
  await options.getByText('Now: delete after 365 days.').waitFor();
  await options.getByRole('button', { name: 'Save retention', exact: true }).scrollIntoViewIfNeeded();
  await options.screenshot({ path: path.join(out, `options-retention-${scheme}.png`) });
  await options.close();
}

declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };
