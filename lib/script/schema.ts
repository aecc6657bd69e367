import { z } from '../zod';

/** Lower-case ids that are safe inside storage field keys (`grid:<arena>:<question>`). */
export const IdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case id'));

const TextSchema = z.string().check(z.trim(), z.minLength(1));

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
  description: z.optional(z.string()),
});
export type Choice = z.infer<typeof ChoiceSchema>;

const stepShape = {
  id: IdSchema,
  title: TextSchema,
  /** A word or two for the step list in a narrow panel; defaults to the title. */
  short: z.optional(TextSchema),
  /** What to say, in the interviewer's voice. */
  say: TextSchema,
  /** Short reminders for the interviewer, never read out. */
  guidance: z.array(TextSchema),
  /** Ticks the interviewer sets ("I said it"). */
  checks: z.array(ChoiceSchema),
  /** Free-text questions shown after the kind-specific part. */
  questions: z.array(QuestionSchema),
  /** Suggested time for the step, in minutes. */
  budgetMinutes: z.optional(z.number().check(z.positive(), z.maximum(240))),
};

export const QuestionsStepSchema = z.object({ ...stepShape, kind: z.literal('questions') });

export const ArenaChoiceStepSchema = z.object({
  ...stepShape,
  kind: z.literal('arenaChoice'),
  arenas: z.array(ChoiceSchema).check(z.minLength(1)),
  /** The method keeps the conversation to a few arenas so each gets real time. */
  maxArenas: z.number().check(z.int(), z.positive()),
  allowCustom: z.boolean(),
});

export const ArenaGridStepSchema = z.object({
  ...stepShape,
  kind: z.literal('arenaGrid'),
  /** Asked for every chosen arena. */
  grid: z.array(QuestionSchema).check(z.minLength(1)),
  /** Grid questions whose answers are needs that step "match" answers. */
  needs: z.array(IdSchema),
  /**
   * Needs that are obstacles ("what gets in the way"): only an offering that
   * speaks to their words addresses one; fitting the arena is not enough.
   */
  obstacles: z.optional(z.array(IdSchema)),
});

export const GrowthModesStepSchema = z.object({
  ...stepShape,
  kind: z.literal('growthModes'),
  modes: z.array(ChoiceSchema).check(z.minLength(1)),
});

export const MatchStepSchema = z.object({
  ...stepShape,
  kind: z.literal('match'),
  /** The kinds of support the company can offer against each need. */
  supports: z.array(ChoiceSchema).check(z.minLength(1)),
});

export const StepSchema = z.discriminatedUnion('kind', [
  QuestionsStepSchema,
  ArenaChoiceStepSchema,
  ArenaGridStepSchema,
  GrowthModesStepSchema,
  MatchStepSchema,
]);
export type Step = z.infer<typeof StepSchema>;
export type StepKind = Step['kind'];
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;

export const ScriptSchema = z
  .object({
    id: IdSchema,
    name: TextSchema,
    /** Bumped when the wording or structure changes. */
    version: z.number().check(z.int(), z.positive()),
    credit: z.optional(z.string()),
    steps: z.array(StepSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((s) => unique(s.steps.map((step) => step.id)), {
      message: 'step ids must be unique',
      path: ['steps'],
    }),
    z.refine((s) => s.steps.every((step) => unique(idsWithin(step))), {
      message: 'ids within a step must be unique',
      path: ['steps'],
    }),
    z.refine((s) => dependsOnEarlier(s.steps, 'arenaGrid', 'arenaChoice'), {
      message: 'an arena grid needs an arena choice before it',
      path: ['steps'],
    }),
    z.refine(
      (s) => s.steps.every((step) => step.kind !== 'arenaGrid' || step.needs.every((id) => step.grid.some((q) => q.id === id))),
      { message: 'arena grid needs must name grid questions', path: ['steps'] },
    ),
    z.refine(
      (s) => s.steps.every((step) => step.kind !== 'arenaGrid' || (step.obstacles ?? []).every((id) => step.needs.includes(id))),
      { message: 'arena grid obstacles must be among its needs', path: ['steps'] },
    ),
    z.refine((s) => ['arenaChoice', 'arenaGrid', 'growthModes', 'match'].every((k) => count(s.steps, k) <= 1), {
      message: 'at most one step of each structured kind',
      path: ['steps'],
    }),
  );
export type Script = z.infer<typeof ScriptSchema>;

function unique(ids: string[]): boolean {
  return new Set(ids).size === ids.length;
}

function count(steps: Step[], kind: string): number {
  return steps.filter((s) => s.kind === kind).length;
}

function dependsOnEarlier(steps: Step[], kind: StepKind, needed: StepKind): boolean {
  const at = steps.findIndex((s) => s.kind === kind);
  return at === -1 || steps.slice(0, at).some((s) => s.kind === needed);
}

function idsWithin(step: Step): string[] {
  const ids = [...step.checks.map((c) => c.id), ...step.questions.map((q) => q.id)];
  switch (step.kind) {
    case 'arenaChoice':
      return [...ids, ...step.arenas.map((a) => a.id)];
    case 'arenaGrid':
      return [...ids, ...step.grid.map((q) => q.id)];
    case 'growthModes':
      return [...ids, ...step.modes.map((m) => m.id)];
    case 'match':
      return [...ids, ...step.supports.map((s) => s.id)];
    default:
      return ids;
  }
}

/** The step of a kind, if the script has one. */
export function stepOfKind<K extends StepKind>(script: Script, kind: K): StepOf<K> | undefined {
  return script.steps.find((s): s is StepOf<K> => s.kind === kind);
}
