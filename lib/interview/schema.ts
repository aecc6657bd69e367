import { z } from '../zod';

/**
 * Every value the interviewer enters is stored as its own field with the time
 * it was written, so two panels editing one interview merge per field (last
 * writer wins per field, never per interview) and the late echo of an older
 * write can never overwrite newer keystrokes.
 */
export const FieldValueSchema = z.union([z.string(), z.boolean()]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

export const StampedSchema = z.object({
  v: FieldValueSchema,
  /** Milliseconds since the epoch, strictly increasing within one writer. */
  t: z.number().check(z.nonnegative()),
});
export type Stamped = z.infer<typeof StampedSchema>;

export const INTERVIEW_SCHEMA_VERSION = 2;

export const InterviewSchema = z.object({
  schema: z.literal(INTERVIEW_SCHEMA_VERSION),
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{6,64}$/)),
  scriptId: z.string().check(z.minLength(1)),
  /**
   * The version of the script it was started with (issue 18): the interview is
   * pinned to it, whatever later versions say. Unset for interviews started
   * before scripts had versions; those are the built-in Reverse Interview.
   */
  scriptVersion: z.optional(z.number().check(z.int(), z.positive())),
  createdAt: z.number().check(z.nonnegative()),
  /**
   * Keys follow `lib/interview/fields.ts` and each step kind in `lib/steps/` (`grid:reality:technical:learn`…). The pattern
   * also keeps `__proto__` and friends out of objects built from imported files.
   */
  fields: z.record(z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9:/._-]{0,199}$/)), StampedSchema),
  /** The page that wrote this copy, so a page can tell its own storage echo from another panel's write. */
  writer: z.optional(z.string()),
});
export type Interview = z.infer<typeof InterviewSchema>;
