import { z } from '../zod';
import { keys, text } from './fields';
import { type IndexEntry, STATUSES, type Status } from './index-entry';
import type { Interview } from './schema';

/**
 * What the list knows of an interview without reading its record: one entry
 * per interview in the stored index (lib/storage/registry.ts), projected from
 * the record whenever its name, role or status changes.
 */

export { type IndexEntry, STATUSES, type Status, sortEntries, wellFormedIndexEntry } from './index-entry';

export const StatusSchema = z.enum(STATUSES);

export const IndexEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  candidate: z.string(),
  role: z.string(),
  createdAt: z.number(),
  status: StatusSchema,
});
// The plain type the list reads without zod (index-entry.ts) is exactly the schema's output.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _same: Same<z.infer<typeof IndexEntrySchema>, IndexEntry> = true;
void _same;

export function statusOf(interview: Interview): Status {
  const parsed = StatusSchema.safeParse(interview.fields[keys.status]?.v);
  return parsed.success ? parsed.data : 'active';
}

/** The index entry that describes an interview record. */
export function entryOf(interview: Interview): IndexEntry {
  return {
    id: interview.id,
    candidate: text(interview, keys.candidate),
    role: text(interview, keys.role),
    createdAt: interview.createdAt,
    status: statusOf(interview),
  };
}

/** The candidate, as the list and its messages name them. */
export function labelOf(interview: Interview): string {
  return entryOf(interview).candidate || 'Unnamed candidate';
}
