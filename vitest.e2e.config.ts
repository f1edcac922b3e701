import { defineConfig } from 'vitest/config';

// Browser tests: Debian's chromium driven by playwright-core against a server on loopback.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
