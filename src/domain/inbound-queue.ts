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
import { deleteInboundEvents, insertInboundEvent, oldestInboundEvents, recordInboundEventFailure } from '../store/repositories/inbound-events.js';
import { ingestBatch, type IngestDeps, type IngestOutcome } from './ingest.js';

export const defaultBatchSize = 500;

export async function acceptEvent(deps: Pick<IngestDeps, 'db'>, channel: ChannelRow, event: InboundEvent, now = Date.now()): Promise<{ accepted: boolean }> {
  const accepted = await insertInboundEvent(deps.db, {
    id: newId(now), channelId: channel.id, networkMessageId: event.networkMessageId, payload: JSON.stringify(event), receivedAt: now,
  });
  return { accepted };
}

/** Failed attempts before an event is set aside (kept in inbound_events, no longer processed). */
export const maxProcessingAttempts = 3;

export interface ProcessingFailure {
  eventId: string;
  error: unknown;
  /** True when this was the last attempt: the event is now set aside. */
  setAside: boolean;
}

export interface ProcessingResult {
  processed: number;
  outcomes: IngestOutcome[];
  failures: ProcessingFailure[];
}

type QueuedItem = { rowId: string; channel: ChannelRow; event: InboundEvent };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Processes up to `limit` accepted events, oldest first, in one transaction. If that fails,
 * the events are tried one at a time, so one bad event cannot hold up the rest: each failure
 * is counted on its event, which is set aside after `maxProcessingAttempts`.
 */
export async function processPending(deps: IngestDeps, limit = defaultBatchSize): Promise<ProcessingResult> {
  const now = deps.now?.() ?? Date.now();
  const rows = await oldestInboundEvents(deps.db, limit);
  if (rows.length === 0) return { processed: 0, outcomes: [], failures: [] };
  const failures: ProcessingFailure[] = [];
  const fail = async (eventId: string, error: unknown, attemptsLeft = true): Promise<void> => {
    const { setAside } = await recordInboundEventFailure(deps.db, eventId, errorText(error), attemptsLeft ? maxProcessingAttempts : 1, now);
    failures.push({ eventId, error, setAside });
  };
  const channels = new Map<string, ChannelRow | undefined>();
  const items: QueuedItem[] = [];
  const gone: string[] = [];
  for (const row of rows) {
    if (!channels.has(row.channel_id)) channels.set(row.channel_id, await findChannel(deps.db, row.channel_id));
    const channel = channels.get(row.channel_id);
    // The channel was removed: its waiting events go with it.
    if (channel === undefined) { gone.push(row.id); continue; }
    try {
      items.push({ rowId: row.id, channel, event: JSON.parse(row.payload) as InboundEvent });
    } catch (error) {
      // A payload that does not parse never will: set aside at once.
      await fail(row.id, error, false);
    }
  }
  try {
    const outcomes = await ingestBatch(deps, items, (trx) => deleteInboundEvents(trx, [...gone, ...items.map((item) => item.rowId)]));
    return { processed: rows.length, outcomes, failures };
  } catch (batchError) {
    await deleteInboundEvents(deps.db, gone);
    // A batch of one has just been tried alone.
    if (items.length === 1 && items[0] !== undefined) {
      await fail(items[0].rowId, batchError);
      return { processed: rows.length, outcomes: [], failures };
    }
    const outcomes: IngestOutcome[] = [];
    for (const item of items) {
      try {
        outcomes.push(...await ingestBatch(deps, [item], (trx) => deleteInboundEvents(trx, [item.rowId])));
      } catch (error) {
        await fail(item.rowId, error);
      }
    }
    return { processed: rows.length, outcomes, failures };
  }
}

/** Drains the queue: batches until nothing is waiting. */
export async function processAllPending(deps: IngestDeps, limit = defaultBatchSize, onFailure: (failure: ProcessingFailure) => void = () => undefined): Promise<number> {
  let total = 0;
  for (;;) {
    const { processed, failures } = await processPending(deps, limit);
    failures.forEach(onFailure);
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
    running = processAllPending(deps, limit, onError).then(() => undefined, onError).finally(() => {
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
