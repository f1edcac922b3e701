// The inbound queue, rebuilt for its two jobs:
// - Speed: acceptance is one insert per follower event. An integer key (SQLite's rowid, a
//   PostgreSQL identity) orders the queue by arrival without a separate key index, which makes
//   each accept and each removal measurably cheaper than the time-ordered text id it replaces.
// - Robustness: an event that cannot be processed must neither block the queue nor be lost. Its
//   attempts and last error are kept, it waits (next_attempt_at) with a growing backoff, and
//   after the last attempt it is set aside (failed_at): kept for inspection, requeued by a
//   redelivery or `sapa inbound requeue`, skipped by the processor meanwhile.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.createTable('inbound_queue')
    .addColumn('seq', postgres ? 'bigint' : 'integer', (c) => (postgres ? c.primaryKey().generatedAlwaysAsIdentity() : c.primaryKey()))
    .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
    .addColumn('network_message_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('failed_at', 'bigint')
    .addColumn('next_attempt_at', 'bigint')
    .addUniqueConstraint('inbound_queue_channel_network_id_unique', ['channel_id', 'network_message_id'])
    .execute();
  // Events accepted before the upgrade keep their order.
  await sql`insert into inbound_queue (channel_id, network_message_id, payload, received_at)
    select channel_id, network_message_id, payload, received_at from inbound_events order by id`.execute(db);
  await db.schema.dropTable('inbound_events').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.createTable('inbound_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel_id', 'text', (c) => c.notNull().references('channels.id').onDelete('cascade'))
    .addColumn('network_message_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('inbound_events_channel_network_id_unique', ['channel_id', 'network_message_id'])
    .execute();
  const { rows } = await sql<{ seq: number; channel_id: string; network_message_id: string; payload: string; received_at: number }>`
    select seq, channel_id, network_message_id, payload, received_at from inbound_queue order by seq`.execute(db);
  for (const row of rows) {
    // Zero-padded, so the old text ids still sort in queue order.
    await sql`insert into inbound_events (id, channel_id, network_message_id, payload, received_at)
      values (${String(row.seq).padStart(26, '0')}, ${row.channel_id}, ${row.network_message_id}, ${row.payload}, ${row.received_at})`.execute(db);
  }
  await db.schema.dropTable('inbound_queue').execute();
}
