import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { reusableQuery } from '../reusable-query.js';

type Executor = Kysely<Database> | Transaction<Database>;

const acceptQuery = reusableQuery(5, (db, id, channelId, networkMessageId, payload, receivedAt) =>
  db.insertInto('inbound_events').values({ id, channel_id: channelId, network_message_id: networkMessageId, payload, received_at: receivedAt as unknown as number })
    .onConflict((oc) => oc.columns(['channel_id', 'network_message_id']).doNothing()));

/** One insert; false when the same event is already waiting (a redelivery). */
export async function insertInboundEvent(db: Executor, row: { id: string; channelId: string; networkMessageId: string; payload: string; receivedAt: number }): Promise<boolean> {
  const result = await acceptQuery.execute(db, [row.id, row.channelId, row.networkMessageId, row.payload, row.receivedAt]);
  return Number(result.numAffectedRows ?? 0n) > 0;
}

/**
 * Oldest waiting first (events set aside are skipped): ids are time-ordered at acceptance, so
 * the primary key gives the order without a sort.
 */
export function oldestInboundEvents(db: Executor, limit: number) {
  return db.selectFrom('inbound_events').selectAll().where('failed_at', 'is', null).orderBy('id').limit(limit).execute();
}

export async function deleteInboundEvents(db: Executor, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('inbound_events').where('id', 'in', ids).execute();
}

/** Counts a failed attempt; at `maxAttempts` the event is set aside (kept, no longer processed). */
export async function recordInboundEventFailure(db: Executor, id: string, error: string, maxAttempts: number, now: number): Promise<{ setAside: boolean }> {
  const row = await db.updateTable('inbound_events')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: error.slice(0, 1000),
      failed_at: eb.case().when('attempts', '>=', maxAttempts - 1).then(now).else(null).end(),
    }))
    .where('id', '=', id).returning('failed_at').executeTakeFirst();
  return { setAside: row?.failed_at !== null && row?.failed_at !== undefined };
}

/** Events set aside after failing, newest first. */
export function failedInboundEvents(db: Executor, limit: number) {
  return db.selectFrom('inbound_events').selectAll().where('failed_at', 'is not', null).orderBy('failed_at', 'desc').limit(limit).execute();
}

/** Waiting and set-aside events (for health: a growing count means processing is behind or failing). */
export async function countInboundEvents(db: Executor): Promise<{ waiting: number; setAside: number }> {
  const row = await db.selectFrom('inbound_events')
    .select((eb) => [
      eb.fn.count<number>(eb.case().when('failed_at', 'is', null).then(1).end()).as('waiting'),
      eb.fn.count<number>('failed_at').as('set_aside'),
    ]).executeTakeFirstOrThrow();
  return { waiting: Number(row.waiting), setAside: Number(row.set_aside) };
}
