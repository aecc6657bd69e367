/**
 * The built panel reads storage before its modules load (issue 7): one
 * storage call for everything the stores read first, issued by the classic
 * prefetch script, and no second read of those keys at start-up. And it
 * loads what the list needs first (issue 17): the prefetch, one script with
 * the module helpers it shares, and one stylesheet before the list is on
 * screen; the rest of the panel only after that.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { indexItems } from '../../lib/storage/registry';
import { type Harness, launch } from './harness';
import { isFocused, Panel } from './pages/panel';

let h: Harness;
beforeEach(async () => {
  h = await launch();
});
afterEach(async ({ task }) => {
  await h?.close(task.result?.state === 'fail' ? task.name : undefined);
});

test('the panel opens on one prefetched storage read, issued by the prefetch script before its modules run', async () => {
  await h.storage.write({
    index: {
      schema: 3,
      entriesJson: JSON.stringify({ a: { id: 'a', candidate: 'Prefetched Person', role: 'R', createdAt: 1, status: 'active' } }),
    },
  });
  const page = await h.context.newPage();
  const files: string[] = [];
  page.on('request', (request) => files.push(request.url().replace(h.url(''), '')));
  // What had been requested when the list appeared: the page calls this from the same renderer that
  // issues the requests, so the call arrives after every request made before it and before any made after.
  let beforeList: string[] | null = null;
  await page.exposeFunction('__listShown', () => {
    beforeList = [...files];
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __gets: { keys: unknown; script: string | null }[] };
    w.__gets = [];
    const local = (globalThis as unknown as { chrome: { storage: { local: { get: (k: unknown) => Promise<unknown> } } } }).chrome
      .storage.local;
    const get = local.get.bind(local);
    // Tells the test when the list is first on screen (the bench's readiness: "New interview" and a row).
    new MutationObserver((_, observer) => {
      if (!document.querySelector('ul[aria-label="Interviews found"] li')) return;
      observer.disconnect();
      (window as unknown as { __listShown: () => void }).__listShown();
    }).observe(document, { childList: true, subtree: true });
    local.get = (keys: unknown) => {
      // Which script asks: a classic script (the prefetch) is `document.currentScript` while it runs; a module never is.
      w.__gets.push({ keys, script: (document.currentScript as HTMLScriptElement | null)?.src.split('/').pop() ?? null });
      return get(keys);
    };
  });
  await page.goto(h.url('sidepanel.html'));
  const p = new Panel(page);
  await p.interviewItem('Prefetched Person').waitFor();
  const gets = await page.evaluate(() => (window as unknown as { __gets: { keys: unknown; script: string | null }[] }).__gets);
  // The first read is the prefetch script's, before the panel's modules ran (they would have read these keys again).
  // The list head in a call of its own first, then what the stores read; the index only because this storage
  // has no list head (an index written before there were heads): the prefetch asks for it once the head's answer is in.
  expect(gets.slice(0, 3)).toEqual([
    { keys: ['listHead'], script: 'panel-prefetch.js' },
    { keys: ['settings', 'calls', 'catalogue'], script: 'panel-prefetch.js' },
    { keys: ['index'], script: null },
  ]);
  expect(h.errors).toEqual([]);
  // Each request costs a cold panel's main thread time: no chunk shared with the options page. Before the list:
  // the prefetch, the first chunk and Rolldown's module helpers (0.6 kB, which the rest shares), one stylesheet.
  // The list works: New interview opens the form (the rest of the panel has loaded for it).
  await p.newInterview().click();
  await p.candidateName().waitFor();
  // None of those keys is read again at start-up: each store took its value from the prefetch. Read once the rest
  // has loaded and its stores have started (New interview needed them), not when the list first shows.
  const all = await page.evaluate(() => (window as unknown as { __gets: { keys: unknown; script: string | null }[] }).__gets);
  const again = all
    .slice(3)
    .filter((g) =>
      ['listHead', 'index', 'settings', 'calls', 'catalogue'].some((k) => JSON.stringify(g.keys).includes(`"${k}"`)),
    );
  expect(again).toEqual([]);
  const name = (f: string) => f.replace(/^(chunks|assets)\/([\w-]+)-[\w-]{8}\./, '$1/$2.');
  expect(files.filter((f) => f !== 'sidepanel.html').map(name)).toEqual([
    'panel-prefetch.js',
    'chunks/sidepanel.js',
    'chunks/rolldown-runtime.js',
    'assets/sidepanel.css',
    'chunks/rest.js',
  ]);
  // The rest (stores, screens, step kinds, summary, zod) is asked for only once the list is on screen.
  expect(beforeList).not.toBeNull();
  expect((beforeList ?? []).map(name).filter((f) => f.endsWith('.js'))).toEqual([
    'panel-prefetch.js',
    'chunks/sidepanel.js',
    'chunks/rolldown-runtime.js',
  ]);
});

/** Storage items for `count` interviews in progress, "Person 1" to "Person <count>" (the newest last): index and list head. */
function inProgress(count = 30): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  for (let i = 1; i <= count; i += 1) {
    const id = `i${String(i).padStart(2, '0')}`;
    entries[id] = { id, candidate: `Person ${i}`, role: 'Engineer', createdAt: 1_764_500_000_000 + i, status: 'active' };
  }
  return indexItems(entries);
}

