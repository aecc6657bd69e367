/**
 * Code that runs inside the measured pages (passed to addInitScript or
 * evaluate, so each function is self-contained). Times are taken in the page
 * with performance.now(), whose zero is the navigation's start.
 *
 * "A frame later" means: requestAnimationFrame (runs just before the browser
 * renders), then a message-channel task (runs right after that rendering):
 * the moment the new pixels have been produced by the main thread.
 */

/** The console message `readyProbe` says the time in, read by tests/bench/measure.ts `timedLoad`. */
export const READY_MESSAGE = 'reverse-interview-bench-ready ';

/**
 * Installed before any page script: records when the list is on screen
 * (the "New interview" button and, when interviews are stored, at least one
 * item of `Interviews found`) and a frame has been rendered. Given a CSS
 * selector instead, when an element it matches is on screen (Insights' first
 * chart, `svg.bar-chart`, issue 20).
 *
 * The time is said in a console message (`READY_MESSAGE`), which reaches the
 * bench through DevTools without running anything in the page. Polling from
 * outside (Playwright's `waitForFunction`) would not: it injects Playwright's
 * own script, 8–15 ms of compiling and running on the page's main thread in
 * the middle of the load being timed, the floor page's as well as the panel's.
 */
export function readyProbe([expectList, message]: [boolean | string, string]): void {
  const w = window as unknown as { __ready: number | null };
  w.__ready = null;
  const isReady = () => {
    if (typeof expectList === 'string') return document.querySelector(expectList) !== null;
    let button = false;
    for (const b of document.querySelectorAll('button')) {
      if (b.textContent?.trim() === 'New interview') {
        button = true;
        break;
      }
    }
    return button && (!expectList || document.querySelector('ul[aria-label="Interviews found"] li') !== null);
  };
  const observer = new MutationObserver(() => {
    if (w.__ready !== null || !isReady()) return;
    observer.disconnect();
    w.__ready = -1;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        w.__ready = performance.now();
        console.debug(`${message}${w.__ready}`);
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Installed before any page script: wraps `chrome.storage.local.set` to log
 * each write's keys, size (UTF-8 bytes of its JSON) and time to resolve, and
 * counts the writes not yet answered (`__pendingWrites`).
 */
export function writeProbe(): void {
  const w = window as unknown as { __writes: { keys: string[]; bytes: number; ms: number }[]; __pendingWrites: number };
  w.__writes = [];
  w.__pendingWrites = 0;
  // biome-ignore lint/suspicious/noExplicitAny: the page's own chrome.* typing is not available here.
  const local = (globalThis as any).chrome?.storage?.local;
  if (!local) return;
  const set = local.set.bind(local);
  const encoder = new TextEncoder();
  local.set = (items: Record<string, unknown>, ...rest: unknown[]) => {
    const bytes = encoder.encode(JSON.stringify(items)).length;
    const t0 = performance.now();
    w.__pendingWrites += 1;
    const done = set(items, ...rest);
    Promise.resolve(done).then(
      () => {
        w.__pendingWrites -= 1;
        w.__writes.push({ keys: Object.keys(items), bytes, ms: performance.now() - t0 });
      },
      () => {
        w.__pendingWrites -= 1;
      },
    );
    return done;
  };
}

/**
 * The panel's writer is idle: its save label says "Saved" (the interviews
 * store sets it once every queued change has been written and nothing is in
 * flight: lib/store/interviews/saving.ts `onIdle`) and no storage write the
 * page started is still unanswered (`writeProbe`).
 */
export function writerIdle(): boolean {
  const w = window as unknown as { __pendingWrites?: number };
  return document.querySelector('.iv-save')?.textContent === 'Saved' && w.__pendingWrites === 0;
}

/**
 * The length of the longest text stored in the record `key`: after typing into
 * the long answer, it must be the seeded answer plus every character typed.
 */
export async function longestStoredText(key: string): Promise<number> {
  // biome-ignore lint/suspicious/noExplicitAny: the page's own chrome.* typing is not available here.
  const record = (await (globalThis as any).chrome.storage.local.get(key))[key] as { fields?: Record<string, { v?: unknown }> };
  return Math.max(0, ...Object.values(record?.fields ?? {}).map((f) => (typeof f.v === 'string' ? f.v.length : 0)));
}

/** The console message `repairProbe` says once the index repair has listed every key. */
export const KEYS_LISTED_MESSAGE = 'reverse-interview-bench-keys-listed';

/**
 * Installed before any page script: says (`KEYS_LISTED_MESSAGE`) when the
 * panel's start-up index repair has listed every key (`getKeys`), the one
 * storage call it starts with (lib/storage/repository.ts `repairIndex`), so
 * the bench waits for that work instead of a fixed time. A console message,
 * not a flag polled from outside: polling would put Playwright's own script
 * in the page whose heap is measured (`readyProbe`).
 */
export function repairProbe(message: string): void {
  // biome-ignore lint/suspicious/noExplicitAny: the page's own chrome.* typing is not available here.
  const local = (globalThis as any).chrome?.storage?.local;
  if (!local?.getKeys) return;
  const getKeys = local.getKeys.bind(local);
  local.getKeys = (...args: unknown[]) => {
    const done = getKeys(...args);
    Promise.resolve(done).then(
      () => console.debug(message),
      () => undefined,
    );
    return done;
  };
}

/** Focuses the first textarea holding at least `min` characters, caret at the end; false if there is none. */
export function focusLongAnswer(min: number): boolean {
  for (const t of document.querySelectorAll('textarea')) {
    if (t.value.length >= min) {
      t.focus();
      t.setSelectionRange(t.value.length, t.value.length);
      return true;
    }
  }
  return false;
}

/** From now on, records keydown → a frame after its input event, per keystroke, in `__keys`. */
export function keystrokeProbe(): void {
  const w = window as unknown as { __keys: number[] };
  w.__keys = [];
  let down: number | null = null;
  addEventListener('keydown', (e) => (down = e.timeStamp), true);
  addEventListener(
    'input',
    () => {
      const t0 = down;
      down = null;
      if (t0 === null) return;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.__keys.push(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

/**
 * Clicks the list item whose text starts with `name` and resolves with the
 * time until "Step 3 of 5" and an answer of at least `min` characters are on
 * screen, a frame later.
 */
export function openAndTime([name, min]: [string, number]): Promise<number> {
  return new Promise((resolve, reject) => {
    const item = [...document.querySelectorAll<HTMLElement>('ul[aria-label="Interviews found"] button')].find((b) =>
      b.textContent?.startsWith(name),
    );
    if (!item) {
      reject(new Error(`no list item for ${name}`));
      return;
    }
    const shown = () =>
      [...document.querySelectorAll('h1')].some((h) => h.textContent?.includes('Step 3 of 5')) &&
      [...document.querySelectorAll('textarea')].some((t) => t.value.length >= min);
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    item.click();
  });
}
