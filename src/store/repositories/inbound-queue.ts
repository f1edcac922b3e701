// The inbound queue: accepted follower events waiting to be processed. Rows leave it in the
// transaction that ingests them; a failing one waits with a backoff and is finally set aside
// (kept, not processed) until a redelivery or `sapa inbound requeue` puts it back.
import { PostgresAdapter, type Kysely, type Transaction } from 'kysely';
import type { Database, InboundQueueTable } from '../schema.js';
import type { Selectable } from 'kysely';
import { reusableQuery, type ReusableQuery } from '../reusable-query.js';

type Executor = Kysely<Database> | Transaction<Database>;
export type InboundEventRow = Selectable<InboundQueueTable>;

const acceptQuery = reusableQuery(4, (db, channelId, networkMessageId, payload, receivedAt) =>
  db.insertInto('inbound_queue').values({ channel_id: channelId, network_message_id: networkMessageId, payload, received_at: receivedAt as unknown as number })
    // A redelivery of an event that was set aside puts it back in the queue (the network may
    // have fixed what made it fail); one that is still waiting is refused as a duplicate.
    .onConflict((oc) => oc.columns(['channel_id', 'network_message_id'])
      .doUpdateSet((eb) => ({ payload: eb.ref('excluded.payload'), attempts: 0, last_error: null, failed_at: null, next_attempt_at: null, claimed_until: null }))
      .where('inbound_queue.failed_at', 'is not', null)));

const acceptRowsPerInsert = 100;
const acceptManyQueries = new Map<number, ReusableQuery<{ channel_id: string; network_message_id: string }>>();

function acceptManyQuery(rows: number): ReusableQuery<{ channel_id: string; network_message_id: string }> {
  let query = acceptManyQueries.get(rows);
  if (query === undefined) {
    query = reusableQuery(rows * 4, (db, ...params) =>
      db.insertInto('inbound_queue').values(Array.from({ length: rows }, (_, row) => ({
        channel_id: params[row * 4] ?? '', network_message_id: params[row * 4 + 1] ?? '', payload: params[row * 4 + 2] ?? '',
        received_at: params[row * 4 + 3] as unknown as number,
      })))
        // As acceptQuery: a set-aside event comes back, a waiting one is refused.
        .onConflict((oc) => oc.columns(['channel_id', 'network_message_id'])
          .doUpdateSet((eb) => ({ payload: eb.ref('excluded.payload'), attempts: 0, last_error: null, failed_at: null, next_attempt_at: null, claimed_until: null }))
          .where('inbound_queue.failed_at', 'is not', null))
        .returning(['channel_id', 'network_message_id']));
    acceptManyQueries.set(rows, query);
  }
  return query;
}

/**
 * Many inserts in a few statements (a group of deliveries), with the same outcome as one
 * insert each in order: for each row, whether it was accepted (false: the same event is
 * already waiting, or came earlier in these rows).
 */
export async function insertInboundEvents(db: Executor, rows: ReadonlyArray<{ channelId: string; networkMessageId: string; payload: string; receivedAt: number }>): Promise<boolean[]> {
  const key = (channelId: string, networkMessageId: string): string => `${channelId}\u0000${networkMessageId}`;
  // A repeat within the rows finds the first one waiting: refused. (PostgreSQL also refuses to
  // touch one row twice in a statement.)
  const firsts = new Map<string, number>();
  rows.forEach((row, index) => { if (!firsts.has(key(row.channelId, row.networkMessageId))) firsts.set(key(row.channelId, row.networkMessageId), index); });
  const unique = [...firsts.values()].map((index) => rows[index]).filter((row) => row !== undefined);
  const accepted = new Set<string>();
  for (let start = 0; start < unique.length; start += acceptRowsPerInsert) {
    const chunk = unique.slice(start, start + acceptRowsPerInsert);
    const result = await acceptManyQuery(chunk.length).execute(db, chunk.flatMap((row) => [row.channelId, row.networkMessageId, row.payload, row.receivedAt]));
    for (const row of result.rows) accepted.add(key(row.channel_id, row.network_message_id));
  }
  return rows.map((row, index) => firsts.get(key(row.channelId, row.networkMessageId)) === index && accepted.has(key(row.channelId, row.networkMessageId)));
}

/** One insert; false when the same event is already waiting (a redelivery). */
export async function insertInboundEvent(db: Executor, row: { channelId: string; networkMessageId: string; payload: string; receivedAt: number }): Promise<boolean> {
  const result = await acceptQuery.execute(db, [row.channelId, row.networkMessageId, row.payload, row.receivedAt]);
  return Number(result.numAffectedRows ?? 0n) > 0;
}

