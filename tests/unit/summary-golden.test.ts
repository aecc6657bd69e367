import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reverseInterview as script } from '../../lib/script';
import { buildSummary, type Profile, profiles } from '../../lib/summary';
import { emptyInterview, FULL_OPTIONS, fullInterview } from './support/summary-fixtures';

/**
 * Golden files: the exact bytes each profile produces for a full and an empty
 * interview. A change in any renderer shows up as a diff of these files.
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/summary-golden.test.ts` rewrites
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

const cases = [
  ['full', buildSummary(fullInterview(), script, FULL_OPTIONS)],
  ['empty', buildSummary(emptyInterview(), script)],
] as const;

describe.each(profiles.map((p) => [p.id, p] as [string, Profile]))('%s golden files', (id, profile) => {
  it.each(cases)(`${id}-%s`, (name, summary) => {
    const out = profile.render(summary);
    expectGolden(`${id}-${name}.html`, out.html);
    expectGolden(`${id}-${name}.${profile.textFormat === 'markdown' ? 'md' : 'txt'}`, out.text);
  });
});
