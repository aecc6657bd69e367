import { type IndexEntry, sortEntries, wellFormedIndexEntry } from '../interview/index-entry';
import type { Interview } from '../interview/schema';
import { reasonOf } from '../reason';
import { describeIssues } from '../zod';
import { decodeIndexEntries, IndexEntrySchema, registry, type Settings } from './registry';
import { readVersioned, type Versioned } from './versioned';

/**
 * Stored values to validated values, pure. Nothing here reads storage or
 * writes: the repository (repository.ts) calls these on what it read, and
 * notes what failed in the page's quarantine (quarantine.ts).
 */

/** A stored record that failed validation. It is reported and left exactly as it was. */
export interface Problem {
  key: string;
  reasons: string[];
}

export type ReadResult = { kind: 'ok'; interview: Interview } | { kind: 'missing' } | { kind: 'invalid'; problem: Problem };

export interface IndexResult {
  entries: IndexEntry[];
  problems: Problem[];
}

/** A single stored item (settings, catalogue, call links): its value, the fallback when there is none, or why it cannot be read. */
export type ItemRead<T> = { kind: 'ok'; value: T } | { kind: 'invalid'; problem: Problem };

/** Declares a single stored item: its key, schema chain and the value it has before anything is stored. */
export interface ItemSpec<T> extends Versioned<T> {
  key: string;
  fallback: T;
}

export function parseItem<T>(spec: ItemSpec<T>, raw: unknown): ItemRead<T> {
  // Chrome leaves `newValue` out for a removed key; some implementations send null.
  if (raw === undefined || raw === null) return { kind: 'ok', value: spec.fallback };
  const read = readVersioned(spec, raw);
  return read.kind === 'ok'
    ? { kind: 'ok', value: read.value }
    : { kind: 'invalid', problem: { key: spec.key, reasons: read.reasons } };
}

export function parseInterview(key: string, raw: unknown): ReadResult {
  if (raw === undefined || raw === null) return { kind: 'missing' };
  const read = readVersioned(registry.interview, raw);
  if (read.kind === 'ok') return { kind: 'ok', interview: read.value };
  return { kind: 'invalid', problem: { key, reasons: read.reasons } };
}

export function parseIndex(raw: unknown): IndexResult {
  if (raw === undefined || raw === null) return { entries: [], problems: [] };
  const key = registry.index.key;
  const read = readIndexEntries(raw);
  if (read.kind === 'invalid') return { entries: [], problems: [{ key, reasons: read.reasons }] };
  const entries: IndexEntry[] = [];
  const problems: Problem[] = [];
  for (const [id, value] of Object.entries(read.entries)) {
    const fast = wellFormedIndexEntry(value);
    const entry = fast ? ({ success: true, data: fast } as const) : IndexEntrySchema.safeParse(value);
    if (entry.success && entry.data.id === id) entries.push(entry.data);
    else
      problems.push({
        key: `${key}.entries.${id}`,
        reasons: entry.success ? ['id: does not match its key in the index'] : describeIssues(entry.error),
      });
  }
  return { entries: sortEntries(entries), problems };
}

/** The stored index's entries by id, unvalidated one by one, or why the index as a whole cannot be read. */
export function readIndexEntries(
  raw: unknown,
): { kind: 'ok'; entries: Record<string, unknown> } | { kind: 'invalid'; reasons: string[] } {
  const read = readVersioned(registry.index, raw);
  if (read.kind === 'invalid') return read;
  try {
    return { kind: 'ok', entries: decodeIndexEntries(read.value) };
  } catch (error) {
    return { kind: 'invalid', reasons: [reasonOf(error)] };
  }
}

/** The stored settings, or the defaults when there are none or they cannot be read. */
export function parseSettings(raw: unknown): Settings {
  const read = parseItem(registry.settings, raw);
  return read.kind === 'ok' ? read.value : registry.settings.fallback;
}

export { sortEntries };

/** Whether the stored value under `key` (a top-level storage key) still fails validation. */
export function stillInvalid(key: string, raw: unknown, logged: string): boolean {
  if (key === registry.index.key) return parseIndex(raw).problems.some((p) => p.key === logged);
  if (key === registry.quarantine.key) return true;
  for (const item of [registry.catalogue, registry.settings, registry.calls]) {
    if (key === item.key) return parseItem<unknown>(item, raw).kind === 'invalid';
  }
  return parseInterview(key, raw).kind === 'invalid';
}