/**
 * Holds the first read of the index (the stores', as a list head is stored) back until the page calls
 * `__release()`; `__indexHeld` says whether it is held now.
 */
async function holdTheIndex(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __indexHeld: boolean; __release: () => void };
    w.__indexHeld = false;
    const local = (globalThis as unknown as { chrome: { storage: { local: { get: (k: unknown) => Promise<unknown> } } } }).chrome
      .storage.local;
    const get = local.get.bind(local);
    local.get = (keys: unknown) => {
      const asks = keys === 'index' || (Array.isArray(keys) && keys.includes('index'));
      if (!asks || w.__indexHeld) return get(keys);
      w.__indexHeld = true;
      return new Promise((resolve) => {
        w.__release = () => {
          w.__indexHeld = false;
          resolve(get(keys));
        };
      });
    };
  });
}

const indexHeld = (page: Page) => page.evaluate(() => (window as unknown as { __indexHeld: boolean }).__indexHeld);
const releaseIndex = (page: Page) => page.evaluate(() => (window as unknown as { __release: () => void }).__release());

test("the list's first page shows from the list head while the index is still on its way, and the index then wins", async () => {
  const items = inProgress();
  // A head written by hand that the index does not agree with (as if an older version had written the index alone).
  const head = items.listHead as { firstJson: string };
  const first = JSON.parse(head.firstJson) as { candidate: string }[];
  (first[0] as { candidate: string }).candidate = 'Only In The Head';
  await h.storage.write({ ...items, listHead: { ...head, firstJson: JSON.stringify(first) } });

  const page = await h.context.newPage();
  await holdTheIndex(page);
  await page.goto(h.url('sidepanel.html'));
  const p = new Panel(page);
  // From the head alone: its rows, and the count of all those in progress. The stores ask for the index once the
  // rest of the panel has loaded, after the list's first frame (so not necessarily yet when the row appears); that
  // read is held, and the head's row stays.
  await p.interviewItem('Only In The Head').waitFor();
  await expect.poll(() => indexHeld(page)).toBe(true);
  await p.interviewItem('Only In The Head').waitFor();
  await expect.poll(() => page.getByRole('listitem').count()).toBe(25);
  await page.getByText('Showing 25 of 30', { exact: false }).waitFor();
  // The head holds the first page in progress only: another view says it is loading, never a short list.
  await page.getByRole('radio', { name: 'All', exact: true }).locator('xpath=..').click();
  await page.getByText('Loading interviews…', { exact: true }).waitFor();
  expect(await page.getByRole('listitem').count()).toBe(0);
  await page.getByRole('radio', { name: 'In progress', exact: true }).locator('xpath=..').click();
  // The index arrives: its rows replace the head's.
  await releaseIndex(page);
  await p.interviewItem('Person 30').waitFor();
  await expect.poll(() => p.interviewItem('Only In The Head').count()).toBe(0);
  await page.getByText('Showing 25 of 30', { exact: false }).waitFor();
  // And the panel works: the rest loaded and took over.
  await p.newInterview().click();
  await p.candidateName().waitFor();
  expect(h.errors).toEqual([]);
});

