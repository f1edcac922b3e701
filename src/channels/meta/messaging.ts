// Messenger and Instagram direct messages arrive in the same `entry[].messaging[]` shape
// (developers.facebook.com/docs/messenger-platform/reference/webhook-events/messages):
// {sender:{id}, recipient:{id}, timestamp (ms), message:{mid, text?, attachments?, is_echo?, reply_to?}}.
// Echoes of the brand's own sends (is_echo, or sender = the account) are skipped.
import type { InboundEvent } from '../types.js';
import { isRecord, stringOf, type MetaEntry } from './webhook.js';

export function directMessagesOf(entry: MetaEntry, ownId: string, now: number): InboundEvent[] {
  const events: InboundEvent[] = [];
  for (const item of entry.messaging ?? []) {
    if (!isRecord(item) || !isRecord(item.message) || !isRecord(item.sender)) continue;
    const message = item.message;
    const senderId = stringOf(item.sender.id);
    const mid = stringOf(message.mid);
    if (senderId === undefined || mid === undefined || senderId === ownId || message.is_echo === true) continue;
    const text = stringOf(message.text) ?? attachmentsLabel(message.attachments);
    const replyTo = isRecord(message.reply_to) ? stringOf(message.reply_to.mid) : undefined;
    events.push({
      kind: 'direct_message',
      networkMessageId: mid,
      directThreadId: senderId,
      // Webhooks carry only the scoped id; the name needs a profile read the webhook cannot wait for.
      author: { networkId: senderId, handle: senderId, displayName: senderId },
      text,
      sentAt: typeof item.timestamp === 'number' ? item.timestamp : now,
      ...(replyTo === undefined ? {} : { parentNetworkMessageId: replyTo }),
    });
  }
  return events;
}

function attachmentsLabel(attachments: unknown): string {
  if (!Array.isArray(attachments) || attachments.length === 0) return '';
  const types = attachments.map((attachment) => (isRecord(attachment) ? stringOf(attachment.type) : undefined) ?? 'file');
  return `[${types.join(', ')}]`;
}
