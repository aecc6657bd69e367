import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/chrome-mv3) in headless
// Chromium. One browser at a time: the machines have two cores, and several
// Chromiums racing each other make timing-sensitive tests flaky.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    // Generous: with several sessions sharing two cores (load average 30 seen), a 60 s budget failed healthy tests.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // expect.poll waits 1 s by default: on a loaded machine, what a panel does after a frame or a storage round
    // trip (the rest of the panel loading after the list's first frame, a save) took longer (a failed CI run).
    // A poll ends as soon as its value matches, so a long timeout only costs time when a test fails.
    expect: { poll: { timeout: 15_000 } },
  },
});
