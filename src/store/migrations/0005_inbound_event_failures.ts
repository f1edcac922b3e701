// An accepted event that cannot be processed must neither block the queue nor be lost: its
// attempts and last error are kept, it waits (next_attempt_at) with a growing backoff, and after
// a few attempts it is set aside (failed_at): kept for inspection, requeued by a redelivery or
// `sapa inbound requeue`, skipped by the processor meanwhile.
import type { Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('inbound_events').addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('inbound_events').addColumn('last_error', 'text').execute();
  await db.schema.alterTable('inbound_events').addColumn('failed_at', 'bigint').execute();
  await db.schema.alterTable('inbound_events').addColumn('next_attempt_at', 'bigint').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('inbound_events').dropColumn('next_attempt_at').execute();
  await db.schema.alterTable('inbound_events').dropColumn('failed_at').execute();
  await db.schema.alterTable('inbound_events').dropColumn('last_error').execute();
  await db.schema.alterTable('inbound_events').dropColumn('attempts').execute();
}
