// Delivering a queued reply, at most once, through the one delivery state machine
// (delivery/at-most-once.ts). A reply's row is a message: queued is its waiting state, and a
// sent reply marks its conversation answered in the same transaction.
import type { OutboundReply } from '../channels/types.js';
import { PermanentJobError, type JobContext } from '../jobs/queue.js';
import type { Runtime } from '../runtime.js';
import { findChannel } from '../store/repositories/channels.js';
import { findReplyAddress } from '../store/repositories/conversations.js';
import { findMessage, markConversationAnswered, transitionDelivery } from '../store/repositories/replies.js';
import type { MessageRow } from '../store/schema.js';
import { countReplySent, sapaMetrics } from '../metrics/sapa-metrics.js';
import { deliverAtMostOnce, type DeliveryRecord, type DeliveryState, type DeliveryWording } from './delivery/at-most-once.js';
import { inTransaction } from '../store/transaction.js';

const wording: DeliveryWording = {
  reasons: {
    INVALID_CONTENT: 'The network refused the text (too long or not allowed). Edit the reply and send it again.',
    AUTH_REVOKED: 'The channel is disconnected or its access was revoked. Reconnect the channel in Settings, then send again.',
    NOT_FOUND: 'The message being answered no longer exists on the network (deleted or hidden).',
    RATE_LIMITED: 'The network kept refusing for rate limits. Try again later.',
    TEMPORARY: 'The network kept failing. Try again later.',
  },
  interrupted: 'The send was interrupted and the network cannot tell whether it arrived. Check the conversation on the network before sending again.',
  unconfirmed: 'The network did not confirm the send. Check the conversation on the network before sending again.',
  unexpected: 'The send failed unexpectedly; whether it arrived is not known.',
};

type ReplyState = MessageRow['delivery_state'];
const asDeliveryState = (state: ReplyState): DeliveryState => (state === 'queued' ? 'waiting' : (state as DeliveryState));
const asReplyState = (state: 'failed' | 'unknown' | 'waiting'): ReplyState => (state === 'waiting' ? 'queued' : state);

function replyRecord(runtime: Runtime, message: MessageRow, idempotencyKey: string): DeliveryRecord {
  const publish = (name: 'conversation.updated' | 'message.updated') => runtime.events.publish({
    workspaceId: message.workspace_id, name, data: { conversationId: message.conversation_id, messageId: message.id },
  });
  return {
    state: asDeliveryState(message.delivery_state),
    idempotencyKey,
    claim: () => transitionDelivery(runtime.store.db, message.id, ['queued'], 'sending'),
    markSent: async (result) => {
      const sent = await inTransaction(runtime.store.db, async (trx) => {
        const moved = await transitionDelivery(trx, message.id, ['sending', 'unknown'], 'sent', { network_message_id: result.networkMessageId, error: null, sent_at: result.sentAt });
        return moved ? { firstResponseMs: await markConversationAnswered(trx, { conversationId: message.conversation_id, sentAt: result.sentAt, userId: message.author_user_id }) } : null;
      });
      if (sent !== null) countReplySent(sent.firstResponseMs);
      publish('conversation.updated');
    },
    settle: async (state, reason) => {
      if (await transitionDelivery(runtime.store.db, message.id, ['sending'], asReplyState(state), { error: reason })) {
        sapaMetrics.replies.inc({ outcome: state === 'waiting' ? 'retry' : state });
      }
      publish('message.updated');
    },
  };
}

/** The reply as the network is asked to send it; a reply to a direct message goes back into that conversation. */
async function outboundReplyOf(runtime: Runtime, message: MessageRow, idempotencyKey: string): Promise<OutboundReply> {
  const address = await findReplyAddress(runtime.store.db, message.workspace_id, message.conversation_id);
  const direct = address?.kind === 'direct' ? {
    // Thread keys carry a kind prefix (inbound-batch.ts): the network's own thread id follows it.
    directThreadId: address.thread_key.replace(/^dm:/, ''),
    ...(address.network_user_id === null ? {} : { recipientNetworkId: address.network_user_id }),
    ...(address.handle === null ? {} : { recipientHandle: address.handle }),
  } : {};
  return {
    idempotencyKey, text: message.text,
    ...(message.parent_network_message_id === null ? {} : { inReplyToNetworkId: message.parent_network_message_id }),
    ...direct,
  };
}

export async function deliverReply(runtime: Runtime, messageId: string, context: JobContext): Promise<void> {
  const message = await findMessage(runtime.store.db, messageId);
  if (message === undefined || message.direction !== 'outbound' || message.idempotency_key === null) return;
  const channel = await findChannel(runtime.store.db, message.channel_id);
  if (channel === undefined) throw new PermanentJobError('channel removed');
  const connector = runtime.connectors.connectorFor(channel);
  const reply = await outboundReplyOf(runtime, message, message.idempotency_key);
  await deliverAtMostOnce({
    record: replyRecord(runtime, message, message.idempotency_key),
    connector,
    // received_at is when the reply was queued: it cannot have gone out before.
    request: { kind: 'reply', reply, startedAt: message.received_at },
    send: () => connector.sendReply(reply),
    wording,
    job: context,
  });
}
