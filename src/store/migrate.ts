// Versioned migrations, kept in code (not read from a folder) so the built package and
// the tests run exactly the same list. Runs at start and by `sapa migrate`.
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Kysely } from 'kysely';
import * as initial from './migrations/0001_initial.js';
import * as inbox from './migrations/0002_inbox.js';
import * as posts from './migrations/0003_posts.js';
import * as inboundEvents from './migrations/0004_inbound_events.js';
import * as inboundQueue from './migrations/0005_inbound_queue.js';
import * as realChannels from './migrations/0006_real_channels.js';
import * as security from './migrations/0007_security.js';
import * as insights from './migrations/0008_insights.js';
import * as listening from './migrations/0009_listening.js';
import * as team from './migrations/0010_team.js';
import * as insightsTrust from './migrations/0012_insights_trust.js';
import * as planning from './migrations/0013_planning.js';
import * as publishing from './migrations/0014_publishing.js';
import * as composer from './migrations/0015_composer.js';
import * as insightsScale from './migrations/0016_insights_scale.js';
import * as insightsBacklog from './migrations/0017_insights_backlog.js';
import * as insightsDaily from './migrations/0018_insights_daily.js';
import type { Database } from './schema.js';

const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_inbox': inbox,
  '0003_posts': posts,
  '0004_inbound_events': inboundEvents,
  '0005_inbound_queue': inboundQueue,
  '0006_real_channels': realChannels,
  '0007_security': security,
  '0008_insights': insights,
  '0009_listening': listening,
  '0010_team': team,
  '0012_insights_trust': insightsTrust,
  '0013_planning': planning,
  '0014_publishing': publishing,
  '0015_composer': composer,
  '0016_insights_scale': insightsScale,
  '0017_insights_backlog': insightsBacklog,
  '0018_insights_daily': insightsDaily,
};

/** Every migration this version knows, in order (a restore refuses a backup from a newer version). */
export const migrationNames: readonly string[] = Object.keys(migrations);

const inCodeProvider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export interface MigrationOutcome {
  applied: string[];
}

/**
 * `schema`: the PostgreSQL schema the store works in. Kysely looks for its migration tables in
 * every schema unless told which, so a second Sapa schema in the same database would find the
 * first one's tables and skip creating its own.
 */
export async function migrateToLatest(store: { db: Kysely<Database>; schema?: string | undefined }): Promise<MigrationOutcome> {
  return outcomeOf(await withVanishedSchemaRetry(() => migratorFor(store).migrateToLatest()));
}

/** Up or down to the named migration (tests of a migration's data handling). */
export async function migrateTo(store: { db: Kysely<Database>; schema?: string | undefined }, name: string): Promise<MigrationOutcome> {
  return outcomeOf(await withVanishedSchemaRetry(() => migratorFor(store).migrateTo(name)));
}

/**
 * Before it migrates, Kysely looks for its tables by introspecting every schema of the database
 * (it filters by `migrationTableSchema` afterwards), and PostgreSQL fails that query when another
 * tenant of the server changes its own schema during it: "schema/relation ... does not exist"
 * when the schema is dropped (test files that run side by side each drop theirs at the end), and
 * "column ... of relation ... does not exist" when a column goes (the introspection calls
 * pg_get_serial_sequence per column, and migration tests migrate down). Nothing has been applied
 * at that point (no migration reports an error), so the migrator simply runs again.
 */
const vanishedObject = /^((schema|relation) "[^"]+"|column "[^"]+" of relation "[^"]+") does not exist$/;

export async function withVanishedSchemaRetry(run: () => Promise<MigrationResultSet>): Promise<MigrationResultSet> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await run();
    const beforeAnyMigration = result.error !== undefined && !(result.results ?? []).some((r) => r.status === 'Error');
    const vanished = result.error instanceof Error && vanishedObject.test(result.error.message);
    if (!(beforeAnyMigration && vanished) || attempt === 5) return result;
  }
}

function migratorFor(store: { db: Kysely<Database>; schema?: string | undefined }): Migrator {
  // Migrations touch separate tables and columns, so one numbered below another already applied
  // (branches merged in a different order than they were written) still runs rather than refusing.
  return new Migrator({ db: store.db, provider: inCodeProvider, allowUnorderedMigrations: true, ...(store.schema === undefined ? {} : { migrationTableSchema: store.schema }) });
}

function outcomeOf(result: MigrationResultSet): MigrationOutcome {
  if (result.error !== undefined) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${result.error instanceof Error ? result.error.message : JSON.stringify(result.error)}`);
  }
  return { applied: (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
