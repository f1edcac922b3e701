// An accepted event that cannot be processed must neither block the queue nor be lost: its
// attempts and last error are kept, and after a few attempts it is set aside (failed_at) —
// kept for inspection and reprocessing, skipped by the processor.
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('inbound_events').addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('inbound_events').addColumn('last_error', 'text').execute();
  await db.schema.alterTable('inbound_events').addColumn('failed_at', 'bigint').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('inbound_events').dropColumn('failed_at').execute();
  await db.schema.alterTable('inbound_events').dropColumn('last_error').execute();
  await db.schema.alterTable('inbound_events').dropColumn('attempts').execute();
}
