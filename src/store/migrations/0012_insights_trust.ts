// Insights, trust and engagement: every content-guard check of a reply or post that was sent or
// scheduled (written in the same transaction as the reply or post), its findings one row per
// rule so they can be counted by rule and day, and the latest metrics of each published post
// variant with when to ask the network again (sooner while the post is young); and the intents
// a reporting event was answered for, so proximity by intent needs no join.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.createTable('guard_checks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    /** The reply's message id or the post's id. */
    .addColumn('item_id', 'text', (c) => c.notNull())
    /** The reply's channel; null for a post (its channels are its variants). */
    .addColumn('channel_id', 'text')
    .addColumn('checked_at', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('soft_sell_score', 'integer', (c) => c.notNull())
    .addColumn('finding_count', 'integer', (c) => c.notNull())
    .addColumn('blocking', 'integer', (c) => c.notNull())
    .addColumn('overridden_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('override_reason', 'text')
    .execute();
  await db.schema.createIndex('guard_checks_ws_idx').on('guard_checks').columns(['workspace_id', 'checked_at']).execute();

  await db.schema.createTable('guard_findings')
    .addColumn('check_id', 'text', (c) => c.notNull().references('guard_checks.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('checked_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('guard_findings_pk', ['check_id', 'rule', 'severity'])
    .execute();
  await db.schema.createIndex('guard_findings_ws_idx').on('guard_findings').columns(['workspace_id', 'checked_at']).execute();

  await db.schema.createTable('post_metrics')
    .addColumn('variant_id', 'text', (c) => c.primaryKey().references('post_variants.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('network_post_id', 'text', (c) => c.notNull())
    .addColumn('published_at', 'bigint', (c) => c.notNull())
    .addColumn('likes', 'integer', (c) => c.notNull())
    .addColumn('replies', 'integer', (c) => c.notNull())
    .addColumn('reposts', 'integer', (c) => c.notNull())
    .addColumn('quotes', 'integer', (c) => c.notNull())
    /** Null where the network gives no views. */
    .addColumn('views', 'integer')
    /** Null until the network answered once. */
    .addColumn('fetched_at', 'bigint')
    /** Null: no more fetching (the post is old enough, or gone from the network). */
    .addColumn('next_fetch_at', 'bigint')
    .addColumn('fetch_count', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('post_metrics_ws_idx').on('post_metrics').columns(['workspace_id', 'published_at']).execute();
  await db.schema.createIndex('post_metrics_due_idx').on('post_metrics').columns(['next_fetch_at']).execute();

  // Proximity by intent read the conversation of every event (a primary-key lookup each, most
  // of the report's time at scale). The event now keeps the intents it was answered for, and one
  // covering index holds every column the report reads.
  await db.schema.alterTable('reporting_events').addColumn('intents', 'text').execute();
  await sql`update reporting_events set intents = (select last_intents from conversations where conversations.id = reporting_events.conversation_id)`.execute(db);
  await db.schema.createIndex('reporting_events_proximity_idx').on('reporting_events')
    .columns(['workspace_id', 'kind', 'at', 'duration_ms', 'channel_id', 'user_id', 'intents', 'conversation_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('reporting_events_proximity_idx').ifExists().execute();
  await db.schema.alterTable('reporting_events').dropColumn('intents').execute();
  for (const table of ['post_metrics', 'guard_findings', 'guard_checks']) await db.schema.dropTable(table).ifExists().execute();
}
