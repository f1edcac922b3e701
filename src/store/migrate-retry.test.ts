// The migrator runs again only when PostgreSQL refused Kysely's all-schema introspection because
// another tenant changed its own schema meanwhile, never after a migration itself failed.
import type { MigrationResultSet } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withVanishedSchemaRetry } from './migrate.js';

function runs(...outcomes: MigrationResultSet[]): { run: () => Promise<MigrationResultSet>; count: () => number } {
  let calls = 0;
  return { run: () => Promise.resolve(outcomes[Math.min(calls++, outcomes.length - 1)] as MigrationResultSet), count: () => calls };
}
const ok: MigrationResultSet = { results: [{ migrationName: '0001_initial', direction: 'Up', status: 'Success' }] };
const introspectionFailed = (message: string): MigrationResultSet => ({ error: new Error(message) });

describe('migration retry on a vanished schema object', () => {
  it('runs again when a schema, relation or column of another tenant vanished during introspection', async () => {
    for (const message of ['schema "t_1" does not exist', 'relation "t_1.channels" does not exist', 'column "status_reason" of relation "channels" does not exist']) {
      const attempts = runs(introspectionFailed(message), ok);
      expect(await withVanishedSchemaRetry(attempts.run)).toBe(ok);
      expect(attempts.count()).toBe(2);
    }
  });

  it('does not run again after a migration failed, for another error, or past five attempts', async () => {
    const failedMigration: MigrationResultSet = { error: new Error('column "x" of relation "y" does not exist'), results: [{ migrationName: '0006_real_channels', direction: 'Up', status: 'Error' }] };
    const once = runs(failedMigration, ok);
    expect(await withVanishedSchemaRetry(once.run)).toBe(failedMigration);
    expect(once.count()).toBe(1);
    const other = runs(introspectionFailed('permission denied for schema public'), ok);
    await withVanishedSchemaRetry(other.run);
    expect(other.count()).toBe(1);
    const always = runs(introspectionFailed('schema "t_1" does not exist'));
    expect((await withVanishedSchemaRetry(always.run)).error).toBeInstanceOf(Error);
    expect(always.count()).toBe(5);
  });
});
