// Insights at scale, sentiment and emotion: the hourly counts also summed per workspace-local
// day, so a month's emotion report and the triggers' baseline read thirty days instead of 720
// hours per channel (hours are read only at the range's edges). A day's row holds exactly the
// hours that start in it, so days plus edge hours equal the hours alone. The rollup job keeps
// both (src/domain/insights/rollup-batch.ts); days of hours counted before this are summed here once.
import { DateTime } from 'luxon';
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

/** The hourly dimensions also kept per day. */
const dailyDimensions = ['sentiment', 'emotion'];

export async function up(db: AnyDb): Promise<void> {
  await db.schema.createTable('insight_daily')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('day_at', 'bigint', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_daily_pk', ['workspace_id', 'dimension', 'day_at', 'channel_id', 'label'])
    .execute();
  await sumDaysOfCountedHours(db);
}

async function sumDaysOfCountedHours(db: AnyDb): Promise<void> {
  const workspaces = (await sql<{ id: string; timezone: string }>`select id, timezone from workspaces`.execute(db)).rows;
  for (const workspace of workspaces) {
    const hours = (await sql<{ hour_at: number | string }>`select distinct hour_at from insight_hourly
      where workspace_id = ${workspace.id} and dimension in (${sql.join(dailyDimensions)})`.execute(db)).rows;
    const days = new Set(hours.map((hour) => DateTime.fromMillis(Number(hour.hour_at), { zone: workspace.timezone }).startOf('day').toMillis()));
    for (const dayAt of days) {
      const next = DateTime.fromMillis(dayAt, { zone: workspace.timezone }).plus({ days: 1 }).toMillis();
      await sql`insert into insight_daily (workspace_id, dimension, day_at, channel_id, label, count)
        select workspace_id, dimension, cast(${dayAt} as bigint), channel_id, label, sum(count)
        from insight_hourly where workspace_id = ${workspace.id} and dimension in (${sql.join(dailyDimensions)})
          and hour_at >= ${dayAt} and hour_at < ${next}
        group by workspace_id, dimension, channel_id, label`.execute(db);
    }
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('insight_daily').ifExists().execute();
}
