import { it } from 'vitest';
import { buildGrowthPlan, renderGrowthPlan } from '../../lib/growth';
import { reverseInterview as script } from '../../lib/script';
import { expectGolden } from './support/golden';
import { emptyInterview, FULL_OPTIONS, fullInterview, GROWTH_CATALOGUE } from './support/summary-fixtures';

/**
 * Golden files of the message for the candidate (issue 20), as the summary's:
 * the full interview without and with its obstacles, and an empty one.
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/growth-golden.test.ts` rewrites
 * them; read the diff before committing it.
 */

const options = { catalogue: GROWTH_CATALOGUE, interviewer: FULL_OPTIONS.interviewer };

it.each([
  ['candidate-full', fullInterview(), false],
  ['candidate-full-obstacles', fullInterview(), true],
  ['candidate-empty', emptyInterview(), false],
] as const)('%s', (name, interview, obstacles) => {
  const out = renderGrowthPlan(buildGrowthPlan(interview, script, { ...options, obstacles }).plan);
  expectGolden(`${name}.html`, out.html);
  expectGolden(`${name}.txt`, out.text);
});
