// Planning: when a draft is planned for (the calendar shows drafts there), its approval state
// when the workspace asks for approval, the approval history (submissions, decisions with their
// comments), and posting slots per channel (a local weekday and time on the workspace clock).
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('posts').addColumn('planned_at', 'bigint').execute();
  // null: never submitted; pending_approval | approved | rejected.
  await db.schema.alterTable('posts').addColumn('approval_state', 'text').execute();
  await db.schema.createIndex('posts_ws_planned_idx').on('posts').columns(['workspace_id', 'planned_at']).execute();
  await db.schema.createIndex('posts_ws_scheduled_idx').on('posts').columns(['workspace_id', 'scheduled_at']).execute();

  await db.schema.createTable('post_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('post_id', 'text', (c) => c.notNull().references('posts.id').onDelete('cascade'))
    // submitted | approved | rejected | reopened (an approved post was edited)
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('comment', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('post_approvals_post_idx').on('post_approvals').columns(['post_id', 'created_at']).execute();

  await db.schema.createTable('posting_slots')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
    // ISO weekday, 1 = Monday … 7 = Sunday, on the workspace clock.
    .addColumn('weekday', 'integer', (c) => c.notNull())
    // Minutes after local midnight.
    .addColumn('minute_of_day', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('posting_slots_unique').on('posting_slots').columns(['channel_id', 'weekday', 'minute_of_day']).unique().execute();
  await db.schema.createIndex('posting_slots_ws_idx').on('posting_slots').columns(['workspace_id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('posting_slots').execute();
  await db.schema.dropTable('post_approvals').execute();
  await db.schema.dropIndex('posts_ws_scheduled_idx').execute();
  await db.schema.dropIndex('posts_ws_planned_idx').execute();
  await db.schema.alterTable('posts').dropColumn('approval_state').execute();
  await db.schema.alterTable('posts').dropColumn('planned_at').execute();
}
