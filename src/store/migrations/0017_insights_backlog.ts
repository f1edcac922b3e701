// Insights, backlog over time: per UTC hour and channel, the conversations waiting for an
// answer and how many of them ask a question, as the Insights job last saw them in that hour
// (src/domain/insights/backlog.ts). The job rewrites the current hour on every tick, so an
// hour's figure is its last look; hours the job did not run stay missing rather than guessed.
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.createTable('backlog_hourly')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('hour_at', 'bigint', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('waiting', 'integer', (c) => c.notNull())
    .addColumn('questions', 'integer', (c) => c.notNull())
    .addColumn('taken_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('backlog_hourly_pk', ['workspace_id', 'hour_at', 'channel_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('backlog_hourly').ifExists().execute();
}