test('Show more before the index has come keeps its place, the focus and the true count, then shows the next page', async () => {
  // A head of 25 rows, 40 in progress: the other 15 come with the index, which is held back.
  await h.storage.write(inProgress(40));
  const page = await h.context.newPage();
  await holdTheIndex(page);
  await page.goto(h.url('sidepanel.html'));
  const p = new Panel(page);
  const rows = page.getByRole('list', { name: 'Interviews found' }).getByRole('listitem');
  const more = page.getByRole('button', { name: 'Show more', exact: true });
  const announcement = page.getByTestId('list-count-announcement');
  await expect.poll(() => rows.count()).toBe(25);
  await page.getByText('Showing 25 of 40', { exact: true }).waitFor();
  await expect.poll(() => indexHeld(page)).toBe(true);

  await p.tabTo(more, { max: 70 });
  await page.keyboard.press('Enter');
  // No rows to show yet: the button stays (busy), with the focus, and the count says what is drawn.
  await expect.poll(() => more.getAttribute('aria-disabled')).toBe('true');
  await page.getByText('Loading interviews…', { exact: true }).waitFor();
  expect(await isFocused(more)).toBe(true);
  // A check that something does not happen: past ShowMore's 700 ms settle delay, nothing is announced.
  await page.waitForTimeout(1000);
  expect(await rows.count()).toBe(25);
  expect(await page.getByText('Showing 25 of 40', { exact: true }).count()).toBe(1);
  expect(await announcement.textContent()).toBe('');
  expect(await isFocused(more)).toBe(true);

  // The index arrives: rows 26 to 40, focus on the first of them, and the count announced once.
  await releaseIndex(page);
  await expect.poll(() => rows.count()).toBe(40);
  await page.getByText('Showing 40 of 40', { exact: true }).waitFor();
  expect(await more.count()).toBe(0);
  await expect.poll(() => isFocused(p.interviewItem('Person 15'))).toBe(true);
  await expect.poll(() => announcement.textContent()).toBe('40 of 40 interviews shown');
  expect(h.errors).toEqual([]);
});

test("the list's first frame draws what the panel can show, and the rest of the panel is asked for only after that frame", async () => {
  await h.storage.write(inProgress());
  const page = await h.context.newPage();
  const files: string[] = [];
  page.on('request', (request) => files.push(request.url()));
  // Called from the frame that first paints the list, before it paints: what that frame shows, and (the call
  // comes from the renderer that issues the requests, as in the first test) what had been asked for by then.
  let frames: { rows: number; bottom: number; height: number; rest: boolean }[] = [];
  await page.exposeFunction('__listFrame', (rows: number, bottom: number, height: number) => {
    frames.push({ rows, bottom, height, rest: files.some((f) => /\/chunks\/rest-[\w-]+\.js$/.test(f)) });
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('ul[aria-label="Interviews found"] li')) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const rows = [...document.querySelectorAll('ul[aria-label="Interviews found"] > li')];
        const bottom = rows.at(-1)?.getBoundingClientRect().bottom ?? 0;
        (window as unknown as { __listFrame: (...a: number[]) => void }).__listFrame(rows.length, bottom, innerHeight);
      });
    }).observe(document, { childList: true, subtree: true });
  });
  const p = new Panel(page);
  // Several loads: whether a frame begins between the list's state and React drawing it varies from load to load.
  for (let load = 0; load < 10; load += 1) {
    files.length = 0;
    frames = [];
    await page.goto(h.url('sidepanel.html'));
    await p.interviewItem('Person 30').waitFor();
    await expect.poll(() => page.getByRole('listitem').count()).toBe(25);
    await expect.poll(() => frames.length).toBe(1);
    const [frame] = frames;
    // A screenful, not the page: the rows below the fold come a frame later (components/ShowMore.tsx)…
    expect(frame?.rows).toBeLessThan(25);
    // …and never a short one: the last row drawn reaches the bottom of the panel.
    expect(frame?.bottom).toBeGreaterThanOrEqual(frame?.height ?? Number.POSITIVE_INFINITY);
    // The rest (its fetch, its evaluation, the stores' start) is not asked for before the list's first frame.
    expect(frame?.rest).toBe(false);
    // It is, two frames later (waited for, so that its request does not land in the next load's list).
    await expect.poll(() => files.some((f) => /\/chunks\/rest-[\w-]+\.js$/.test(f))).toBe(true);
  }
  expect(h.errors).toEqual([]);
});
