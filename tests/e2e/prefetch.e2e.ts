/**
 * The built panel reads storage before its modules load (issue 7): one
 * storage call for everything the stores read first, issued by the classic
 * prefetch script, and no second read of those keys at start-up. And it
 * loads three files: the prefetch, one script and one stylesheet.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Harness, launch } from './harness';
import { Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

test('the panel opens on one prefetched storage read, issued while the page was still being parsed', async () => {
  await h.storage.write({
    index: {
      schema: 3,
      entriesJson: JSON.stringify({ a: { id: 'a', candidate: 'Prefetched Person', role: 'R', createdAt: 1, status: 'active' } }),
    },
  });
  const page = await h.context.newPage();
  const files: string[] = [];
  page.on('request', (request) => files.push(request.url().replace(h.url(''), '')));
  await page.addInitScript(() => {
    const w = window as unknown as { __gets: { keys: unknown; parsing: boolean }[] };
    w.__gets = [];
    const local = (globalThis as unknown as { chrome: { storage: { local: { get: (k: unknown) => Promise<unknown> } } } }).chrome
      .storage.local;
    const get = local.get.bind(local);
    local.get = (keys: unknown) => {
      // Module scripts run once the HTML is parsed; the prefetch runs while it is still being parsed.
      w.__gets.push({ keys, parsing: document.readyState === 'loading' });
      return get(keys);
    };
  });
  await page.goto(h.url('sidepanel.html'));
  const p = new Panel(page);
  await p.interviewItem('Prefetched Person').waitFor();
  const gets = await page.evaluate(() => (window as unknown as { __gets: { keys: unknown; parsing: boolean }[] }).__gets);
  expect(gets[0]).toEqual({ keys: ['index', 'settings', 'calls', 'catalogue'], parsing: true });
  // None of those keys is read again at start-up: each store took its value from the prefetch.
  const again = gets
    .slice(1)
    .filter((g) => ['index', 'settings', 'calls', 'catalogue'].some((k) => JSON.stringify(g.keys).includes(`"${k}"`)));
  expect(again).toEqual([]);
  expect(h.errors).toEqual([]);
  // Each request costs a cold panel's main thread time: no chunk shared with the options page, no runtime chunk.
  expect(files.filter((f) => f !== 'sidepanel.html').map((f) => f.replace(/^(chunks|assets)\/(\w+)-[\w-]+\./, '$1/$2.'))).toEqual(
    ['panel-prefetch.js', 'chunks/sidepanel.js', 'assets/sidepanel.css'],
  );
});
