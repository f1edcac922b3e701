// Real network accounts: non-secret settings beside the encrypted credentials, the account's
// own id on the network, the poller's persisted cursor and its lease (one process polls a
// channel at a time), connection health (needs reconnect, rate-limited until, last received),
// OAuth hand-offs in flight, and Listening (saved searches and the public posts they found).
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;


export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('channels').addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}')).execute();
  await db.schema.alterTable('channels').addColumn('network_account_id', 'text').execute();
  await db.schema.alterTable('channels').addColumn('status_reason', 'text').execute();
  await db.schema.alterTable('channels').addColumn('rate_limited_until', 'bigint').execute();
  await db.schema.alterTable('channels').addColumn('last_received_at', 'bigint').execute();
  await db.schema.alterTable('channels').addColumn('poll_cursor', 'text').execute();
  await db.schema.alterTable('channels').addColumn('next_poll_at', 'bigint').execute();
  await db.schema.alterTable('channels').addColumn('poll_failures', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('channels').addColumn('poll_lease_owner', 'text').execute();
  await db.schema.alterTable('channels').addColumn('poll_lease_until', 'bigint').execute();
  await db.schema.alterTable('channels').addColumn('updated_at', 'bigint').execute();
  // One connection per network account per workspace: connecting the same account again is a reconnect.
  await db.schema.createIndex('channels_account_idx').unique().on('channels').columns(['workspace_id', 'network', 'network_account_id']).execute();

  // Several processes share the inbound queue: a batch is claimed for a while, so no two analyse the same events.
  await db.schema.alterTable('inbound_queue').addColumn('claimed_until', 'bigint').execute();

  await db.schema.createTable('oauth_states')
    .addColumn('state', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('network', 'text', (c) => c.notNull())
    /** Encrypted JSON: the app's client secret, PKCE verifier, instance URL; what the callback needs. */
    .addColumn('data_encrypted', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text')
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema.createTable('saved_searches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('cursor', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_run_at', 'bigint')
    .addColumn('next_run_at', 'bigint')
    .execute();
  await db.schema.createIndex('saved_searches_workspace_idx').on('saved_searches').columns(['workspace_id', 'created_at']).execute();

  await db.schema.createTable('listening_posts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('search_id', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('network_post_id', 'text', (c) => c.notNull())
    .addColumn('author_network_id', 'text', (c) => c.notNull())
    .addColumn('author_handle', 'text', (c) => c.notNull())
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('sent_at', 'bigint', (c) => c.notNull())
    .addColumn('found_at', 'bigint', (c) => c.notNull())
    .addColumn('analysis', 'text')
    .addColumn('conversation_id', 'text')
    .execute();
  await db.schema.createIndex('listening_posts_unique_idx').unique().on('listening_posts').columns(['search_id', 'network_post_id']).execute();
  await db.schema.createIndex('listening_posts_workspace_idx').on('listening_posts').columns(['workspace_id', 'sent_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('listening_posts').ifExists().execute();
  await db.schema.dropTable('saved_searches').ifExists().execute();
  await db.schema.dropTable('oauth_states').ifExists().execute();
  await db.schema.dropIndex('channels_account_idx').ifExists().execute();
  await db.schema.alterTable('inbound_queue').dropColumn('claimed_until').execute();
  for (const column of ['updated_at', 'poll_lease_until', 'poll_lease_owner', 'poll_failures', 'next_poll_at', 'poll_cursor', 'last_received_at', 'rate_limited_until', 'status_reason', 'network_account_id', 'settings']) {
    await db.schema.alterTable('channels').dropColumn(column).execute();
  }
}
