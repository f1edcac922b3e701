// ingestEvent: the one command every channel hands its inbound events to. It stores the
// event durably (the transaction commits before it returns, so a webhook may then
// acknowledge), merges duplicates, threads, updates the contact, analyses, prioritises
// and, after commit, pushes a live update.
import type { Kysely, Transaction } from 'kysely';
import type { InboundEvent } from '../channels/types.js';
import type { EventBus } from '../realtime/bus.js';
import type { ChannelRow, Database } from '../store/schema.js';
import { applyMessageRevision, findMessageByNetworkId, serializeIngest } from '../store/repositories/ingest.js';
import { rememberContact } from './contact-cache.js';
import { InboundBatch, type AfterCommit, type IngestOutcome } from './inbound-batch.js';
import { loadInboxPolicy, type InboxPolicy } from './policies.js';
import { analyseText, storedAnalysis, type AnalysedText, type Understand } from './understanding.js';
import { inTransaction } from '../store/transaction.js';

export interface IngestDeps {
  db: Kysely<Database>;
  events: EventBus;
  understand: Understand;
  /** Analyses a batch off the main thread (see understand-pool.ts); without it, `understand` runs in-thread. */
  understandMany?: (texts: readonly string[]) => Promise<AnalysedText[]>;
  now?: () => number;
}

/** Below this many texts a batch is analysed in-thread: the round trip to the worker would cost more. */
const workerBatchMinimum = 8;

async function understandAll(deps: IngestDeps, items: ReadonlyArray<{ event: InboundEvent }>): Promise<Array<AnalysedText | null>> {
  const wanted = items.map(({ event }) => isNewMessage(event) && event.kind !== 'reaction');
  const texts = items.filter((_, index) => wanted[index]).map(({ event }) => event.text);
  const analysed = deps.understandMany !== undefined && texts.length >= workerBatchMinimum
    ? await deps.understandMany(texts)
    : texts.map((text) => analyseText(deps.understand, text));
  let next = 0;
  return wanted.map((isWanted) => (isWanted ? analysed[next++] ?? null : null));
}

export type { IngestOutcome } from './inbound-batch.js';

type Executor = Transaction<Database>;

/** New content (comments, replies, mentions, DMs, reactions), as opposed to an edit or delete of earlier content. */
function isNewMessage(event: InboundEvent): boolean {
  return event.kind !== 'edit' && event.kind !== 'delete';
}

async function writeEditOrDelete(trx: Executor, deps: IngestDeps, channel: ChannelRow, event: InboundEvent, now: number, after: AfterCommit): Promise<IngestOutcome> {
  const targetId = event.targetNetworkMessageId ?? event.networkMessageId;
  const target = await findMessageByNetworkId(trx, channel.id, targetId);
  if (target === undefined) return { status: 'ignored', reason: `${event.kind} of an unknown message` };
  // Keep what the follower wrote before: an officer may already have answered it.
  const history = [...(JSON.parse(target.history) as unknown[]), { text: target.text, at: target.edited_at ?? target.sent_at }];
  await applyMessageRevision(trx, target, event.kind === 'delete'
    ? { deleted_at: event.sentAt, history: JSON.stringify(history) }
    : { text: event.text, edited_at: event.sentAt, history: JSON.stringify(history), analysis: storedAnalysis(deps.understand(event.text)) }, now);
  const outcome = { messageId: target.id, conversationId: target.conversation_id };
  after.publish.push({ workspaceId: channel.workspace_id, name: 'message.updated', data: { ...outcome } });
  return { status: 'updated', ...outcome };
}

function finishAfterCommit(deps: IngestDeps, after: AfterCommit, now: number): void {
  for (const { key, contact } of after.contacts) rememberContact(key, contact, now);
  for (const event of after.publish) {
    // The data is committed; a live update is best effort and must not make the batch look failed.
    try { deps.events.publish(event); } catch { /* the next refresh shows it */ }
  }
}

/**
 * One event, stored durably before it returns (its transaction has committed, so a webhook
 * may then acknowledge).
 */
export async function ingestEvent(deps: IngestDeps, channel: ChannelRow, event: InboundEvent): Promise<IngestOutcome> {
  const [outcome] = await ingestBatch(deps, [{ channel, event }]);
  if (outcome === undefined) throw new Error('ingest returned no outcome');
  return outcome;
}

/** What a batch needs before its transaction: the analysis of its new messages (pure CPU, on the worker). */
export interface AnalysedBatch {
  understandings: Array<AnalysedText | null>;
}

/**
 * Analyses a batch's new messages. Done before, and apart from, the transaction, so the write
 * lock is held only for writes — and so the inbound queue can analyse the next batch while
 * this one is written.
 */
export async function analyseBatch(deps: IngestDeps, items: ReadonlyArray<{ event: InboundEvent }>): Promise<AnalysedBatch> {
  return { understandings: await understandAll(deps, items) };
}

/** Many events in one transaction (a processing batch): the same writes, one commit. */
export async function ingestBatch(
  deps: IngestDeps,
  items: ReadonlyArray<{ channel: ChannelRow; event: InboundEvent }>,
  /** More writes that must commit with the batch (e.g. removing the processed events from the queue). */
  alsoInTransaction?: (trx: Executor) => Promise<void>,
): Promise<IngestOutcome[]> {
  return writeBatch(deps, items, await analyseBatch(deps, items), alsoInTransaction);
}

/** The writes of a batch analysed by analyseBatch (same items, same order), in one transaction. */
export async function writeBatch(
  deps: IngestDeps,
  items: ReadonlyArray<{ channel: ChannelRow; event: InboundEvent }>,
  { understandings }: AnalysedBatch,
  alsoInTransaction?: (trx: Executor) => Promise<void>,
): Promise<IngestOutcome[]> {
  const now = deps.now?.() ?? Date.now();
  const after: AfterCommit = { publish: [], contacts: [] };
  const policies = new Map<string, InboxPolicy>();
  for (const { channel } of items) {
    if (!policies.has(channel.workspace_id)) policies.set(channel.workspace_id, await loadInboxPolicy(deps.db, channel.workspace_id, now));
  }
  const outcomes = await inTransaction(deps.db, async (trx) => {
    const results = new Array<IngestOutcome | undefined>(items.length);
    // Batches from several processes (PostgreSQL) take turns, so each reads the conversation
    // state the previous one committed instead of overwriting it.
    await serializeIngest(trx);
    const batch = new InboundBatch(trx, now, after);
    await batch.prefetch(items.filter(({ event }) => isNewMessage(event)));
    for (const [index, { channel, event }] of items.entries()) {
      const policy = policies.get(channel.workspace_id);
      if (policy === undefined) throw new Error(`no policy for workspace ${channel.workspace_id}`);
      if (isNewMessage(event)) {
        await batch.stage(channel, event, policy, understandings[index] ?? null, (outcome) => { results[index] = outcome; });
      } else {
        // An edit or delete may target a message staged in this batch: write those first.
        await batch.writeMessages();
        results[index] = await writeEditOrDelete(trx, deps, channel, event, now, after);
      }
    }
    await batch.finish();
    await alsoInTransaction?.(trx);
    return results.map((outcome) => outcome ?? { status: 'ignored' as const, reason: 'not written' });
  });
  finishAfterCommit(deps, after, now);
  return outcomes;
}
