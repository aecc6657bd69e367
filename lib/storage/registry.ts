import { type Catalogue, CatalogueSchema, EMPTY_CATALOGUE } from '../catalogue/schema';
import { WORDING_MAX } from '../growth/wording';
import { interviewV1toV2 } from '../interview/migrate-v1';
import { INTERVIEW_SCHEMA_VERSION, InterviewSchema } from '../interview/schema';
import { ScriptSchema } from '../script/validate';
import { z } from '../zod';
import { DEFAULT_SETTINGS } from './defaults';
import { INTERVIEW_PREFIX, KEYS, SCRIPT_PREFIX } from './keys';
import { head, index } from './registry-index';
import type { Versioned } from './versioned';

export { decodeIndexEntries, encodeIndex, type Index, IndexSchema, indexItems } from './registry-index';

/**
 * Every key this extension keeps in `storage.local`, declared once with its
 * schema version and migrations. A keystroke rewrites one `interview:<id>`
 * record; the index changes only when an interview is created, renamed,
 * archived or deleted.
 */

export {
  type IndexEntry,
  IndexEntrySchema,
  STATUSES,
  type Status,
  StatusSchema,
  wellFormedIndexEntry,
} from '../interview/entry';

const interview: Versioned<z.infer<typeof InterviewSchema>> & { prefix: string } = {
  prefix: INTERVIEW_PREFIX,
  version: INTERVIEW_SCHEMA_VERSION,
  schema: InterviewSchema,
  migrations: {
    // v2 scopes each step kind's fields to its step id (lib/steps/), e.g. `arena:technical` → `arena:arenas:technical`.
    1: interviewV1toV2,
  },
};

export const QuarantineLogSchema = z.object({
  schema: z.literal(1),
  /** By storage key: when the problem was first seen and why the data could not be read. */
  items: z.record(z.string(), z.object({ at: z.number(), reasons: z.array(z.string()) })),
});
export type QuarantineLog = z.infer<typeof QuarantineLogSchema>;

const quarantine: Versioned<QuarantineLog> & { key: string; fallback: QuarantineLog } = {
  key: KEYS.quarantine,
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
  /**
   * Step 5's rejected suggestions listed in the summary (issue 21). Optional, so
   * records written before it read as they are (unset: not listed) and no
   * migration is needed; an older version reading a newer record drops it.
   */
  listRejected: z.optional(z.boolean()),
  /** The script new interviews start with (issue 18); unset or gone: the built-in Reverse Interview. Optional like `listRejected`. */
  defaultScript: z.optional(z.string().check(z.maxLength(40))),
  /**
   * The message for the candidate's greeting and sign-off (issue 20), with `{name}` and
   * `{interviewer}`; unset: the defaults in lib/growth/wording.ts. Optional like `listRejected`.
   */
  candidateGreeting: z.optional(z.string().check(z.maxLength(WORDING_MAX))),
  candidateSignOff: z.optional(z.string().check(z.maxLength(WORDING_MAX))),
});
export type Settings = z.infer<typeof SettingsSchema>;

const settings: Versioned<Settings> & { key: string; fallback: Settings } = {
  key: KEYS.settings,
  version: 1,
  schema: SettingsSchema,
  fallback: DEFAULT_SETTINGS,
  migrations: {},
};

export const CallLinksSchema = z.object({
  schema: z.literal(1),
  /** By meeting key (`meet:abc-defg-hij`): the interview linked to that meeting, and when (lib/call/link.ts). */
  links: z.record(z.string(), z.object({ id: z.string().check(z.minLength(1)), at: z.number() })),
});
export type CallLinksItem = z.infer<typeof CallLinksSchema>;

const calls: Versioned<CallLinksItem> & { key: string; fallback: CallLinksItem } = {
  key: KEYS.calls,
  version: 1,
  schema: CallLinksSchema,
  fallback: { schema: 1, links: {} },
  migrations: {},
};

/** The interviewer's own offerings (step 5). The organisation's come from managed storage and are never stored here. */
const catalogue: Versioned<Catalogue> & { key: string; fallback: Catalogue } = {
  key: KEYS.catalogue,
  version: 1,
  schema: CatalogueSchema,
  fallback: EMPTY_CATALOGUE,
  migrations: {},
};

/** The interviewer's own scripts (issue 18): names and the versions kept, by script id (lib/script/library.ts). */
export const ScriptsSchema = z.object({
  schema: z.literal(1),
  scripts: z.record(
    z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/)),
    z.object({
      name: z.string(),
      versions: z.array(z.number().check(z.int(), z.positive())),
      deleted: z.optional(z.boolean()),
    }),
  ),
});
export type ScriptsItem = z.infer<typeof ScriptsSchema>;

const scripts: Versioned<ScriptsItem> & { key: string; fallback: ScriptsItem } = {
  key: KEYS.scripts,
  version: 1,
  schema: ScriptsSchema,
  fallback: { schema: 1, scripts: {} },
  migrations: {},
};

/** One version of a script, as it was saved: never changed afterwards, so interviews pinned to it read as they were run. */
export const ScriptVersionSchema = z.object({ schema: z.literal(1), script: ScriptSchema });
export type ScriptVersion = z.infer<typeof ScriptVersionSchema>;

const script: Versioned<ScriptVersion> & { prefix: string } = {
  prefix: SCRIPT_PREFIX,
  version: 1,
  schema: ScriptVersionSchema,
  migrations: {},
};

/**
 * Scripts being edited in options (issue 18), saved as typed: by script id,
 * the draft and the version it was made from (none for a new script). Only a
 * valid draft becomes a version (`script:<id>@<version>`); until then
 * interviews never see it. Declared here as an envelope: the options page,
 * the only page that reads drafts, checks each draft in full
 * (lib/storage/drafts.ts), so the side panel does not load the editor's schemas.
 */
/** A draft's place in `scriptDrafts`: the key is its script's id; `script` is checked by the options page. */
export const DRAFT_ENTRY = {
  /** When it was last typed in. */
  at: z.number(),
  /** The version it was made from; none for a new script or a copy. */
  basedOn: z.optional(z.number().check(z.int(), z.positive())),
};
export const DraftIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/));
export const DraftsEnvelopeSchema = z.object({
  schema: z.literal(1),
  drafts: z.record(DraftIdSchema, z.object({ ...DRAFT_ENTRY, script: z.unknown() })),
});
export type DraftsEnvelope = z.infer<typeof DraftsEnvelopeSchema>;

const drafts: Versioned<DraftsEnvelope> & { key: string; fallback: DraftsEnvelope } = {
  key: KEYS.drafts,
  version: 1,
  schema: DraftsEnvelopeSchema,
  fallback: { schema: 1, drafts: {} },
  migrations: {},
};

export const registry = { index, interview, quarantine, settings, catalogue, calls, scripts, script, drafts, head } as const;

export function scriptKey(id: string, version: number): string {
  return `${registry.script.prefix}${id}@${version}`;
}

export function interviewKey(id: string): string {
  return `${registry.interview.prefix}${id}`;
}

export function interviewIdOf(key: string): string | undefined {
  return key.startsWith(registry.interview.prefix) ? key.slice(registry.interview.prefix.length) : undefined;
}
