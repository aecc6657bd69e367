import { type Catalogue, CatalogueSchema, EMPTY_CATALOGUE } from '../catalogue/schema';
import { InterviewSchema } from '../interview/schema';
import { z } from '../zod';
import type { Versioned } from './versioned';

/**
 * Every key this extension keeps in `storage.local`, declared once with its
 * schema version and migrations. A keystroke rewrites one `interview:<id>`
 * record; the index changes only when an interview is created, renamed,
 * archived or deleted.
 */

export const STATUSES = ['active', 'done', 'archived'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const IndexEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  candidate: z.string(),
  role: z.string(),
  createdAt: z.number(),
  status: StatusSchema,
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export const IndexSchema = z.object({
  schema: z.literal(2),
  /** Entries are validated one by one, so one bad entry does not hide the others. */
  entries: z.record(z.string(), z.unknown()),
});
export type Index = z.infer<typeof IndexSchema>;

const index: Versioned<Index> & { key: string; fallback: Index } = {
  key: 'index',
  version: 2,
  schema: IndexSchema,
  fallback: { schema: 2, entries: {} },
  migrations: {
    // v2 added the status (in progress / done / archived) for the library's filter.
    1: (v1: { entries: Record<string, unknown> }) => {
      // Object.entries would turn an array or a string into a record, and the next write would keep that shape.
      if (typeof v1.entries !== 'object' || v1.entries === null || Array.isArray(v1.entries)) {
        throw new Error('entries is not a record');
      }
      return {
        schema: 2,
        entries: Object.fromEntries(
          Object.entries(v1.entries).map(([id, entry]) => [
            id,
            typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? { status: 'active', ...entry } : entry,
          ]),
        ),
      };
    },
  },
};

const interview: Versioned<z.infer<typeof InterviewSchema>> & { prefix: string } = {
  prefix: 'interview:',
  version: 1,
  schema: InterviewSchema,
  migrations: {},
};

export const QuarantineLogSchema = z.object({
  schema: z.literal(1),
  /** By storage key: when the problem was first seen and why the data could not be read. */
  items: z.record(z.string(), z.object({ at: z.number(), reasons: z.array(z.string()) })),
});
export type QuarantineLog = z.infer<typeof QuarantineLogSchema>;

const quarantine: Versioned<QuarantineLog> & { key: string; fallback: QuarantineLog } = {
  key: 'quarantine',
  version: 1,
  schema: QuarantineLogSchema,
  fallback: { schema: 1, items: {} },
  migrations: {},
};

export const SettingsSchema = z.object({
  schema: z.literal(1),
  /** The summary format copied by default. */
  profile: z.string(),
  /** Shown in the summary header. */
  interviewer: z.string(),
  /** Adds "nothing was recorded" to the summary header. */
  noRecordingNote: z.boolean(),
  /** Interviews older than this many days are deleted; null keeps everything (the default). */
  retentionDays: z.nullable(z.number().check(z.int(), z.positive(), z.maximum(3650))),
});
export type Settings = z.infer<typeof SettingsSchema>;

const settings: Versioned<Settings> & { key: string; fallback: Settings } = {
  key: 'settings',
  version: 1,
  schema: SettingsSchema,
  fallback: { schema: 1, profile: 'greenhouse', interviewer: '', noRecordingNote: false, retentionDays: null },
  migrations: {},
};

export const CallLinksSchema = z.object({
  schema: z.literal(1),
  /** By meeting key (`meet:abc-defg-hij`): the interview linked to that meeting, and when (lib/call/link.ts). */
  links: z.record(z.string(), z.object({ id: z.string().check(z.minLength(1)), at: z.number() })),
});
export type CallLinksItem = z.infer<typeof CallLinksSchema>;

const calls: Versioned<CallLinksItem> & { key: string; fallback: CallLinksItem } = {
  key: 'calls',
  version: 1,
  schema: CallLinksSchema,
  fallback: { schema: 1, links: {} },
  migrations: {},
};

/** The interviewer's own offerings (step 5). The organisation's come from managed storage and are never stored here. */
const catalogue: Versioned<Catalogue> & { key: string; fallback: Catalogue } = {
  key: 'catalogue',
  version: 1,
  schema: CatalogueSchema,
  fallback: EMPTY_CATALOGUE,
  migrations: {},
};

export const registry = { index, interview, quarantine, settings, catalogue, calls } as const;

export function interviewKey(id: string): string {
  return `${registry.interview.prefix}${id}`;
}

export function interviewIdOf(key: string): string | undefined {
  return key.startsWith(registry.interview.prefix) ? key.slice(registry.interview.prefix.length) : undefined;
}
