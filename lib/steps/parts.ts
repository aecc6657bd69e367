import { z } from '../zod';

/**
 * What every step kind is built from: the schema parts all steps share, and
 * the little a kind module may know about the script around its step.
 * Imports nothing but zod, so kind modules and the script schema can both use it.
 */

/** Lower-case ids that are safe inside storage field keys (`grid:<step>:<arena>:<question>`). */
export const IdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'expected a lower-case id of at most 40 characters'));

export const TextSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(2000));

/** A list in a step (questions, arenas, modes…): a script a hostile file makes can still be shown. */
export function listOf<T extends z.ZodMiniType>(item: T) {
  return z.array(item).check(z.maxLength(60));
}

/** Something the interviewer asks; the answer is free text. */
export const QuestionSchema = z.object({
  id: IdSchema,
  /** What the interviewer asks; also the answer box's accessible name. */
  text: TextSchema,
  /** Short label used in the summary ("Already good at"). */
  label: TextSchema,
});
export type Question = z.infer<typeof QuestionSchema>;

/** One option of a choice: an arena, a growth mode, a kind of support, a tick. */
export const ChoiceSchema = z.object({
  id: IdSchema,
  label: TextSchema,
  description: z.optional(z.string().check(z.maxLength(2000))),
});
export type Choice = z.infer<typeof ChoiceSchema>;

/** The parts of every step, whatever its kind. */
export const stepShape = {
  id: IdSchema,
  title: TextSchema,
  /** A word or two for the step list in a narrow panel; defaults to the title. */
  short: z.optional(TextSchema),
  /** What to say, in the interviewer's voice. */
  say: TextSchema,
  /** Short reminders for the interviewer, never read out. */
  guidance: listOf(TextSchema),
  /** Ticks the interviewer sets ("I said it"). */
  checks: listOf(ChoiceSchema),
  /** Free-text questions shown after the kind-specific part. */
  questions: listOf(QuestionSchema),
  /** Suggested time for the step, in minutes. */
  budgetMinutes: z.optional(z.number().check(z.positive(), z.maximum(240))),
};

/** What a kind module may know of another step: its id and kind (it narrows the rest itself). */
export interface StepLike {
  id: string;
  kind: string;
}

/** What a kind module may know of the script around its step. */
export interface ScriptLike {
  steps: readonly StepLike[];
}

/** How much of a step has been captured, for the step list. */
export interface Progress {
  done: number;
  total: number;
}

/** The nearest step of a kind before `step` (the arena choice an arena grid asks about). */
export function stepBefore<S extends StepLike>(script: ScriptLike, step: StepLike, kind: S['kind']): S | undefined {
  const at = script.steps.findIndex((s) => s.id === step.id);
  const before = script.steps.slice(0, at === -1 ? script.steps.length : at);
  return before.reverse().find((s) => s.kind === kind) as S | undefined;
}

/** Every step of a kind before `step` (the arena grids and growth modes whose needs step 5 answers). */
export function stepsBefore<S extends StepLike>(script: ScriptLike, step: StepLike, kind: S['kind']): S[] {
  const at = script.steps.findIndex((s) => s.id === step.id);
  return script.steps.slice(0, at === -1 ? script.steps.length : at).filter((s): s is S => s.kind === kind);
}
