import { type IndexEntry, sortEntries, wellFormedIndexEntry } from '../interview/index-entry';
import { KEYS } from './keys';
import { type FirstPage, quickListHead } from './list-head';
import { peekPrefetched, takePrefetched } from './prefetch';

/**
 * The list straight from the prefetched index, for the side panel's first
 * screen (issue 17): no zod, no repository. Only the plain case is read here
 * (the current index version, every entry well formed and under its own id);
 * anything else gives undefined, and the panel waits for the repository,
 * which validates, migrates and reports as always. What this accepts, the
 * repository reads to the same entries (tests/unit/listed.test.ts).
 */
export function quickIndex(raw: unknown): IndexEntry[] | undefined {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { schema, entriesJson } = raw as Record<string, unknown>;
  if (schema !== 3 || typeof entriesJson !== 'string') return undefined;
  let byId: unknown;
  try {
    byId = JSON.parse(entriesJson);
  } catch {
    return undefined;
  }
  if (typeof byId !== 'object' || byId === null || Array.isArray(byId)) return undefined;
  const entries: IndexEntry[] = [];
  for (const [id, value] of Object.entries(byId)) {
    const entry = wellFormedIndexEntry(value);
    if (!entry || entry.id !== id) return undefined;
    entries.push(entry);
  }
  return sortEntries(entries);
}

/** The prefetched index's entries (see `quickIndex`), or undefined when the repository must read it. */
export async function listedFromPrefetch(): Promise<IndexEntry[] | undefined> {
  const values = await peekPrefetched([KEYS.index]);
  return values ? quickIndex(values[KEYS.index]) : undefined;
}

/**
 * The list's first page from the prefetched list head (list-head.ts), read in
 * a storage call of its own before the index; undefined when there is none or
 * it is not well formed (the list then waits for the index). Taken, not
 * peeked: nothing else reads it.
 */
export async function firstPageFromPrefetch(): Promise<FirstPage | undefined> {
  const values = await takePrefetched([KEYS.listHead]);
  return values ? quickListHead(values[KEYS.listHead]) : undefined;
}

/** The stored call links as the prefetch read them (the call banner's first frame, lib/store/call-first.ts); peeked: the call store reads them too. */
export async function callLinksFromPrefetch(): Promise<unknown> {
  return (await peekPrefetched([KEYS.calls]))?.[KEYS.calls];
}
