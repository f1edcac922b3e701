// ingestEvent: the one command every channel hands its inbound events to. It stores the
// event durably (the transaction commits before it returns, so a webhook may then
// acknowledge), merges duplicates, threads, updates the contact, analyses, prioritises
// and, after commit, pushes a live update.
import type { Kysely, Transaction } from 'kysely';
import type { InboundEvent } from '../channels/types.js';
import type { EventBus, LiveEvent } from '../realtime/bus.js';
import type { ChannelRow, ConversationRow, Database } from '../store/schema.js';
import { newId } from '../store/ids.js';
import { applyInboundToConversation, findMessageByNetworkId, findOrCreateConversation, insertInboundOnce, recordContactMessage, upsertContact } from '../store/repositories/ingest.js';
import { cachedContact, contactCacheKey, rememberContact, type CachedContact } from './contact-cache.js';
import { priorityParts, priorityScore } from './priority.js';
import { loadInboxPolicy, type InboxPolicy } from './policies.js';
import { firstResponseDue } from './response-targets.js';
import type { MessageUnderstanding, Understand } from './understanding.js';

export interface IngestDeps {
  db: Kysely<Database>;
  events: EventBus;
  understand: Understand;
  now?: () => number;
}

export type IngestOutcome =
  | { status: 'stored'; messageId: string; conversationId: string }
  | { status: 'duplicate'; conversationId: string | null }
  | { status: 'updated'; messageId: string; conversationId: string }
  | { status: 'ignored'; reason: string };

/** Scores to three decimals: the stored row stays small on the hot path, and nothing reads more precision. */
function storedAnalysis(understanding: MessageUnderstanding): string {
  return JSON.stringify(understanding, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 1000) / 1000 : value));
}

function threadOf(event: InboundEvent): { kind: 'thread' | 'direct'; key: string } {
  if (event.kind === 'direct_message') return { kind: 'direct', key: `dm:${event.directThreadId ?? event.author.networkId}` };
  return { kind: 'thread', key: `post:${event.rootPostNetworkId ?? event.parentNetworkMessageId ?? event.networkMessageId}` };
}

type Executor = Transaction<Database>;

/** Work for after the commit: live updates and the contact cache, never before the data is durable. */
interface AfterCommit {
  publish: LiveEvent[];
  contacts: Array<{ key: string; contact: CachedContact }>;
  /**
   * Conversations as this transaction left them, by channel and thread: later events of the
   * same batch read them here instead of from the database (the batch holds their row locks).
   */
  conversations: Map<string, ConversationRow>;
}

async function writeEditOrDelete(trx: Executor, deps: IngestDeps, channel: ChannelRow, event: InboundEvent, now: number, after: AfterCommit): Promise<IngestOutcome> {
  const targetId = event.targetNetworkMessageId ?? event.networkMessageId;
  const target = await findMessageByNetworkId(trx, channel.id, targetId);
  if (target === undefined) return { status: 'ignored', reason: `${event.kind} of an unknown message` };
  // Keep what the follower wrote before: an officer may already have answered it.
  const history = [...(JSON.parse(target.history) as unknown[]), { text: target.text, at: target.edited_at ?? target.sent_at }];
  await trx.updateTable('messages').set(event.kind === 'delete'
    ? { deleted_at: event.sentAt, history: JSON.stringify(history) }
    : { text: event.text, edited_at: event.sentAt, history: JSON.stringify(history), analysis: storedAnalysis(deps.understand(event.text)) })
    .where('id', '=', target.id).execute();
  await trx.updateTable('conversations').set({ updated_at: now }).where('id', '=', target.conversation_id).execute();
  const outcome = { messageId: target.id, conversationId: target.conversation_id };
  after.publish.push({ workspaceId: channel.workspace_id, name: 'message.updated', data: { ...outcome } });
  return { status: 'updated', ...outcome };
}

