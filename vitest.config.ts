import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // fast-check property tests run thousands of cases; on a shared 2-core
    // machine under load 5 s is not enough (seen timing out in CI-like runs).
    testTimeout: 60_000,
  },
});
