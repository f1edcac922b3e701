// The test suite's own settings, read from the environment in this one place (as src/config.ts
// does for the app): where PostgreSQL and Redis listen, and the environment child processes inherit.
export const testPostgresUrl = process.env.SAPA_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const testRedisUrl = process.env.SAPA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The current environment, for spawning `sapa` the way a user's shell would. */
export function inheritedEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env };
}
