import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { exampleCatalogue } from '../../lib/catalogue/example';
import { entryOf } from '../../lib/interview/entry';
import { encodeIndex } from '../../lib/storage/registry';
import { realisticInterview } from '../e2e/realistic';

/**
 * The screenshot script runs in plain Node, which cannot load lib/: it seeds
 * issue 21's realistic interview from this file. The file is what the
 * product's own functions make, so it cannot drift from them;
 * `UPDATE_GOLDEN=1` writes it again.
 */
const FILE = fileURLToPath(new URL('../fixtures/realistic-storage.json', import.meta.url));

it('the realistic interview for the screenshots is the one the end-to-end tests use', () => {
  const interview = realisticInterview('live-1', Date.UTC(2026, 10, 30, 8, 30));
  const storage = {
    'interview:live-1': interview,
    index: encodeIndex({ 'live-1': entryOf(interview) }),
    catalogue: exampleCatalogue,
  };
  const text = `${JSON.stringify(storage, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(FILE)) writeFileSync(FILE, text);
  expect(readFileSync(FILE, 'utf8')).toBe(text);
});