function claimQueryFor(postgres: boolean): ReusableQuery<InboundEventRow> {
  return reusableQuery<InboundEventRow>(3, (db, now, limit, leaseUntil) => {
    // Sentinel strings stand in for the numbers here (see reusable-query.ts).
    const at = now as unknown as number;
    const due = db.selectFrom('inbound_queue').select('seq')
      .where('failed_at', 'is', null)
      .where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', at)]))
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', at)]))
      .orderBy('seq').limit(limit as unknown as number);
    return db.updateTable('inbound_queue').set({ claimed_until: leaseUntil as unknown as number })
      .where('seq', 'in', postgres ? due.forUpdate().skipLocked() : due)
      .returningAll();
  });
}

/** Built and compiled once per dialect (claiming runs once per batch). */
const claimQueries = { sqlite: claimQueryFor(false), postgres: claimQueryFor(true) };

/**
 * Claims the oldest due events (set aside, waiting out a backoff, or claimed by another
 * process: skipped) for `leaseMs`, in arrival order. One statement; on PostgreSQL the rows are
 * locked with SKIP LOCKED, so several processes never claim the same batch. A process that dies
 * lets its claim lapse and another takes the events.
 */
export async function claimInboundEvents(db: Executor, limit: number, now: number, leaseMs: number): Promise<InboundEventRow[]> {
  const query = db.getExecutor().adapter instanceof PostgresAdapter ? claimQueries.postgres : claimQueries.sqlite;
  const { rows } = await query.execute(db, [now, limit, now + leaseMs]);
  return rows.sort((a, b) => a.seq - b.seq);
}

const deleteQueries = new Map<number, ReusableQuery<never>>();

/** Removes processed events: one statement per 500, padded (repeats are harmless in IN) to a few statement shapes, each prepared once. */
export async function deleteInboundEvents(db: Executor, seqs: readonly number[]): Promise<void> {
  for (let start = 0; start < seqs.length; start += 500) {
    const chunk = seqs.slice(start, start + 500);
    const last = chunk[chunk.length - 1] ?? 0;
    while (chunk.length % 50 !== 0) chunk.push(last);
    let query = deleteQueries.get(chunk.length);
    if (query === undefined) {
      query = reusableQuery<never>(chunk.length, (executor, ...params) =>
        executor.deleteFrom('inbound_queue').where('seq', 'in', params as unknown as number[]));
      deleteQueries.set(chunk.length, query);
    }
    await query.execute(db, chunk);
  }
}

/** Records a failed attempt: the event waits `retryInMs`, or is set aside when that is null. */
export async function recordInboundEventFailure(db: Executor, event: { seq: number; attempts: number }, error: string, retryInMs: number | null, now: number): Promise<void> {
  await db.updateTable('inbound_queue').set({
    attempts: event.attempts + 1,
    last_error: error.slice(0, 1000),
    failed_at: retryInMs === null ? now : null,
    next_attempt_at: retryInMs === null ? null : now + retryInMs,
    claimed_until: null,
  }).where('seq', '=', event.seq).execute();
}

/** Not before `until` (an edit waiting for the message it edits, which is itself waiting). */
export async function deferInboundEvents(db: Executor, seqs: readonly number[], until: number): Promise<void> {
  if (seqs.length > 0) await db.updateTable('inbound_queue').set({ next_attempt_at: until, claimed_until: null }).where('seq', 'in', seqs).execute();
}

/** Which of these network ids of one channel are still in the queue (waiting or set aside). */
export async function queuedNetworkIds(db: Executor, channelId: string, networkMessageIds: readonly string[]): Promise<Set<string>> {
  if (networkMessageIds.length === 0) return new Set();
  const rows = await db.selectFrom('inbound_queue').select('network_message_id')
    .where('channel_id', '=', channelId).where('network_message_id', 'in', networkMessageIds).execute();
  return new Set(rows.map((row) => row.network_message_id));
}

/** Events set aside after failing, newest first. */
export function setAsideInboundEvents(db: Executor, limit: number): Promise<InboundEventRow[]> {
  return db.selectFrom('inbound_queue').selectAll().where('failed_at', 'is not', null).orderBy('failed_at', 'desc').limit(limit).execute();
}

/** Puts set-aside events (all, or these) back in the queue with a fresh count. Returns how many. */
export async function requeueInboundEvents(db: Executor, seqs?: readonly number[]): Promise<number> {
  let query = db.updateTable('inbound_queue').set({ attempts: 0, last_error: null, failed_at: null, next_attempt_at: null }).where('failed_at', 'is not', null);
  if (seqs !== undefined) query = query.where('seq', 'in', seqs.length > 0 ? seqs : [-1]);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Waiting and set-aside events (for health: a growing count means processing is behind or failing). */
export async function countInboundEvents(db: Executor): Promise<{ waiting: number; setAside: number }> {
  const row = await db.selectFrom('inbound_queue')
    .select((eb) => [
      eb.fn.count<number>(eb.case().when('failed_at', 'is', null).then(1).end()).as('waiting'),
      eb.fn.count<number>('failed_at').as('set_aside'),
    ]).executeTakeFirstOrThrow();
  return { waiting: Number(row.waiting), setAside: Number(row.set_aside) };
}
