import { describeIssues, type z } from '../zod';

/**
 * A stored item with a schema version. `migrations[n]` turns a version-n value
 * into version n+1; reading runs the chain up to `version` and validates the
 * result. Nothing here writes: a migrated value is saved by the next
 * ordinary write, and a value that fails stays exactly as it was.
 */
export interface Versioned<T> {
  version: number;
  schema: z.ZodMiniType<T>;
  // biome-ignore lint/suspicious/noExplicitAny: a migration takes the previous version's shape, which no longer has a type.
  migrations: Record<number, (value: any) => unknown>;
}

export type VersionedRead<T> = { kind: 'ok'; value: T; from: number } | { kind: 'invalid'; reasons: string[] };

/** The `schema` number a stored value declares, if any. */
export function versionOf(raw: unknown): number | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const version = (raw as { schema?: unknown }).schema;
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : undefined;
}

export function readVersioned<T>(item: Versioned<T>, raw: unknown): VersionedRead<T> {
  const from = versionOf(raw);
  if (from === undefined) return { kind: 'invalid', reasons: ['(root): no schema version'] };
  if (from > item.version) {
    return { kind: 'invalid', reasons: [`(root): written by a newer version of the extension (schema ${from})`] };
  }
  // Migrations get a copy, so a failed one leaves the stored value untouched.
  // A current value is not copied: validation does not change its input, and
  // cloning the 2,000-entry index cost up to 70 ms per read (issue 7, bench).
  let value: unknown = from === item.version ? raw : structuredClone(raw);
  for (let v = from; v < item.version; v += 1) {
    const step = item.migrations[v];
    if (!step) return { kind: 'invalid', reasons: [`(root): no migration from schema ${v}`] };
    try {
      value = step(value);
    } catch (error) {
      return { kind: 'invalid', reasons: [`(root): migration from schema ${v} failed: ${String(error)}`] };
    }
  }
  const parsed = item.schema.safeParse(value);
  if (!parsed.success) {
    const prefix = from === item.version ? '' : `after migration from schema ${from}: `;
    // "…and 3 more" counts the lines above it: it is not a problem of its own to prefix.
    return { kind: 'invalid', reasons: describeIssues(parsed.error).map((r) => (r.startsWith('…and ') ? r : prefix + r)) };
  }
  return { kind: 'ok', value: parsed.data, from };
}
