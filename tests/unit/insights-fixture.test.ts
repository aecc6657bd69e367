import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserStorage } from '../../lib/platform/storage';
import { interviewKey } from '../../lib/storage/registry';
import { createRepository } from '../../lib/storage/repository';
import { BROKEN, idOf, insightsInterviews } from '../e2e/insights-data';

/**
 * The screenshot script runs in plain Node, which cannot load lib/: it seeds
 * Insights' thirty interviews (one broken) from this file, which is what the
 * repository writes for them (tests/e2e/insights-data.ts), so it cannot
 * drift from them; `UPDATE_GOLDEN=1` writes it again.
 */
const FILE = fileURLToPath(new URL('../fixtures/insights-storage.json', import.meta.url));

beforeEach(() => fakeBrowser.reset());

it("Insights' interviews for the screenshots are the ones the end-to-end test stores", async () => {
  await createRepository(browserStorage()).putInterviews(insightsInterviews());
  const stored = await fakeBrowser.storage.local.get(null);
  stored[interviewKey(idOf(BROKEN))] = { schema: 2, id: idOf(BROKEN), fields: 'cut off mid-write' };
  const text = `${JSON.stringify(stored)}\n`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(FILE)) writeFileSync(FILE, text);
  expect(readFileSync(FILE, 'utf8')).toBe(text);
});
