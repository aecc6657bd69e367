import { z } from '../../zod';
import { ChoiceSchema, listOf, stepShape } from '../parts';

/** Step 5: each need the candidate named, against what the company can honestly offer. */
export const MatchStepSchema = z.object({
  ...stepShape,
  kind: z.literal('match'),
  /** The kinds of support the company can offer against each need. */
  supports: listOf(ChoiceSchema).check(z.minLength(1)),
});
export type MatchStep = z.infer<typeof MatchStepSchema>;
