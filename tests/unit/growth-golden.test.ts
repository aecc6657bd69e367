import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { buildGrowthPlan, renderGrowthPlan } from '../../lib/growth';
import { reverseInterview as script } from '../../lib/script';
import { emptyInterview, FULL_OPTIONS, fullInterview, GROWTH_CATALOGUE } from './support/summary-fixtures';

/**
 * Golden files of the message for the candidate (issue 20), as the summary's:
 * the full interview without and with its obstacles, and an empty one.
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/growth-golden.test.ts` rewrites
 * them; read the diff before committing it.
 */
const DIR = fileURLToPath(new URL('../fixtures/golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string): void {
  const path = `${DIR}${name}`;
  if (UPDATE) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`${name} is missing: run with UPDATE_GOLDEN=1 to write it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

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
