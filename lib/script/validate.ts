import { idsWithin, KINDS, kindOf, StepSchema } from '../steps';
import { IdSchema, TextSchema } from '../steps/parts';
import { z } from '../zod';

/*
 * The script schema, apart from the types (schema.ts): only what reads a script
 * from outside (tests today; the script editor and import, issue 18) loads
 * it. The built-in script is checked against it in tests, so the side panel
 * does not carry it.
 */

/** A script: the steps of one kind of interview, each of a kind in `lib/steps/`. */
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
    z.superRefine((s, ctx) => {
      s.steps.forEach((step, at) => {
        for (const message of kindOf(step).problems(step, s)) ctx.addIssue({ code: 'custom', message, path: ['steps', at] });
      });
    }),
    z.refine((s) => Object.values(KINDS).every((k) => !k.single || s.steps.filter((step) => step.kind === k.kind).length <= 1), {
      message: 'at most one step of each structured kind',
      path: ['steps'],
    }),
  );

function unique(ids: string[]): boolean {
  return new Set(ids).size === ids.length;
}
