import { reasonOf } from '../reason';
import { z } from '../zod';
import { KEYS } from './keys';
import { encodeListHead, type ListHead } from './list-head';
import type { Versioned } from './versioned';

/**
 * The registry's declarations of the list's two keys (registry.ts re-exports
 * them): the index of every interview, and its first page, written with it.
 */

export const IndexSchema = z.object({
  schema: z.literal(3),
  /**
   * The entries by id, as JSON text (`decodeIndexEntries`). Chrome took 260–630 ms
   * to hand a 2,000-entry index over as an object and 17–34 ms as one string
   * (issue 7, bench figure 2). Entries are validated one by one after decoding,
   * so one bad entry does not hide the others.
   */
  entriesJson: z.string(),
});
export type Index = z.infer<typeof IndexSchema>;

/** The stored form of an index holding `entries`. */
export function encodeIndex(entries: Record<string, unknown>): Index {
  return { schema: 3, entriesJson: JSON.stringify(entries) };
}

/** The entries of a valid index: a record by id. Throws when the text is not JSON or not a record. */
export function decodeIndexEntries(index: Index): Record<string, unknown> {
  let entries: unknown;
  try {
    entries = JSON.parse(index.entriesJson);
  } catch (error) {
    throw new Error(`entriesJson: not JSON (${reasonOf(error)})`);
  }
  if (!isRecord(entries)) throw new Error('entriesJson: expected an object of entries by id');
  return entries;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const index: Versioned<Index> & { key: string; fallback: Index } = {
  key: KEYS.index,
  version: 3,
  schema: IndexSchema,
  fallback: encodeIndex({}),
  migrations: {
    // v2 added the status (in progress / done / archived) for the library's filter.
    1: (v1: { entries: unknown }) => {
      // Object.entries would turn an array or a string into a record, and the next write would keep that shape.
      if (!isRecord(v1.entries)) throw new Error('entries is not a record');
      return {
        schema: 2,
        entries: Object.fromEntries(
          Object.entries(v1.entries).map(([id, entry]) => [id, isRecord(entry) ? { status: 'active', ...entry } : entry]),
        ),
      };
    },
    // v3 stores the same entries as JSON text, which the browser hands over ten times faster.
    2: (v2: { entries: unknown }) => {
      if (!isRecord(v2.entries)) throw new Error('entries is not a record');
      return encodeIndex(v2.entries);
    },
  },
};

const ListHeadSchema = z.object({
  schema: z.literal(1),
  total: z.number().check(z.int(), z.nonnegative()),
  active: z.number().check(z.int(), z.nonnegative()),
  firstJson: z.string(),
});

/**
 * The list's first page (list-head.ts), derived from the index and written with it. Declared here
 * like every key; only the side panel's first chunk reads it, without zod, and nothing reports it:
 * when it cannot be read the panel waits for the index, which is the truth.
 */
export const head: Versioned<ListHead> & { key: string; fallback: ListHead } = {
  key: KEYS.listHead,
  version: 1,
  schema: ListHeadSchema,
  fallback: encodeListHead({}),
  migrations: {},
};

/** What an index write stores: the index and its first page, in one storage call. */
export function indexItems(entries: Record<string, unknown>): Record<string, unknown> {
  return { [index.key]: encodeIndex(entries), [head.key]: encodeListHead(entries) };
}
