// Insights at scale. Emotion triggers: the daily term counts also summed per workspace-local
// ISO week over all channels, so a month's triggers read four weeks instead of thirty days per
// channel (the rollup job keeps both; weeks are summed here once from the days already counted).
// Trust: the content guard's checks of replies (one per first reply, so
// millions at scale) summed per UTC hour and channel, and their findings per hour, channel,
// rule and severity, kept in the same transaction as each check (src/store/repositories/
// insights-guard-rollup.ts). Posts stay read from their checks: a brand makes a few a day and a
// post's channels are its variants. Existing checks are summed here once.
import { DateTime } from 'luxon';
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.createTable('insight_terms_weekly')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('week_at', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('anger', 'integer', (c) => c.notNull())
    .addColumn('fear', 'integer', (c) => c.notNull())
    .addColumn('joy', 'integer', (c) => c.notNull())
    .addColumn('love', 'integer', (c) => c.notNull())
    .addColumn('sadness', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_terms_weekly_pk', ['workspace_id', 'week_at', 'kind', 'term'])
    .execute();
  await sumWeeksOfCountedDays(db);

  await db.schema.createTable('guard_hourly')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('hour_at', 'bigint', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('checks', 'integer', (c) => c.notNull())
    .addColumn('score_sum', 'bigint', (c) => c.notNull())
    .addColumn('with_findings', 'integer', (c) => c.notNull())
    .addColumn('overrides', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('guard_hourly_pk', ['workspace_id', 'hour_at', 'channel_id'])
    .execute();
  await db.schema.createTable('guard_findings_hourly')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('hour_at', 'bigint', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('guard_findings_hourly_pk', ['workspace_id', 'hour_at', 'channel_id', 'rule', 'severity'])
    .execute();
  // Posts' checks and the overrides list are read raw: an index each that skips the replies.
  await db.schema.createIndex('guard_checks_kind_idx').on('guard_checks').columns(['workspace_id', 'kind', 'checked_at']).execute();
  await sql`create index guard_checks_overrides_idx on guard_checks (workspace_id, checked_at) where overridden_by is not null`.execute(db);

  const hour = sql`checked_at - (checked_at % 3600000)`;
  await sql`insert into guard_hourly (workspace_id, hour_at, channel_id, checks, score_sum, with_findings, overrides)
    select workspace_id, ${hour}, coalesce(channel_id, ''), count(*), sum(soft_sell_score),
      sum(case when finding_count > 0 then 1 else 0 end), sum(case when overridden_by is not null then 1 else 0 end)
    from guard_checks where kind = 'reply' group by workspace_id, ${hour}, coalesce(channel_id, '')`.execute(db);
  const findingHour = sql`guard_findings.checked_at - (guard_findings.checked_at % 3600000)`;
  await sql`insert into guard_findings_hourly (workspace_id, hour_at, channel_id, rule, severity, count)
    select guard_findings.workspace_id, ${findingHour}, coalesce(guard_checks.channel_id, ''), guard_findings.rule, guard_findings.severity, sum(guard_findings.count)
    from guard_findings inner join guard_checks on guard_checks.id = guard_findings.check_id
    where guard_checks.kind = 'reply'
    group by guard_findings.workspace_id, ${findingHour}, coalesce(guard_checks.channel_id, ''), guard_findings.rule, guard_findings.severity`.execute(db);
}

async function sumWeeksOfCountedDays(db: AnyDb): Promise<void> {
  const workspaces = (await sql<{ id: string; timezone: string }>`select id, timezone from workspaces`.execute(db)).rows;
  for (const workspace of workspaces) {
    const days = (await sql<{ day_at: number | string }>`select distinct day_at from insight_terms_daily where workspace_id = ${workspace.id}`.execute(db)).rows;
    const weeks = new Set(days.map((day) => DateTime.fromMillis(Number(day.day_at), { zone: workspace.timezone }).startOf('week').toMillis()));
    for (const weekAt of weeks) {
      const next = DateTime.fromMillis(weekAt, { zone: workspace.timezone }).plus({ weeks: 1 }).toMillis();
      await sql`insert into insight_terms_weekly (workspace_id, week_at, kind, term, total, anger, fear, joy, love, sadness)
        select workspace_id, cast(${weekAt} as bigint), kind, term, sum(total), sum(anger), sum(fear), sum(joy), sum(love), sum(sadness)
        from insight_terms_daily where workspace_id = ${workspace.id} and day_at >= ${weekAt} and day_at < ${next}
        group by workspace_id, kind, term`.execute(db);
    }
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('guard_checks_overrides_idx').ifExists().execute();
  await db.schema.dropIndex('guard_checks_kind_idx').ifExists().execute();
  for (const table of ['guard_findings_hourly', 'guard_hourly', 'insight_terms_weekly']) await db.schema.dropTable(table).ifExists().execute();
}
