import { defineConfig } from 'vitest/config';

// Unit and integration tests (SQLite and PostgreSQL, both queue engines).
// End-to-end browser tests have their own config: vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'web/src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Compiles the sources test children run once per run (src/test-support/child-command.ts).
    globalSetup: ['src/test-support/global-setup.ts'],
  },
});
