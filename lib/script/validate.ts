import { idsWithin, KINDS, kindOf, type Step, StepSchema } from '../steps';
import { IdSchema, TextSchema } from '../steps/parts';
import { z } from '../zod';

/*
 * The script schema, apart from the types (schema.ts): what reads a script
 * from outside the code (a stored version, an imported file, the editor)
 * checks it here. Sizes are capped so that a hostile file cannot make a
 * script no panel could show: the built-in has 5 steps and 13 questions.
 */

/** Generous for any real interview, small enough for a panel. */
export const SCRIPT_LIMITS = { steps: 30, perList: 60, text: 2000, json: 512 * 1024 } as const;

/** A script: the steps of one kind of interview, each of a kind in `lib/steps/`. */
export const ScriptSchema = z
  .object({
    id: IdSchema,
    name: TextSchema.check(z.maxLength(120)),
    /** Bumped when the wording or structure changes. */
    version: z.number().check(z.int(), z.positive(), z.maximum(1_000_000)),
    credit: z.optional(z.string().check(z.maxLength(SCRIPT_LIMITS.text))),
    steps: z.array(StepSchema).check(z.minLength(1), z.maxLength(SCRIPT_LIMITS.steps)),
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
    z.superRefine((s, ctx) => {
      for (const { at, message } of structureProblems(s)) ctx.addIssue({ code: 'custom', message, path: ['steps', at] });
    }),
  );

function unique(ids: string[]): boolean {
  return new Set(ids).size === ids.length;
}

/**
 * What makes no sense in how a script's steps fit together, said on the step:
 * each kind's own rules (an arena grid needs an arena choice before it), and a
 * second step of a kind there can be only one of. Reads only kinds, ids and
 * the ids a step names, so the editor can say it of a draft not yet valid.
 */
export function structureProblems(script: { steps: readonly Step[] }): { at: number; message: string }[] {
  return script.steps.flatMap((step, at) => {
    const kind = KINDS[step.kind];
    const second = kind.single && script.steps.findIndex((other) => other.kind === step.kind) < at;
    return [...kindOf(step).problems(step, script), ...(second ? [`a script has at most one “${kind.name}” step`] : [])].map(
      (message) => ({ at, message }),
    );
  });
}
