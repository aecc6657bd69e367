/**
 * The built Firefox package against docs/store-listing.md (issue 19, item 8),
 * as tests/e2e/store-listing.e2e.ts does for Chrome's.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { builtPackageProblems } from '../unit/support/store-listing';

const extensionPath = process.env.FIREFOX_EXTENSION_PATH ?? fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));

test('the built manifest asks for nothing the store listing does not justify, and runs no remote code', () => {
  const { files, problems } = builtPackageProblems(extensionPath, 'firefox');
  expect(files).toBeGreaterThan(5);
  expect(problems).toEqual([]);
});
