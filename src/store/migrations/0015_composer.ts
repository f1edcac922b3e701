// The composer: a variant per channel that inherits the post's text or overrides it, with its
// thread parts and images; the images themselves (kept in a blob store, described here); and
// each published thread part's delivery state, so a reply chain goes out at most once per part.
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  /** Images on the post itself, which every variant without its own choice carries (JSON array of media ids). */
  await db.schema.alterTable('posts').addColumn('media_ids', 'text').execute();
  /** The variant's own text; null inherits the post's (the effective text stays in `text`). */
  await db.schema.alterTable('post_variants').addColumn('override_text', 'text').execute();
  /** JSON array of the replies that follow the first post, in order; null when not a thread. */
  await db.schema.alterTable('post_variants').addColumn('thread_parts', 'text').execute();
  /** JSON array of media ids; null inherits the post's images. */
  await db.schema.alterTable('post_variants').addColumn('media_ids', 'text').execute();

  await db.schema.createTable('media')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    /** Where the bytes are in the blob store. */
    .addColumn('blob_key', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('alt_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_ws_idx').on('media').columns(['workspace_id', 'created_at']).execute();

  await db.schema.createTable('post_thread_parts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('variant_id', 'text', (c) => c.notNull().references('post_variants.id').onDelete('cascade'))
    /** 1 is the first reply (the variant itself is part 0). */
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('network_post_id', 'text')
    .addColumn('network_url', 'text')
    .addColumn('error', 'text')
    .addColumn('sent_at', 'bigint')
    .execute();
  await db.schema.createIndex('post_thread_parts_variant_idx').unique().on('post_thread_parts').columns(['variant_id', 'position']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('post_thread_parts').ifExists().execute();
  await db.schema.dropTable('media').ifExists().execute();
  await db.schema.alterTable('post_variants').dropColumn('media_ids').execute();
  await db.schema.alterTable('post_variants').dropColumn('thread_parts').execute();
  await db.schema.alterTable('post_variants').dropColumn('override_text').execute();
  await db.schema.alterTable('posts').dropColumn('media_ids').execute();
}
