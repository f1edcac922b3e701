// The engagement inbox: why a conversation ranks where it does, notes, saved replies, the
// knowledge base for suggestions, per-workspace settings (response targets, pacing) and the
// reporting events Insights reads (first response and resolution times).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('conversations').addColumn('priority_reasons', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('conversations').addColumn('resolved_at', 'bigint').execute();
  await db.schema.alterTable('conversations').addColumn('spam', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('conversations').addColumn('breach_warned_at', 'bigint').execute();
  // When the oldest message still waiting for an answer arrived: the start of the response clock.
  await db.schema.alterTable('conversations').addColumn('awaiting_since', 'bigint').execute();
  await db.schema.alterTable('messages').addColumn('marked_good', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // The inbox list orders by (priority, last message, id); these indexes serve that order for
  // the whole workspace, one channel, and one assignee, so filtered views stay fast at scale.
  await db.schema.dropIndex('conversations_inbox_idx').execute();
  await db.schema.createIndex('conversations_inbox_idx').on('conversations').columns(['workspace_id', 'status', 'priority', 'last_message_at', 'id']).execute();
  await db.schema.createIndex('conversations_channel_inbox_idx').on('conversations').columns(['channel_id', 'status', 'priority', 'last_message_at', 'id']).execute();
  // Partial indexes: inbound traffic (the bulk of writes) never touches the ones it cannot match.
  await db.schema.createIndex('conversations_assignee_inbox_idx').on('conversations').columns(['assignee_id', 'status', 'priority', 'last_message_at', 'id'])
    .where(sql.ref('assignee_id'), 'is not', null).execute();
  await db.schema.createIndex('conversations_due_idx').on('conversations').columns(['workspace_id', 'first_response_due_at'])
    .where(sql.ref('unanswered'), '=', 1).execute();
  await db.schema.createIndex('messages_outbound_idx').on('messages').columns(['workspace_id', 'sent_at'])
    .where(sql.ref('direction'), '=', 'outbound').execute();
  await db.schema.createIndex('messages_idempotency_key_unique').unique().on('messages').column('idempotency_key')
    .where(sql.ref('idempotency_key'), 'is not', null).execute();

  await db.schema.createTable('notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notes_conversation_idx').on('notes').columns(['conversation_id', 'created_at']).execute();

  await db.schema.createTable('saved_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema.createTable('knowledge_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema.createTable('workspace_settings')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('workspace_settings_pk', ['workspace_id', 'key'])
    .execute();

  await db.schema.createTable('reporting_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('channel_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('duration_ms', 'bigint')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reporting_events_idx').on('reporting_events').columns(['workspace_id', 'kind', 'at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['reporting_events', 'workspace_settings', 'knowledge_entries', 'saved_replies', 'notes']) await db.schema.dropTable(table).ifExists().execute();
  await db.schema.dropIndex('messages_idempotency_key_unique').ifExists().execute();
  await db.schema.dropIndex('messages_outbound_idx').ifExists().execute();
  await db.schema.dropIndex('conversations_due_idx').ifExists().execute();
  await db.schema.dropIndex('conversations_assignee_inbox_idx').ifExists().execute();
  await db.schema.dropIndex('conversations_channel_inbox_idx').ifExists().execute();
  for (const column of ['awaiting_since', 'breach_warned_at', 'spam', 'resolved_at', 'priority_reasons']) await db.schema.alterTable('conversations').dropColumn(column).execute();
  await db.schema.alterTable('messages').dropColumn('marked_good').execute();
}
