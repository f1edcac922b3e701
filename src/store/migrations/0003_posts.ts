// Drafts and scheduled posts: the paid-partnership flag the guard needs, and per-variant
// delivery facts (a stable idempotency key, when the network took it) for at-most-once
// publishing and for pacing against what a channel already posted.
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('posts').addColumn('paid', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('post_variants').addColumn('idempotency_key', 'text').execute();
  await db.schema.alterTable('post_variants').addColumn('sent_at', 'bigint').execute();
  await db.schema.createIndex('post_variants_idempotency_idx').unique().on('post_variants').column('idempotency_key').execute();
  await db.schema.createIndex('post_variants_post_idx').on('post_variants').column('post_id').execute();
  // Pacing asks "what did this channel post around that time": by channel, then state.
  await db.schema.createIndex('post_variants_channel_idx').on('post_variants').columns(['channel_id', 'state']).execute();
  await db.schema.createIndex('posts_workspace_idx').on('posts').columns(['workspace_id', 'status', 'updated_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('posts_workspace_idx').ifExists().execute();
  await db.schema.dropIndex('post_variants_channel_idx').ifExists().execute();
  await db.schema.dropIndex('post_variants_post_idx').ifExists().execute();
  await db.schema.dropIndex('post_variants_idempotency_idx').ifExists().execute();
  await db.schema.alterTable('post_variants').dropColumn('sent_at').execute();
  await db.schema.alterTable('post_variants').dropColumn('idempotency_key').execute();
  await db.schema.alterTable('posts').dropColumn('paid').execute();
}
