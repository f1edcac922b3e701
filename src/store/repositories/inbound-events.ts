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

/** Oldest first: ids are time-ordered at acceptance, so the primary key gives the order without a sort. */
export function oldestInboundEvents(db: Executor, limit: number) {
  return db.selectFrom('inbound_events').selectAll().orderBy('id').limit(limit).execute();
}

export async function deleteInboundEvents(db: Executor, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.deleteFrom('inbound_events').where('id', 'in', ids).execute();
}
