/**
 * Issue 22: closing the REAL Firefox sidebar right after the last keystroke
 * loses nothing. Each round opens the sidebar with the add-on's shortcut,
 * opens the interview, types a few characters at the end of a note and hides
 * the sidebar as soon as the note shows the last one; then storage must hold
 * every character. Run twice: as shipped, and with the sidebar page's own
 * storage writes held back 1.5 s, so that only what happens at close can
 * save the last characters.
 *
 * The delay is put in by the test, not the product: from an extension tab
 * (options.html), `extension.getViews({type: 'sidebar'})` reaches the
 * sidebar's page and wraps its `storage.local.set` in a 1.5 s timer of that
 * page, which dies with it. The shipped build runs in both scenarios and
 * carries no test hook at all.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { browserWindow, fixedOrigin, ID, install, openExtensionTab } from './addon';
import { type Firefox, startFirefox } from './bidi';
import { evaluate, eventually } from './page';
import { inSidebarDocument, type Sidebar, sidebar } from './sidebar';

const ROUNDS = Number(process.env.CLOSE_ROUNDS ?? 50);
const NOTE = 'Note on how they took it (optional)';
const NOTE_KEY = 'answer:difference:note';
const CANDIDATE = 'Ada Lovelace';

let ff: Firefox;
let bar: Sidebar;
/** An options tab: reads storage, and reaches the sidebar's page to delay its writes. */
let tab: string;

beforeAll(async () => {
  ff = await startFirefox(fixedOrigin);
  await install(ff);
  const chromeWindow = await browserWindow(ff);
  bar = sidebar(ff, chromeWindow);
  tab = await openExtensionTab(ff, chromeWindow, 'options.html');
  // Firefox opens a newly installed add-on's sidebar by itself; the shortcut opens it otherwise.
  await bar.open();
  await bar.ui(`
    (await __ri.waitFind('pushbutton', 'New interview')).doAction(0);
    const name = await __ri.waitFind('entry', 'Candidate name');
    name.takeFocus();
    await __ri.until('focus in the name', () => __ri.focused(name));
    __ri.type(${JSON.stringify(CANDIDATE)});
    await __ri.until('the name typed', () => name.value === ${JSON.stringify(CANDIDATE)});
    (await __ri.waitFind('pushbutton', 'Start interview')).doAction(0);
    await __ri.waitFind('entry', ${JSON.stringify(NOTE)});
    SidebarController.hide();
  `);
  await eventually(async () => expect(await storedNote()).toBe(''));
}, 120_000);
afterAll(async () => {
  await ff?.close();
});

/** The note as stored, or undefined before the interview is. */
async function storedNote(): Promise<string | undefined> {
  return evaluate<string | undefined>(
    ff,
    tab,
    `const all = await browser.storage.local.get(null);
     const record = Object.entries(all).find(([k]) => k.startsWith('interview:'))?.[1];
     return record ? (record.fields[${JSON.stringify(NOTE_KEY)}]?.v ?? '') : undefined;`,
  );
}

/** From the options tab: the sidebar's page writes to storage only `ms` after it asks to, on a timer of its own. */
async function delaySidebarWrites(ms: number): Promise<void> {
  const patched = await inSidebarDocument<boolean>(
    ff,
    tab,
    `const local = view.browser.storage.local;
     const set = local.set;
     local.set = (items) => new view.Promise((resolve) => view.setTimeout(resolve, ${ms})).then(() => set.call(local, items));
     return view.browser.storage.local.set !== set;`,
  );
  if (!patched) throw new Error("could not wrap the sidebar page's writes");
}

/** Characters of `expected` missing from the end of `stored` (all of them if `stored` is not a prefix). */
function lost(expected: string, stored: string | undefined): number {
  return stored !== undefined && expected.startsWith(stored) ? expected.length - stored.length : expected.length;
}

interface Rounds {
  count: number;
  /** The sidebar page's own writes start this much later (0: as shipped). */
  delayMs: number;
  /** Type a first word, then stop the background (an event page) as Firefox does when it is idle. */
  backgroundStopped?: boolean;
}

/** Rounds of open, type, close at once; returns the characters lost in each round that lost any. */
async function rounds(label: string, { count, delayMs, backgroundStopped = false }: Rounds): Promise<string[]> {
  const losses: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await bar.open();
    await bar.ui(`(await __ri.waitFind('pushbutton', /^${CANDIDATE} /)).doAction(0);`);
    await bar.ui(`await __ri.waitFind('entry', ${JSON.stringify(NOTE)});`);
    if (backgroundStopped) {
      // A first word, saved, opens the page's port; stopping the background then drops it.
      const word = ` w${i}`;
      const before = await bar.ui<string>(`return (await __ri.waitFind('entry', ${JSON.stringify(NOTE)})).value;`);
      await bar.type(NOTE, word);
      await eventually(async () => expect(await storedNote()).toBe(before + word));
      await bar.ui(`await WebExtensionPolicy.getByID(${JSON.stringify(ID)}).extension.terminateBackground();`);
      await eventually(async () =>
        expect(await evaluate(ff, tab, 'return browser.extension.getBackgroundPage() === null;')).toBe(true),
      );
    }
    if (delayMs > 0) await delaySidebarWrites(delayMs);
    const typed = ` ${label}${i}-${Math.random().toString(36).slice(2, 8)}`;
    const before = await bar.typeAndClose(NOTE, typed);
    const expected = before + typed;
    // Whatever saves it has 2.5 s, longer than the delay: a page write still pending then died with the page.
    let stored = await storedNote();
    for (const end = Date.now() + 2500; stored !== expected && Date.now() < end; stored = await storedNote()) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const missing = lost(expected, stored);
    if (missing > 0)
      losses.push(`round ${i}: ${missing} of ${typed.length} lost ("${typed}" stored as "${stored?.slice(before.length)}")`);
  }
  console.log(`${label}: ${losses.length} of ${count} closes lost characters`);
  return losses;
}

test(`typing and closing the sidebar at once, ${ROUNDS} times, loses no character`, async () => {
  expect(await rounds('a', { count: ROUNDS, delayMs: 0 })).toEqual([]);
}, 300_000);

test(`with the sidebar's own writes delayed 1.5 s, closing at once still loses nothing (${ROUNDS} times)`, async () => {
  expect(await rounds('d', { count: ROUNDS, delayMs: 1500 })).toEqual([]);
}, 300_000);

// An interviewer types, listens for a while, types a last word and closes: by then Firefox has stopped the
// idle background (after 30 s), which dropped the page's port, and the first key of the word has to open
// a new one and wake the background. Each round stops it the way the idle timeout does, and checks it is
// stopped, before the last word.
test('with the background stopped before the last word, as after a pause, closing at once still loses nothing (10 times, writes delayed)', async () => {
  expect(await rounds('s', { count: Math.min(ROUNDS, 10), delayMs: 1500, backgroundStopped: true })).toEqual([]);
}, 300_000);
