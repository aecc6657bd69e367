import type { ChangeListener, StorageArea } from './port';

/**
 * The side panel's first read of storage, started by a tiny classic script
 * (entrypoints/panel-prefetch.ts) while the browser is still parsing the page, so
 * that reading storage overlaps loading the panel's code instead of waiting
 * for it. One storage call fetches what every store reads at start-up.
 *
 * The two scripts are separate bundles, so the prefetch is handed over on
 * `globalThis` under a registered symbol. Each key is served once, and only
 * if no change to it was seen since the read was issued; otherwise the
 * caller reads storage as usual. Nothing here writes.
 */

interface Prefetch {
  keys: ReadonlySet<string>;
  /** Each key's read; resolves to undefined when it failed: callers then read for themselves. */
  reads: ReadonlyMap<string, Promise<Record<string, unknown> | undefined>>;
  /** Keys that changed after the read was issued. */
  changed: Set<string>;
  /** Keys already handed out. */
  taken: Set<string>;
  stop: () => void;
}

const SLOT = Symbol.for('reverse-interview.prefetch');
/** null: the page's code ran first and read storage itself, so a prefetch arriving later is not started. */
type Slot = { [SLOT]?: Prefetch | null };

/** What to read before `keys`, and what to read only when that is not enough. */
export interface PrefetchPlan {
  /** Read in a call of their own, issued first. */
  first?: readonly string[];
  /** Read once `first` has answered, unless `enough` says the page can start without them (they read for themselves then). */
  unless?: { keys: readonly string[]; enough: (first: Record<string, unknown>) => boolean };
}

/** Starts reading `keys` (one storage call) as `plan` says, and records which of them change from now on. */
export function startPrefetch(
  area: StorageArea,
  watch: (listener: ChangeListener) => () => void,
  keys: readonly string[],
  { first = [], unless }: PrefetchPlan = {},
): void {
  // The script is `async` (it must not hold up parsing the page), so in theory the panel's code could run first.
  if ((globalThis as Slot)[SLOT] === null) return;
  const changed = new Set<string>();
  // Watch first: a change committed after the read is issued must be seen.
  const stop = watch((changes) => {
    for (const key of Object.keys(changes)) changed.add(key);
  });
  const reads = new Map<string, Promise<Record<string, unknown> | undefined>>();
  const read = (group: readonly string[]) => {
    try {
      return area.get([...group]).catch(() => undefined);
    } catch {
      return Promise.resolve(undefined);
    }
  };
  const firstValues = first.length > 0 ? read(first) : Promise.resolve({});
  for (const key of first) reads.set(key, firstValues);
  if (keys.length > 0) {
    const values = read(keys);
    for (const key of keys) reads.set(key, values);
  }
  if (unless && unless.keys.length > 0) {
    const later = firstValues.then((values) => (values && unless.enough(values) ? undefined : read(unless.keys)));
    for (const key of unless.keys) reads.set(key, later);
  }
  (globalThis as Slot)[SLOT] = { keys: new Set(reads.keys()), reads, changed, taken: new Set(), stop };
}

/** The values of `list` once their reads are done; undefined if one failed or one of them changed since. */
function valuesOf(prefetch: Prefetch, list: readonly string[]): Promise<Record<string, unknown> | undefined> {
  const reads = [...new Set(list.map((k) => prefetch.reads.get(k)))];
  return Promise.all(reads).then((all) => {
    if (all.some((values) => !values) || list.some((k) => prefetch.changed.has(k))) return undefined;
    const out: Record<string, unknown> = {};
    for (const values of all) for (const key of list) if (values && key in values) out[key] = values[key];
    return out;
  });
}

/**
 * The prefetched values for `keys`, or undefined when they were not all
 * prefetched, were already handed out, or the promise resolves to undefined
 * when the read failed or one of them changed since.
 */
export function takePrefetched(
  keys: string | string[] | null | undefined,
): Promise<Record<string, unknown> | undefined> | undefined {
  const prefetch = (globalThis as Slot)[SLOT];
  if (!prefetch || keys === null || keys === undefined) return undefined;
  const list = typeof keys === 'string' ? [keys] : keys;
  if (list.length === 0 || !list.every((k) => prefetch.keys.has(k) && !prefetch.taken.has(k))) return undefined;
  for (const key of list) prefetch.taken.add(key);
  if (prefetch.taken.size === prefetch.keys.size) {
    // Everything handed out: no need to keep watching.
    delete (globalThis as Slot)[SLOT];
  }
  return valuesOf(prefetch, list).then((values) => {
    if (prefetch.taken.size === prefetch.keys.size) prefetch.stop();
    return values;
  });
}

/** Drops a prefetch nobody took (tests; a page that never reads it). */
export function dropPrefetch(): void {
  const prefetch = (globalThis as Slot)[SLOT];
  delete (globalThis as Slot)[SLOT];
  prefetch?.stop();
}

/** `area` with its first read of each prefetched key served from the prefetch. */
export function withPrefetch(area: StorageArea): StorageArea {
  return {
    get(keys) {
      const prefetched = takePrefetched(keys);
      return prefetched ? prefetched.then((values) => values ?? area.get(keys)) : area.get(keys);
    },
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    clear: () => area.clear(),
    ...(area.getKeys ? { getKeys: () => (area as Required<StorageArea>).getKeys() } : {}),
  };
}

/**
 * The prefetched values for `keys` without taking them: the side panel's
 * first chunk draws the list from them while the stores' code loads, and the
 * stores still read them as usual. Undefined as `takePrefetched`.
 */
export function peekPrefetched(keys: string[]): Promise<Record<string, unknown> | undefined> | undefined {
  const prefetch = (globalThis as Slot)[SLOT];
  if (prefetch === undefined) {
    // The page's code ran before the prefetch script: it reads for itself, and a late prefetch would only be a second read.
    (globalThis as Slot)[SLOT] = null;
    return undefined;
  }
  if (!prefetch || keys.length === 0 || !keys.every((k) => prefetch.keys.has(k) && !prefetch.taken.has(k))) return undefined;
  return valuesOf(prefetch, keys);
}
