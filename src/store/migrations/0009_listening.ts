// Listening: each saved search is run by one process at a time (a lease on its row) and backs
// off after failures; a saved search is unique per channel and query. Found posts keep their
// sentiment and emotion in columns so the Listening view can filter on them.
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('saved_searches').addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('saved_searches').addColumn('last_error', 'text').execute();
  await db.schema.alterTable('saved_searches').addColumn('lease_owner', 'text').execute();
  await db.schema.alterTable('saved_searches').addColumn('lease_until', 'bigint').execute();
  await db.schema.createIndex('saved_searches_query_idx').unique().on('saved_searches').columns(['workspace_id', 'channel_id', 'query']).execute();
  await db.schema.createIndex('saved_searches_due_idx').on('saved_searches').columns(['next_run_at']).execute();

  await db.schema.alterTable('listening_posts').addColumn('sentiment', 'text').execute();
  await db.schema.alterTable('listening_posts').addColumn('emotion', 'text').execute();
  await db.schema.createIndex('listening_posts_search_idx').on('listening_posts').columns(['search_id', 'sent_at']).execute();
  await db.schema.createIndex('listening_posts_channel_post_idx').on('listening_posts').columns(['channel_id', 'network_post_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('listening_posts_channel_post_idx').ifExists().execute();
  await db.schema.dropIndex('listening_posts_search_idx').ifExists().execute();
  await db.schema.alterTable('listening_posts').dropColumn('emotion').execute();
  await db.schema.alterTable('listening_posts').dropColumn('sentiment').execute();
  await db.schema.dropIndex('saved_searches_due_idx').ifExists().execute();
  await db.schema.dropIndex('saved_searches_query_idx').ifExists().execute();
  for (const column of ['lease_until', 'lease_owner', 'last_error', 'failures']) {
    await db.schema.alterTable('saved_searches').dropColumn(column).execute();
  }
}
