import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Firefox build (.output/firefox-mv3) in Debian's Firefox ESR, headless, over WebDriver BiDi.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/firefox/**/*.ff.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
