/**
 * The timed scenarios (figures 2 to 6). Each launches Chromium on a seeded
 * profile; scenarios are interleaved round by round so that the load of a
 * shared machine falls on the panel and its baseline alike.
 */
import type { Page } from 'playwright-core';
import { type Browser, launch } from './browser.ts';
import { LARGEST_ID, LARGEST_NAME, LONG_LENGTH } from './pages/names.ts';
import {
  focusLongAnswer,
  KEYS_LISTED_MESSAGE,
  keystrokeProbe,
  longestStoredText,
  openAndTime,
  READY_MESSAGE,
  readyProbe,
  repairProbe,
  writeProbe,
  writerIdle,
} from './probes.ts';

export const PANEL = 'sidepanel.html';
export const FLOOR = 'bench/floor.html';
export const TEXTAREA = 'bench/textarea.html';
export const OPTIONS = 'options.html';

export interface LoadTimes {
  cold: number[];
  warm: number[];
}

/** Loads `url` and resolves with the time `readyProbe` (installed by `probe`) said, ms after navigation started. */
export async function timedLoad(page: Page, url: string): Promise<number> {
  const said = page.waitForEvent('console', { predicate: (m) => m.text().startsWith(READY_MESSAGE), timeout: 120_000 });
  await page.goto(url, { waitUntil: 'commit' });
  return Number((await said).text().slice(READY_MESSAGE.length));
}

/** Installs `readyProbe` on every page `page` loads from now on. */
export async function probe(page: Page, expectList: boolean | string): Promise<void> {
  await page.addInitScript(readyProbe, [expectList, READY_MESSAGE] as [boolean | string, string]);
}

/**
 * How long a closed page is given before the next load starts: enough for its
 * document to be torn down (the panel's: 5–10 ms of the renderer's main thread
 * in traces) and for the page it left to finish what it started after its first
 * frame (the panel's rest: about 15 ms).
 */
const SETTLE_MS = 300;

/**
 * One cold load (first page after the browser starts) and `warm` loads of the
 * same page, each in a tab of its own once the one before is closed, as a
 * side panel opened again is a new document in the extension's warm process.
 * Reloading in place would time the previous page's teardown with the next
 * load: about 9 ms more after the panel than after the floor page, whichever
 * page loads next (measured 6 Dec 2026). `expectList` as `readyProbe` takes it
 * (a selector: Insights' first chart).
 */
