// Accept now, process in batches. A webhook handler or poller calls acceptEvent: one insert,
// committed before it returns, so the network can be acknowledged at once (as Meta asks:
// answer 200 quickly, process asynchronously). processPending then runs the whole ingest
// pipeline for up to a batch of accepted events in one transaction, and removes them from
// the queue in that same transaction: nothing is lost, and a redelivered or twice-processed
// event still yields one message (messages are unique per channel and network id).
import type { InboundEvent } from '../channels/types.js';
import type { ChannelRow } from '../store/schema.js';
import { findChannel } from '../store/repositories/channels.js';
import {
  deferInboundEvents, deleteInboundEvents, insertInboundEvent, claimInboundEvents, queuedNetworkIds, recordInboundEventFailure, type InboundEventRow,
} from '../store/repositories/inbound-queue.js';
import { analyseBatch, ingestBatch, writeBatch, type AnalysedBatch, type IngestDeps, type IngestOutcome } from './ingest.js';
import { countProcessed } from '../metrics/sapa-metrics.js';

/**
 * Events per processing transaction. Larger batches touch each conversation, contact and index
 * page once for more events (a busy thread gets several messages per batch), so the writes per
 * event fall; a batch of 1,000 holds the single SQLite writer for well under a second, so the
 * deliveries waiting behind it are still acknowledged quickly.
 */
export const defaultBatchSize = 1000;

/**
 * How long a failing event waits before each next attempt; after the last one fails too, the
 * event is set aside. Growing waits ride out a blip (a lock timeout, a restart) without
 * hammering, and a persistent error is parked within a couple of hours.
 */
export const retryDelaysMs: readonly number[] = [30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000];

/** Longer than any batch takes (analysis and one transaction): a claim outlives its run. */
const claimLeaseMs = 2 * 60_000;

/** An edit or delete whose message is still queued waits this long before it looks again. */
const editWaitMs = 30_000;

export async function acceptEvent(deps: Pick<IngestDeps, 'db'>, channel: ChannelRow, event: InboundEvent, now = Date.now()): Promise<{ accepted: boolean }> {
  const accepted = await insertInboundEvent(deps.db, {
    channelId: channel.id, networkMessageId: event.networkMessageId, payload: JSON.stringify(event), receivedAt: now,
  });
  return { accepted };
}

export interface ProcessingFailure {
  /** The event's place in the queue (`sapa inbound status` lists it). */
  queueSeq: number;
  error: unknown;
  /** True when this was the last attempt: the event is now set aside. */
  setAside: boolean;
}

export interface ProcessingResult {
  processed: number;
  outcomes: IngestOutcome[];
  failures: ProcessingFailure[];
}

