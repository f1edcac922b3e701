// Insights: rollups kept up to date from new messages (per hour, channel and label; per day
// for the emotion-trigger terms), each contact's place on the loyalty ladder with its moves,
// and the crisis radar's alerts. A watermark (the last message id rolled up) lets the job
// catch up after any pause without reading a message twice.
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.createTable('insight_hourly')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('hour_at', 'bigint', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_hourly_pk', ['workspace_id', 'dimension', 'hour_at', 'channel_id', 'label'])
    .execute();

  await db.schema.createTable('insight_terms_daily')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('day_at', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    // One row per term and day, the emotions in columns: a term seen with three emotions is one
    // row, not three, so a month's trigger query reads several times fewer rows.
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('anger', 'integer', (c) => c.notNull())
    .addColumn('fear', 'integer', (c) => c.notNull())
    .addColumn('joy', 'integer', (c) => c.notNull())
    .addColumn('love', 'integer', (c) => c.notNull())
    .addColumn('sadness', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_terms_daily_pk', ['workspace_id', 'day_at', 'kind', 'term', 'channel_id'])
    .execute();

  // Display text of a trigger term that is an id (the brand's own post).
  await db.schema.createTable('insight_term_labels')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('insight_term_labels_pk', ['workspace_id', 'kind', 'term'])
    .execute();

  await db.schema.createTable('insight_state')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('contact_loyalty')
    .addColumn('contact_id', 'text', (c) => c.primaryKey().references('contacts.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('stage_since', 'bigint', (c) => c.notNull())
    .addColumn('inbound_count', 'integer', (c) => c.notNull())
    .addColumn('active_days', 'integer', (c) => c.notNull())
    .addColumn('last_day_at', 'bigint', (c) => c.notNull())
    .addColumn('positive_count', 'integer', (c) => c.notNull())
    .addColumn('negative_count', 'integer', (c) => c.notNull())
    .addColumn('praise_count', 'integer', (c) => c.notNull())
    /** JSON array of the last sentiments, newest last. */
    .addColumn('recent', 'text', (c) => c.notNull())
    .addColumn('last_message_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_loyalty_stage_idx').on('contact_loyalty').columns(['workspace_id', 'stage', 'positive_count']).execute();

  await db.schema.createTable('loyalty_moves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('from_stage', 'text', (c) => c.notNull())
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('loyalty_moves_idx').on('loyalty_moves').columns(['workspace_id', 'at']).execute();

  await db.schema.createTable('crisis_alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('window_start', 'bigint', (c) => c.notNull())
    .addColumn('window_end', 'bigint', (c) => c.notNull())
    .addColumn('observed', 'integer', (c) => c.notNull())
    .addColumn('window_total', 'integer', (c) => c.notNull())
    .addColumn('expected_share', 'real', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    /** JSON array of the message ids behind the alert (newest first, capped). */
    .addColumn('message_ids', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('acknowledged_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('acknowledged_at', 'bigint')
    /** JSON: outcome per notification target ({ webhook: 'sent' | 'failed: …', telegram: … }). */
    .addColumn('deliveries', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('detected_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('crisis_alerts_idx').on('crisis_alerts').columns(['workspace_id', 'detected_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['crisis_alerts', 'loyalty_moves', 'contact_loyalty', 'insight_state', 'insight_term_labels', 'insight_terms_daily', 'insight_hourly']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
