// Recording an outbound reply that reached the network (demo history, imports): it answers
// the conversation, stops the first-response clock and drops it down the inbox.
import type { Kysely } from 'kysely';
import type { EventBus } from '../realtime/bus.js';
import type { Database } from '../store/schema.js';
import { newId } from '../store/ids.js';
import { findConversationInWorkspace } from '../store/repositories/conversations.js';
import { insertOutboundMessage, markConversationAnswered } from '../store/repositories/replies.js';
import { inTransaction } from '../store/transaction.js';

export interface SentReply {
  workspaceId: string;
  conversationId: string;
  text: string;
  userId: string | null;
  networkMessageId: string;
  sentAt: number;
  /** The follower message this reply answers. */
  inReplyToNetworkId?: string;
  /** An officer judged it a good answer: it will be suggested for similar questions. */
  markedGood?: boolean;
}

export async function recordSentReply(db: Kysely<Database>, events: EventBus | null, reply: SentReply): Promise<string> {
  const id = newId(reply.sentAt);
  await inTransaction(db, async (trx) => {
    const conversation = await findConversationInWorkspace(trx, reply.workspaceId, reply.conversationId);
    if (conversation === undefined) throw new Error(`Conversation ${reply.conversationId} not found in workspace ${reply.workspaceId}.`);
    await insertOutboundMessage(trx, {
      id, workspace_id: reply.workspaceId, conversation_id: reply.conversationId, channel_id: conversation.channel_id,
      direction: 'outbound', kind: 'reply', network_message_id: reply.networkMessageId, parent_network_message_id: reply.inReplyToNetworkId ?? null,
      author_contact_id: null, author_user_id: reply.userId, text: reply.text, sent_at: reply.sentAt, received_at: reply.sentAt,
      analysis: null, delivery_state: 'sent', idempotency_key: null, error: null, edited_at: null, deleted_at: null, history: '[]',
      marked_good: reply.markedGood === true ? 1 : 0,
    });
    await markConversationAnswered(trx, { conversationId: reply.conversationId, sentAt: reply.sentAt, userId: reply.userId });
  });
  events?.publish({ workspaceId: reply.workspaceId, name: 'conversation.updated', data: { conversationId: reply.conversationId } });
  return id;
}