interface QueuedItem {
  row: InboundEventRow;
  channel: ChannelRow;
  event: InboundEvent;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The message an edit or delete changes, when it is another message than the event itself. */
function targetOf(event: InboundEvent): string | null {
  if (event.kind !== 'edit' && event.kind !== 'delete') return null;
  const target = event.targetNetworkMessageId ?? event.networkMessageId;
  return target === event.networkMessageId ? null : target;
}

const channelKey = (channelId: string, networkMessageId: string): string => `${channelId}\u0000${networkMessageId}`;

/** Edits and deletes whose message is not in this batch but still waits in the queue. */
async function awaitingTheirMessage(deps: IngestDeps, items: readonly QueuedItem[]): Promise<Set<QueuedItem>> {
  const inBatch = new Set(items.map((item) => channelKey(item.channel.id, item.event.networkMessageId)));
  const byChannel = new Map<string, QueuedItem[]>();
  for (const item of items) {
    const target = targetOf(item.event);
    if (target === null || inBatch.has(channelKey(item.channel.id, target))) continue;
    const edits = byChannel.get(item.channel.id);
    if (edits === undefined) byChannel.set(item.channel.id, [item]);
    else edits.push(item);
  }
  const waiting = new Set<QueuedItem>();
  for (const [channelId, edits] of byChannel) {
    const queued = await queuedNetworkIds(deps.db, channelId, edits.map((item) => targetOf(item.event) ?? ''));
    for (const item of edits) if (queued.has(targetOf(item.event) ?? '')) waiting.add(item);
  }
  return waiting;
}

/** A claimed batch: its events parsed, channels resolved, and what could not even be parsed already failed. */
interface ClaimedBatch {
  now: number;
  /** How many rows were claimed (a short batch means the queue is drained). */
  claimed: number;
  items: QueuedItem[];
  /** Events of removed channels: they go with their channel. */
  gone: number[];
  failures: ProcessingFailure[];
}

/** The analysis of a claimed batch, or why it failed (the batch is then tried one event at a time). */
type Analysis = { ok: true; analysed: AnalysedBatch } | { ok: false; error: unknown };

async function failEvent(deps: IngestDeps, batch: ClaimedBatch, row: InboundEventRow, error: unknown, retryable = true): Promise<void> {
  const retryInMs = retryable ? retryDelaysMs[row.attempts] ?? null : null;
  await recordInboundEventFailure(deps.db, row, errorText(error), retryInMs, batch.now);
  batch.failures.push({ queueSeq: row.seq, error, setAside: retryInMs === null });
}

async function claimBatch(deps: IngestDeps, limit: number): Promise<ClaimedBatch> {
  const now = deps.now?.() ?? Date.now();
  const rows = await claimInboundEvents(deps.db, limit, now, claimLeaseMs);
  const batch: ClaimedBatch = { now, claimed: rows.length, items: [], gone: [], failures: [] };
  const channels = new Map<string, ChannelRow | undefined>();
  for (const row of rows) {
    if (!channels.has(row.channel_id)) channels.set(row.channel_id, await findChannel(deps.db, row.channel_id));
    const channel = channels.get(row.channel_id);
    // The channel was removed: its waiting events go with it.
    if (channel === undefined) { batch.gone.push(row.seq); continue; }
    try {
      batch.items.push({ row, channel, event: JSON.parse(row.payload) as InboundEvent });
    } catch (error) {
      // A payload that does not parse never will: set aside at once.
      await failEvent(deps, batch, row, error, false);
    }
  }
  return batch;
}

function analyse(deps: IngestDeps, batch: ClaimedBatch): Promise<Analysis> {
  return analyseBatch(deps, batch.items).then((analysed) => ({ ok: true as const, analysed }), (error: unknown) => ({ ok: false as const, error }));
}

/**
 * Writes a claimed, analysed batch in one transaction. If that fails, the events are tried one
 * at a time, so one bad event cannot hold up the rest. An edit or delete never overtakes the
 * message it changes: whether that message still waits in the queue is checked here, after
 * every earlier batch has committed.
 */
async function writeClaimed(deps: IngestDeps, batch: ClaimedBatch, analysis: Analysis): Promise<ProcessingResult> {
  const { now, failures, gone } = batch;
  const waiting = await awaitingTheirMessage(deps, batch.items);
  await deferInboundEvents(deps.db, [...waiting].map((item) => item.row.seq), now + editWaitMs);
  const items = waiting.size === 0 ? batch.items : batch.items.filter((item) => !waiting.has(item));
  const analysed = analysis.ok && waiting.size > 0
    ? { understandings: analysis.analysed.understandings.filter((_, index) => !waiting.has(batch.items[index] as QueuedItem)) }
    : analysis.ok ? analysis.analysed : null;

  try {
    if (analysed === null) throw analysis.ok ? new Error('no analysis') : analysis.error;
    const outcomes = await writeBatch(deps, items, analysed, (trx) => deleteInboundEvents(trx, [...gone, ...items.map((item) => item.row.seq)]));
    return { processed: batch.claimed, outcomes, failures };
  } catch (batchError) {
    await deleteInboundEvents(deps.db, gone);
    // A batch of one has just been tried alone.
    if (items.length === 1 && items[0] !== undefined) {
      await failEvent(deps, batch, items[0].row, batchError);
      return { processed: batch.claimed, outcomes: [], failures };
    }
    const outcomes: IngestOutcome[] = [];
    const failed = new Set<string>();
    for (const item of items) {
      const target = targetOf(item.event);
      if (target !== null && failed.has(channelKey(item.channel.id, target))) {
        await deferInboundEvents(deps.db, [item.row.seq], now + editWaitMs);
        continue;
      }
      try {
        outcomes.push(...await ingestBatch(deps, [item], (trx) => deleteInboundEvents(trx, [item.row.seq])));
      } catch (error) {
        failed.add(channelKey(item.channel.id, item.event.networkMessageId));
        await failEvent(deps, batch, item.row, error);
      }
    }
    return { processed: batch.claimed, outcomes, failures };
  }
}

/**
 * Processes up to `limit` due events, oldest first, in one transaction. If that fails, the
 * events are tried one at a time, so one bad event cannot hold up the rest; a failing event
 * waits out `retryDelaysMs` and is then set aside (kept, no longer processed). An edit or
 * delete never overtakes the message it changes.
 */
export async function processPending(deps: IngestDeps, limit = defaultBatchSize): Promise<ProcessingResult> {
  const batch = await claimBatch(deps, limit);
  if (batch.claimed === 0) return { processed: 0, outcomes: [], failures: [] };
  return writeClaimed(deps, batch, await analyse(deps, batch));
}

/**
 * Drains what is due: batches until a batch comes back short. Pipelined: the next batch is
 * claimed just before this one's transaction and analysed (on the analysis worker) while this
 * one is written, so the writer does not wait for the models between batches.
 */
export async function processAllPending(deps: IngestDeps, limit = defaultBatchSize, onFailure: (failure: ProcessingFailure) => void = () => undefined): Promise<number> {
  let total = 0;
  let batch = await claimBatch(deps, limit);
  let analysis = analyse(deps, batch);
  while (batch.claimed > 0) {
    const ready = await analysis;
    // If the next claim fails (the database went away), this batch is still written (or fails) first.
    const claim: { error: Error | null } = { error: null };
    const next = batch.claimed < limit ? null : await claimBatch(deps, limit).catch((error: unknown) => {
      claim.error = error instanceof Error ? error : new Error(String(error));
      return null;
    });
    if (next !== null) analysis = analyse(deps, next);
    const { processed, failures, outcomes } = await writeClaimed(deps, batch, ready);
    countProcessed(outcomes, failures);
    failures.forEach(onFailure);
    total += processed;
    if (claim.error !== null) throw claim.error;
    if (next === null) break;
    batch = next;
  }
  return total;
}
