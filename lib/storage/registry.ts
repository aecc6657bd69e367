import { InterviewSchema } from '../interview/schema';
import { z } from '../zod';

/**
 * Every key this extension keeps in `storage.local`, declared once.
 * A keystroke rewrites one `interview:<id>` record; the index is written
 * only when an interview is created or its name or role changes.
 */
export const IndexEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  candidate: z.string(),
  role: z.string(),
  createdAt: z.number(),
});
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export const IndexSchema = z.object({
  schema: z.literal(1),
  /** Entries are validated one by one, so one bad entry does not hide the others. */
  entries: z.record(z.string(), z.unknown()),
});

export const registry = {
  index: { key: 'index', version: 1, schema: IndexSchema, fallback: { schema: 1, entries: {} } },
  interview: { prefix: 'interview:', version: 1, schema: InterviewSchema },
} as const;

export function interviewKey(id: string): string {
  return `${registry.interview.prefix}${id}`;
}

export function interviewIdOf(key: string): string | undefined {
  return key.startsWith(registry.interview.prefix) ? key.slice(registry.interview.prefix.length) : undefined;
}
