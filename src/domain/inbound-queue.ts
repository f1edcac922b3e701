// Accept now, process in batches. A webhook handler or poller calls acceptEvent: one insert,
// committed before it returns, so the network can be acknowledged at once (as Meta asks:
// answer 200 quickly, process asynchronously). processPending then runs the whole ingest
// pipeline for up to a batch of accepted events in one transaction, and removes them from
// the queue in that same transaction: nothing is lost, and a redelivered or twice-processed
// event still yields one message (messages are unique per channel and network id).
import type { InboundEvent } from '../channels/types.js';
import type { ChannelRow } from '../store/schema.js';
import { newId } from '../store/ids.js';
import { findChannel } from '../store/repositories/channels.js';
import { deleteInboundEvents, insertInboundEvent, oldestInboundEvents } from '../store/repositories/inbound-events.js';
import { ingestBatch, type IngestDeps, type IngestOutcome } from './ingest.js';

export const defaultBatchSize = 500;

export async function acceptEvent(deps: Pick<IngestDeps, 'db'>, channel: ChannelRow, event: InboundEvent, now = Date.now()): Promise<{ accepted: boolean }> {
  const accepted = await insertInboundEvent(deps.db, {
    id: newId(now), channelId: channel.id, networkMessageId: event.networkMessageId, payload: JSON.stringify(event), receivedAt: now,
  });
  return { accepted };
}

/** Processes up to `limit` accepted events, oldest first. Returns how many it took. */
export async function processPending(deps: IngestDeps, limit = defaultBatchSize): Promise<{ processed: number; outcomes: IngestOutcome[] }> {
  const rows = await oldestInboundEvents(deps.db, limit);
  if (rows.length === 0) return { processed: 0, outcomes: [] };
  const channels = new Map<string, ChannelRow | undefined>();
  const items: Array<{ channel: ChannelRow; event: InboundEvent }> = [];
  for (const row of rows) {
    if (!channels.has(row.channel_id)) channels.set(row.channel_id, await findChannel(deps.db, row.channel_id));
    const channel = channels.get(row.channel_id);
    if (channel !== undefined) items.push({ channel, event: JSON.parse(row.payload) as InboundEvent });
  }
  const outcomes = await ingestBatch(deps, items, (trx) => deleteInboundEvents(trx, rows.map((row) => row.id)));
  return { processed: rows.length, outcomes };
}

/** Drains the queue: batches until nothing is waiting. */
export async function processAllPending(deps: IngestDeps, limit = defaultBatchSize): Promise<number> {
  let total = 0;
  for (;;) {
    const { processed } = await processPending(deps, limit);
    total += processed;
    if (processed < limit) return total;
  }
}
