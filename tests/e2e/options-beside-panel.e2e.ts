/**
 * Other extension contexts while a panel beside a call is typed in (issue 7):
 * a panel saves at every pause in typing, and nothing else may pay for each
 * save. An options page left open in a tab follows what it shows (the count,
 * the settings) and reads nothing per save; it used to read the settings, the
 * whole index and the quarantine log again each time. The service worker has
 * no storage listener at all, so a save does not wake it (a trace showed
 * 1.3–1.4 ms of its CPU per keystroke, in the panel's own process).
 */
import { afterEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Options } from './pages/options';
import { Panel } from './pages/panel';

let h: Harness | undefined;
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
  h = undefined;
});

/** Installed before the options page's scripts: counts its `storage.local.get` calls in `__gets`. */
function countGets(): void {
  const w = window as unknown as { __gets: number };
  w.__gets = 0;
  // biome-ignore lint/suspicious/noExplicitAny: the page's own chrome.* typing is not available here.
  const local = (globalThis as any).chrome?.storage?.local;
  if (!local) return;
  const get = local.get.bind(local);
  local.get = (...args: unknown[]) => {
    w.__gets += 1;
    return get(...args);
  };
}

test('an open options page follows the count and reads nothing while a panel saves answers', async () => {
  h = await launch();
  const harness = h;
  const optionsPage = await harness.context.newPage();
  await optionsPage.addInitScript(countGets);
  await optionsPage.goto(harness.url('options.html'));
  const o = new Options(optionsPage);
  await optionsPage.getByText('Now: keep everything.').waitFor();
  const gets = () => optionsPage.evaluate(() => (window as unknown as { __gets: number }).__gets);

  const panel = new Panel(await harness.openPanel());
  await panel.create('Katherine Johnson', 'Mathematician');
  await expect.poll(() => o.countText().textContent()).toMatch(/^One interview is kept/);

  // The page's own start-up reads (settings, the index, the catalogue, the scripts) may still be landing:
  // the count is taken once they have gone quiet, so only reads caused by the panel's saves are counted.
  let settled = -1;
  await expect
    .poll(
      async () => {
        const now = await gets();
        const quiet = now === settled;
        settled = now;
        return quiet;
      },
      { interval: 300, timeout: 10_000 },
    )
    .toBe(true);
  const before = await gets();
  const words = 'Wants to lead the trajectory work and to teach it.';
  await panel.differenceNote().pressSequentially(words, { delay: 40 });
  await expect
    .poll(async () => {
      const items = await harness.storage.read();
      const record = Object.entries(items).find(([k]) => k.startsWith('interview:'))?.[1] as {
        fields: Record<string, { v: unknown }>;
      };
      return record.fields['answer:difference:note']?.v;
    })
    .toBe(words);
  expect(await gets()).toBe(before);

  // A second interview changes the count: the page follows.
  await panel.backToList().click();
  await panel.create('Dorothy Vaughan', 'Supervisor');
  await expect.poll(() => o.countText().textContent()).toMatch(/^2 interviews are kept/);
  expect(await gets()).toBeGreaterThan(before);
  expect(harness.errors).toEqual([]);
});

test('the service worker follows no storage change, so a save in the panel does not wake it', async () => {
  h = await launch();
  const harness = h;
  const worker = await harness.worker();
  const listening = await worker.evaluate(() => ({
    any: chrome.storage.onChanged.hasListeners(),
    local: chrome.storage.local.onChanged.hasListeners(),
  }));
  expect(listening).toEqual({ any: false, local: false });
  expect(harness.errors).toEqual([]);
});

declare const chrome: {
  storage: {
    onChanged: { hasListeners(): boolean };
    local: { onChanged: { hasListeners(): boolean } };
  };
};
