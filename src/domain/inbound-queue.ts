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

export interface InboundProcessor {
  /** Something was accepted: process it soon. */
  kick(): void;
  /** Resolves when no run is going on or due. */
  idle(): Promise<void>;
}

/**
 * Drains the queue when kicked, one run at a time. A run starts after a short linger (or at
 * once when a full batch is waiting), so events arriving together share one transaction
 * instead of paying a commit each; a kick during a run starts another after it. Acceptance is
 * never held up by processing.
 */
export function createInboundProcessor(
  deps: IngestDeps,
  onError: (error: unknown) => void,
  options: { limit?: number; lingerMs?: number } = {},
): InboundProcessor {
  const limit = options.limit ?? defaultBatchSize;
  const lingerMs = options.lingerMs ?? 10;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let waiting = 0;
  const run = (): void => {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    waiting = 0;
    running = processAllPending(deps, limit).then(() => undefined, onError).finally(() => {
      running = null;
      if (waiting > 0) schedule();
    });
  };
  const schedule = (): void => {
    if (running !== null) return;
    if (waiting >= limit) run();
    else timer ??= setTimeout(run, lingerMs);
  };
  return {
    kick: () => {
      waiting += 1;
      schedule();
    },
    idle: async () => {
      while (running !== null || timer !== null) {
        if (timer !== null) run();
        await running;
      }
    },
  };
}
