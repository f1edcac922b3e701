// Accepted inbound events waiting to be processed. A webhook or poller stores the raw event
// here in one insert and may acknowledge at once; processing (threading, analysis, contacts,
// priority) follows in batches. Processed rows are deleted: messages keep the content.
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.createTable('inbound_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
    .addColumn('network_message_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('inbound_events_channel_network_id_unique', ['channel_id', 'network_message_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('inbound_events').ifExists().execute();
}
