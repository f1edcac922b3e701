// Outbound replies: queued rows that a job delivers exactly once, the answered state of
// their conversation, and the reporting events Insights reads.
import type { Kysely, Transaction } from 'kysely';
import type { Database, MessageRow, NewMessage } from '../schema.js';
import { newId } from '../ids.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Keys are chosen by clients, so they are unique (and looked up) per workspace only. */
export function findMessageByIdempotencyKey(db: Executor, workspaceId: string, key: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('workspace_id', '=', workspaceId).where('idempotency_key', '=', key).executeTakeFirst();
}

export function findMessage(db: Executor, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest inbound message of a conversation of this workspace: the one a reply answers. */
export function latestInbound(db: Executor, workspaceId: string, conversationId: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('conversation_id', '=', conversationId).where('workspace_id', '=', workspaceId)
    .where('direction', '=', 'inbound')
    .where('kind', '!=', 'reaction').where('deleted_at', 'is', null)
    .orderBy('sent_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/**
 * Moves a reply from one delivery state to another only if it is still in the expected one:
 * two workers can never both move a reply to `sending`.
 */
export async function transitionDelivery(
  db: Executor, id: string, from: MessageRow['delivery_state'][], to: MessageRow['delivery_state'],
  changes: { network_message_id?: string; error?: string | null; sent_at?: number } = {},
): Promise<boolean> {
  const result = await db.updateTable('messages').set({ delivery_state: to, ...changes }).where('id', '=', id).where('delivery_state', 'in', from).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Outbound items since `since` (sent or about to be), with the person each went to, for pacing. */
export function recentOutbound(db: Executor, workspaceId: string, since: number) {
  return db.selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .select(['messages.channel_id', 'conversations.contact_id', 'messages.text', 'messages.sent_at'])
    .where('messages.workspace_id', '=', workspaceId)
    .where('messages.direction', '=', 'outbound')
    .where('messages.sent_at', '>=', since)
    .where('messages.delivery_state', 'in', ['queued', 'sending', 'sent', 'unknown'])
    .execute();
}

/** Returns the first-response time when this reply was the conversation's first answer, else null. */
export async function markConversationAnswered(db: Executor, input: { conversationId: string; sentAt: number; userId: string | null }): Promise<number | null> {
  const conversation = await db.selectFrom('conversations').select(['workspace_id', 'channel_id', 'first_responded_at', 'awaiting_since', 'last_message_at', 'last_intents'])
    .where('id', '=', input.conversationId).executeTakeFirstOrThrow();
  const firstResponseMs = conversation.first_responded_at === null && conversation.awaiting_since !== null ? Math.max(0, input.sentAt - conversation.awaiting_since) : null;
  if (firstResponseMs !== null) {
    await db.insertInto('reporting_events').values({
      id: newId(input.sentAt), workspace_id: conversation.workspace_id, conversation_id: input.conversationId, channel_id: conversation.channel_id,
      user_id: input.userId, kind: 'first_response', duration_ms: firstResponseMs, at: input.sentAt, intents: conversation.last_intents,
    }).execute();
  }
  await db.updateTable('conversations').set({
    unanswered: 0,
    awaiting_since: null,
    first_responded_at: conversation.first_responded_at ?? input.sentAt,
    first_response_due_at: null,
    breach_warned_at: null,
    last_message_at: Math.max(conversation.last_message_at, input.sentAt),
    priority: 0,
    priority_reasons: '[]',
    updated_at: input.sentAt,
  }).where('id', '=', input.conversationId).execute();
  return firstResponseMs;
}

/** Stores an outbound reply row (queued for delivery, or already sent when recorded from history). */
export async function insertOutboundMessage(db: Executor, message: NewMessage): Promise<void> {
  await db.insertInto('messages').values(message).execute();
}

/** Queued replies older than `before`: their delivery job may have been lost with a process. */
export function listOrphanedReplies(db: Executor, before: number, limit = 500): Promise<Array<{ id: string }>> {
  return db.selectFrom('messages').select('id')
    .where('direction', '=', 'outbound').where('delivery_state', '=', 'queued').where('sent_at', '<', before)
    .limit(limit).execute();
}
