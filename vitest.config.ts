import { availableParallelism } from 'node:os';
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
    // vitest runs one file per core less one: a single file at a time on a 2-core CI machine,
    // with a core idle while that file waits on its child processes, PostgreSQL or Redis. Files
    // do not share state (each has its own database schema, Redis prefix and data folder: runs in
    // other checkouts already share these servers), so two at a time is safe there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Compiles the sources test children run once per run (src/test-support/child-command.ts).
    globalSetup: ['src/test-support/global-setup.ts'],
  },
});
