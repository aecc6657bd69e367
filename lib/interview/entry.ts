import { z } from '../zod';
import { keys, text } from './fields';
import type { Interview } from './schema';

/**
 * What the list knows of an interview without reading its record: one entry
 * per interview in the stored index (lib/storage/registry.ts), projected from
 * the record whenever its name, role or status changes.
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
