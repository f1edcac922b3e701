// Delivering a queued reply, at most once. States: queued → sending → sent (network id kept)
// | failed (with an actionable reason) | unknown (the network may or may not have it: never
// blindly retried; checked with the network where it can tell). Transient errors go back to
// queued and retry with backoff; RATE_LIMITED waits for the network's retry-after.
import { ChannelError } from '../channels/types.js';
import { PermanentJobError, RetryLaterError, type JobContext } from '../jobs/queue.js';
import type { Runtime } from '../runtime.js';
import { findChannel } from '../store/repositories/channels.js';
import { findReplyAddress } from '../store/repositories/conversations.js';
import { findMessage, markConversationAnswered, transitionDelivery } from '../store/repositories/replies.js';
import type { MessageRow } from '../store/schema.js';
import { countReplySent, sapaMetrics } from '../metrics/sapa-metrics.js';

const actionableReasons: Record<string, string> = {
  INVALID_CONTENT: 'The network refused the text (too long or not allowed). Edit the reply and send it again.',
  AUTH_REVOKED: 'The channel is disconnected or its access was revoked. Reconnect the channel in Settings, then send again.',
  NOT_FOUND: 'The message being answered no longer exists on the network (deleted or hidden).',
  RATE_LIMITED: 'The network kept refusing for rate limits. Try again later.',
  TEMPORARY: 'The network kept failing. Try again later.',
};

async function finishSent(runtime: Runtime, message: MessageRow, networkMessageId: string, sentAt: number): Promise<void> {
  const sent = await runtime.store.db.transaction().execute(async (trx) => {
    const moved = await transitionDelivery(trx, message.id, ['sending', 'unknown'], 'sent', { network_message_id: networkMessageId, error: null, sent_at: sentAt });
    return moved ? { firstResponseMs: await markConversationAnswered(trx, { conversationId: message.conversation_id, sentAt, userId: message.author_user_id }) } : null;
  });
  if (sent !== null) countReplySent(sent.firstResponseMs);
  runtime.events.publish({ workspaceId: message.workspace_id, name: 'conversation.updated', data: { conversationId: message.conversation_id } });
}

async function settle(runtime: Runtime, message: MessageRow, state: 'failed' | 'unknown' | 'queued', error: string): Promise<void> {
  if (await transitionDelivery(runtime.store.db, message.id, ['sending'], state, { error })) sapaMetrics.replies.inc({ outcome: state === 'queued' ? 'retry' : state });
  runtime.events.publish({ workspaceId: message.workspace_id, name: 'message.updated', data: { conversationId: message.conversation_id, messageId: message.id } });
}

export async function deliverReply(runtime: Runtime, messageId: string, context: JobContext): Promise<void> {
  const message = await findMessage(runtime.store.db, messageId);
  if (message === undefined || message.direction !== 'outbound' || message.idempotency_key === null) return;
  const channel = await findChannel(runtime.store.db, message.channel_id);
  if (channel === undefined) throw new PermanentJobError('channel removed');
  const connector = runtime.connectors.connectorFor(channel);

  if (message.delivery_state === 'sending') {
    // A worker died between sending and recording: ask the network instead of sending again.
    const found = await connector.findSent(message.idempotency_key).catch(() => null);
    if (found !== null) return finishSent(runtime, message, found.networkMessageId, found.sentAt);
    await settle(runtime, message, 'unknown', 'The send was interrupted and the network cannot tell whether it arrived. Check the conversation on the network before sending again.');
    return;
  }
  if (message.delivery_state !== 'queued') return;
  if (!(await transitionDelivery(runtime.store.db, message.id, ['queued'], 'sending'))) return;

  try {
    // A reply to a direct message goes back into that conversation, to that follower.
    const address = await findReplyAddress(runtime.store.db, message.workspace_id, message.conversation_id);
    const direct = address?.kind === 'direct' ? {
      // Thread keys carry a kind prefix (inbound-batch.ts): the network's own thread id follows it.
      directThreadId: address.thread_key.replace(/^dm:/, ''),
      ...(address.network_user_id === null ? {} : { recipientNetworkId: address.network_user_id }),
      ...(address.handle === null ? {} : { recipientHandle: address.handle }),
    } : {};
    const result = await connector.sendReply({
      idempotencyKey: message.idempotency_key, text: message.text,
      ...(message.parent_network_message_id === null ? {} : { inReplyToNetworkId: message.parent_network_message_id }),
      ...direct,
    });
    await finishSent(runtime, message, result.networkMessageId, result.sentAt);
  } catch (error) {
    if (!(error instanceof ChannelError)) {
      await settle(runtime, message, 'unknown', 'The send failed unexpectedly; whether it arrived is not known.');
      throw new PermanentJobError(error instanceof Error ? error.message : 'unexpected error');
    }
    const lastAttempt = context.attempt >= context.maxAttempts;
    if (error.code === 'UNKNOWN_OUTCOME') {
      const found = await connector.findSent(message.idempotency_key).catch(() => null);
      if (found !== null) return finishSent(runtime, message, found.networkMessageId, found.sentAt);
      await settle(runtime, message, 'unknown', 'The network did not confirm the send. Check the conversation on the network before sending again.');
      return;
    }
    if ((error.code === 'RATE_LIMITED' || error.code === 'TEMPORARY') && !lastAttempt) {
      await settle(runtime, message, 'queued', error.message);
      throw error.code === 'RATE_LIMITED' ? new RetryLaterError(error.retryAfterMs ?? 60_000, error.message) : error;
    }
    await settle(runtime, message, 'failed', actionableReasons[error.code] ?? error.message);
    throw new PermanentJobError(error.message);
  }
}
