/**
 * The built Chrome package against docs/store-listing.md (issue 19, item 8):
 * WXT writes the manifest and may add to what wxt.config.ts asks for, so the
 * built one must be justified too; and "remote code: no" must hold for the
 * files the store receives. tests/unit/store-listing.test.ts checks the config.
 */
import { expect, test } from 'vitest';
import { builtPackageProblems } from '../unit/support/store-listing';
import { extensionPath } from './harness';

test('the built manifest asks for nothing the store listing does not justify, and runs no remote code', () => {
  const { files, problems } = builtPackageProblems(extensionPath, 'chrome');
  expect(files).toBeGreaterThan(5);
  expect(problems).toEqual([]);
});