/** Everything an inbound event changes, inside the caller's transaction. */
async function writeInbound(trx: Executor, deps: IngestDeps, channel: ChannelRow, event: InboundEvent, policy: InboxPolicy, now: number, after: AfterCommit): Promise<IngestOutcome> {
  if (event.kind === 'edit' || event.kind === 'delete') return writeEditOrDelete(trx, deps, channel, event, now, after);
  const isReaction = event.kind === 'reaction';
  const text = isReaction ? event.reaction ?? event.text : event.text;
  const understanding: MessageUnderstanding | null = isReaction ? null : deps.understand(text);
  const thread = threadOf(event);
  const contactKey = contactCacheKey(channel.id, event.author.networkId);

  let contact = cachedContact(contactKey, now);
  if (contact === undefined) {
    const row = await upsertContact(trx, {
      workspaceId: channel.workspace_id, channelId: channel.id, networkUserId: event.author.networkId,
      handle: event.author.handle, displayName: event.author.displayName, seenAt: event.sentAt,
    });
    contact = { id: row.id, vip: row.vip === 1 };
    after.contacts.push({ key: contactKey, contact });
  }
  const conversationKey = `${channel.id}\u0000${thread.key}`;
  const conversation = after.conversations.get(conversationKey) ?? await findOrCreateConversation(trx, {
    workspaceId: channel.workspace_id, channelId: channel.id, kind: thread.kind, threadKey: thread.key,
    rootPostNetworkId: event.rootPostNetworkId ?? null, rootPostText: event.rootPostText ?? null, contactId: contact.id, at: event.sentAt,
  });
  after.conversations.set(conversationKey, conversation);
  const messageId = newId(now);
  const inserted = await insertInboundOnce(trx, {
    id: messageId, workspace_id: channel.workspace_id, conversation_id: conversation.id, channel_id: channel.id,
    kind: event.kind, network_message_id: event.networkMessageId, parent_network_message_id: event.parentNetworkMessageId ?? null,
    author_contact_id: contact.id, text, sent_at: event.sentAt, received_at: now, analysis: understanding === null ? null : storedAnalysis(understanding),
  });
  if (!inserted) return { status: 'duplicate', conversationId: conversation.id };
  await recordContactMessage(trx, contact.id, { handle: event.author.handle, displayName: event.author.displayName, seenAt: event.sentAt });
  if (isReaction) return { status: 'stored', messageId, conversationId: conversation.id };

  const alreadyWaiting = conversation.unanswered === 1 && conversation.awaiting_since !== null;
  const awaitingSince = alreadyWaiting ? Math.min(conversation.awaiting_since ?? event.sentAt, event.sentAt) : event.sentAt;
  // A more pressing message (a complaint after a question) may pull the target earlier, never later.
  const dueForThis = firstResponseDue(event.sentAt, understanding, { policy: policy.response, network: channel.network, timezone: policy.timezone });
  const earlierDue = alreadyWaiting ? conversation.first_response_due_at : null;
  const dueAt = earlierDue === null ? dueForThis : dueForThis === null ? earlierDue : Math.min(earlierDue, dueForThis);
  const parts = priorityParts({ understanding, waitedMs: now - awaitingSince, msToTarget: dueAt === null ? null : dueAt - now, vip: contact.vip });
  const update = {
    status: conversation.status === 'closed' || conversation.status === 'snoozed' ? 'open' : conversation.status,
    contact_id: contact.id,
    awaiting_since: awaitingSince,
    first_response_due_at: dueAt,
    last_inbound_at: Math.max(conversation.last_inbound_at ?? 0, event.sentAt),
    last_message_at: Math.max(conversation.last_message_at, event.sentAt),
    // The summary describes the newest message: a late, out-of-order delivery does not overwrite it.
    ...(event.sentAt >= (conversation.last_inbound_at ?? 0) ? {
      last_intents: JSON.stringify(understanding?.intents ?? []),
      last_sentiment: understanding?.sentiment.label ?? null,
      last_emotion: understanding?.emotion.label ?? null,
      last_urgency: understanding?.urgency ?? null,
      language: understanding?.language ?? null,
    } : {
      last_intents: conversation.last_intents,
      last_sentiment: conversation.last_sentiment,
      last_emotion: conversation.last_emotion,
      last_urgency: conversation.last_urgency,
      language: conversation.language,
    }),
    priority: priorityScore(parts),
    priority_reasons: JSON.stringify(parts),
    updated_at: now,
  };
  await applyInboundToConversation(trx, conversation.id, update);
  after.conversations.set(conversationKey, { ...conversation, ...update, snoozed_until: null, unanswered: 1, resolved_at: null });
  after.publish.push({ workspaceId: channel.workspace_id, name: 'message.created', data: { conversationId: conversation.id, messageId } });
  return { status: 'stored', messageId, conversationId: conversation.id };
}

function finishAfterCommit(deps: IngestDeps, after: AfterCommit, now: number): void {
  for (const { key, contact } of after.contacts) rememberContact(key, contact, now);
  for (const event of after.publish) deps.events.publish(event);
}

/**
 * One event, stored durably before it returns (its transaction has committed, so a webhook
 * may then acknowledge).
 */
export async function ingestEvent(deps: IngestDeps, channel: ChannelRow, event: InboundEvent): Promise<IngestOutcome> {
  const now = deps.now?.() ?? Date.now();
  const after: AfterCommit = { publish: [], contacts: [], conversations: new Map() };
  // Read outside the transaction: on SQLite the transaction holds the only connection.
  const policy = await loadInboxPolicy(deps.db, channel.workspace_id, now);
  const outcome = await deps.db.transaction().execute((trx) => writeInbound(trx, deps, channel, event, policy, now, after));
  finishAfterCommit(deps, after, now);
  return outcome;
}

/** Many events in one transaction (a processing batch): the same writes, one commit. */
export async function ingestBatch(
  deps: IngestDeps,
  items: ReadonlyArray<{ channel: ChannelRow; event: InboundEvent }>,
  /** More writes that must commit with the batch (e.g. removing the processed events from the queue). */
  alsoInTransaction?: (trx: Executor) => Promise<void>,
): Promise<IngestOutcome[]> {
  const now = deps.now?.() ?? Date.now();
  const after: AfterCommit = { publish: [], contacts: [], conversations: new Map() };
  const policies = new Map<string, InboxPolicy>();
  for (const { channel } of items) {
    if (!policies.has(channel.workspace_id)) policies.set(channel.workspace_id, await loadInboxPolicy(deps.db, channel.workspace_id, now));
  }
  const outcomes = await deps.db.transaction().execute(async (trx) => {
    const results: IngestOutcome[] = [];
    for (const { channel, event } of items) {
      const policy = policies.get(channel.workspace_id);
      if (policy === undefined) throw new Error(`no policy for workspace ${channel.workspace_id}`);
      results.push(await writeInbound(trx, deps, channel, event, policy, now, after));
    }
    await alsoInTransaction?.(trx);
    return results;
  });
  finishAfterCommit(deps, after, now);
  return outcomes;
}
