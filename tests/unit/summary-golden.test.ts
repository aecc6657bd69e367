import { describe, it } from 'vitest';
import { reverseInterview as script } from '../../lib/script';
import { buildSummary, type Profile, profiles } from '../../lib/summary';
import { expectGolden } from './support/golden';
import { emptyInterview, FULL_OPTIONS, fullInterview } from './support/summary-fixtures';

/**
 * Golden files: the exact bytes each profile produces for a full and an empty
 * interview. A change in any renderer shows up as a diff of these files.
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/summary-golden.test.ts` rewrites
 * them; read the diff before committing it.
 */

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