export async function loads(profile: string, file: string, expectList: boolean | string, warm: number): Promise<LoadTimes> {
  const browser = await launch(profile);
  try {
    const out: LoadTimes = { cold: [], warm: [] };
    for (let i = 0; i <= warm; i += 1) {
      const page = await browser.page();
      await probe(page, expectList);
      (i === 0 ? out.cold : out.warm).push(await timedLoad(page, browser.url(file)));
      await page.close();
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Figure 3: from a click on the largest interview in the list to step 3 on screen with its answers. */
export async function openTimes(profile: string, runs: number): Promise<number[]> {
  const browser = await launch(profile);
  try {
    const page = await browser.page();
    await probe(page, true);
    const out: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await timedLoad(page, browser.url(PANEL));
      out.push(await page.evaluate(openAndTime, [LARGEST_NAME, LONG_LENGTH] as [string, number]));
    }
    return out;
  } finally {
    await browser.close();
  }
}

export interface Typing {
  /** keydown → a frame after the input event, ms, one per keystroke. */
  keys: number[];
  /** Every storage write while typing. */
  writes: { keys: string[]; bytes: number; ms: number }[];
  typed: number;
}

const PHRASE = 'she wants to own the rollout and learn to say no ';

async function typeBursts(page: Page, bursts: number, perBurst: number): Promise<number> {
  let typed = 0;
  for (let b = 0; b < bursts; b += 1) {
    const text = PHRASE.repeat(3).slice(0, perBurst);
    // ~30 ms between keys: a fast typist taking notes.
    await page.keyboard.type(text, { delay: 30 });
    typed += text.length;
    await page.waitForTimeout(300);
  }
  return typed;
}

/**
 * In the panel, waits for its writer to go idle (the save label back at "Saved",
 * no storage write unanswered) and checks that storage then holds every
 * character typed: a wait that ended early would miss the last write.
 */
async function settled(page: Page, typed: number): Promise<void> {
  await page.waitForFunction(writerIdle, null, { timeout: 60_000, polling: 20 });
  const stored = await page.evaluate(longestStoredText, `interview:${LARGEST_ID}`);
  if (stored !== LONG_LENGTH + typed) {
    throw new Error(`once the panel's writer was idle, storage held ${stored - LONG_LENGTH} of ${typed} typed characters`);
  }
}

async function collect(page: Page, typed: number): Promise<Typing> {
  return page.evaluate((n) => {
    const w = window as unknown as { __keys: number[]; __writes?: Typing['writes'] };
    return { keys: w.__keys, writes: w.__writes ?? [], typed: n };
  }, typed);
}

/** Figures 4 and 5: typing into the 10,000-character answer of the open largest interview. */
export async function typeInPanel(profile: string, bursts: number, perBurst: number): Promise<Typing> {
  const browser = await launch(profile);
  try {
    const page = await browser.page();
    await probe(page, true);
    await page.addInitScript(writeProbe);
    await timedLoad(page, browser.url(PANEL));
    await page.evaluate(openAndTime, [LARGEST_NAME, LONG_LENGTH] as [string, number]);
    if (!(await page.evaluate(focusLongAnswer, LONG_LENGTH))) throw new Error('the 10,000-character answer is not on screen');
    await page.evaluate(() => (window as unknown as { __writes: unknown[] }).__writes.splice(0));
    await page.evaluate(keystrokeProbe);
    const typed = await typeBursts(page, bursts, perBurst);
    await settled(page, typed);
    return await collect(page, typed);
  } finally {
    await browser.close();
  }
}

export interface FirstWrite {
  /** The first write's time to resolve, ms. */
  ms: number;
  /** When the key was pressed, ms after the browser was launched. */
  atMs: number;
}

/**
 * Figure 5, first write of a browser session: `waitMs` after launching the
 * browser, loads the panel, opens the largest interview and types one
 * character into its long answer; times the storage write that causes.
 * `extraArgs` go to the browser; `beforeClose` runs once the write is timed.
 */
export async function firstWrite(
  profile: string,
  waitMs: number,
  { extraArgs = [], beforeClose }: { extraArgs?: readonly string[]; beforeClose?: () => Promise<void> } = {},
): Promise<FirstWrite> {
  const launched = Date.now();
  const browser = await launch(profile, extraArgs);
  try {
    const page = await browser.page();
    await probe(page, true);
    await page.addInitScript(writeProbe);
    // The scenario itself: the key is pressed `waitMs` after launch (before or after the worker's warm-up).
    const wait = waitMs - (Date.now() - launched);
    if (wait > 0) await page.waitForTimeout(wait);
    await timedLoad(page, browser.url(PANEL));
    await page.evaluate(openAndTime, [LARGEST_NAME, LONG_LENGTH] as [string, number]);
    if (!(await page.evaluate(focusLongAnswer, LONG_LENGTH))) throw new Error('the 10,000-character answer is not on screen');
    const atMs = Date.now() - launched;
    await page.keyboard.type('x');
    const first = () => {
      const w = window as unknown as { __writes: Typing['writes'] };
      return w.__writes.find((x) => x.keys.some((k) => k.startsWith('interview:')))?.ms ?? null;
    };
    await page.waitForFunction(first, null, { timeout: 60_000, polling: 20 });
    const out = { ms: (await page.evaluate(first)) as number, atMs };
    await beforeClose?.();
    return out;
  } finally {
    await browser.close();
  }
}

/** The keystroke baseline: the same typing into a plain textarea page. */
export async function typeInTextarea(profile: string, bursts: number, perBurst: number): Promise<Typing> {
  const browser = await launch(profile);
  try {
    const page = await browser.page();
    await page.goto(browser.url(TEXTAREA));
    await page.waitForFunction((min) => (document.querySelector('textarea')?.value.length ?? 0) >= min, LONG_LENGTH);
    await page.evaluate(focusLongAnswer, LONG_LENGTH);
    await page.evaluate(keystrokeProbe);
    return await collect(page, await typeBursts(page, bursts, perBurst));
  } finally {
    await browser.close();
  }
}

/** Figure 6: JS heap in use after two forced garbage collections, the page alone in its browser. */
export async function heapAfterGc(profile: string, file: string, expectList: boolean): Promise<number> {
  const browser: Browser = await launch(profile);
  try {
    const page = await browser.page();
    await probe(page, expectList);
    await page.addInitScript(repairProbe, KEYS_LISTED_MESSAGE);
    // Start-up work after the first frame (the index repair, a few seconds later: lib/store/pace.ts) is part of the panel's steady state.
    const repaired =
      file === PANEL
        ? page.waitForEvent('console', { predicate: (m) => m.text() === KEYS_LISTED_MESSAGE, timeout: 60_000 })
        : null;
    await timedLoad(page, browser.url(file));
    await repaired;
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await browser.close();
  }
}

/** Runs `fn` on the seeding page of a browser on `profile`. */
export async function onSeedPage<T>(profile: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const browser = await launch(profile);
  try {
    const page = await browser.page();
    await page.goto(browser.url('bench/seed.html'));
    await page.waitForFunction(() => document.title.endsWith('(ready)'));
    return await fn(page);
  } finally {
    await browser.close();
  }
}
