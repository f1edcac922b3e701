// WhatsApp Cloud API deliveries (developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/
// reference/messages): {object:"whatsapp_business_account", entry:[{id:WABA_ID, changes:[{field:"messages",
// value:{messaging_product, metadata{display_phone_number, phone_number_id}, contacts[{profile{name}, wa_id}],
// messages?[{from, id:"wamid…", timestamp:"<unix s>", type, text{body}, context?{id}}], statuses?[{id,
// status, timestamp, recipient_id, errors?}], errors?}}]}]}. Every message is a direct message whose thread is
// the sender's wa_id. Statuses (sent/delivered/read/failed) are receipts for the brand's own messages, not
// follower activity: they are read by whatsappStatusesOf, never turned into inbound events.
import type { InboundEvent } from '../types.js';
import { isRecord, stringOf, type MetaEntry } from '../meta/webhook.js';

interface MessagesValue {
  metadata?: { phone_number_id?: string };
  contacts?: { profile?: { name?: string }; wa_id?: string }[];
  messages?: Record<string, unknown>[];
  statuses?: Record<string, unknown>[];
}

function valuesFor(entries: readonly MetaEntry[], phoneNumberId: string): MessagesValue[] {
  const values: MessagesValue[] = [];
  for (const entry of entries) {
    for (const change of entry.changes ?? []) {
      if (change.field !== 'messages' || !isRecord(change.value)) continue;
      const value = change.value as MessagesValue;
      // One app may serve several numbers: only this channel's number counts.
      if (value.metadata?.phone_number_id !== undefined && value.metadata.phone_number_id !== phoneNumberId) continue;
      values.push(value);
    }
  }
  return values;
}

export function whatsappEventsOf(entries: readonly MetaEntry[], phoneNumberId: string, now = Date.now()): InboundEvent[] {
  const events: InboundEvent[] = [];
  for (const value of valuesFor(entries, phoneNumberId)) {
    for (const message of value.messages ?? []) {
      const event = eventOf(message, value.contacts ?? [], now);
      if (event !== undefined) events.push(event);
    }
  }
  return events;
}

function eventOf(message: Record<string, unknown>, contacts: NonNullable<MessagesValue['contacts']>, now: number): InboundEvent | undefined {
  const from = stringOf(message.from);
  const id = stringOf(message.id);
  if (from === undefined || id === undefined) return undefined;
  const name = contacts.find((contact) => contact.wa_id === from)?.profile?.name ?? from;
  const timestamp = Number(stringOf(message.timestamp));
  const base = { networkMessageId: id, directThreadId: from, author: { networkId: from, handle: from, displayName: name }, sentAt: Number.isFinite(timestamp) && timestamp > 0 ? timestamp * 1000 : now };
  const context = isRecord(message.context) ? stringOf(message.context.id) : undefined;
  const type = stringOf(message.type);
  if (type === 'reaction' && isRecord(message.reaction)) {
    const target = stringOf(message.reaction.message_id);
    const emoji = stringOf(message.reaction.emoji) ?? '';
    return { ...base, kind: 'reaction', text: emoji, reaction: emoji, ...(target === undefined ? {} : { targetNetworkMessageId: target }) };
  }
  return { ...base, kind: 'direct_message', text: textOf(message, type), ...(context === undefined ? {} : { parentNetworkMessageId: context }) };
}

function textOf(message: Record<string, unknown>, type: string | undefined): string {
  if (type === 'text' && isRecord(message.text)) return stringOf(message.text.body) ?? '';
  const media = type === undefined ? undefined : message[type];
  const caption = isRecord(media) ? stringOf(media.caption) : undefined;
  if (type === 'button' && isRecord(message.button)) return stringOf(message.button.text) ?? '';
  if (type === 'interactive' && isRecord(message.interactive)) {
    const reply = message.interactive.button_reply ?? message.interactive.list_reply;
    return isRecord(reply) ? (stringOf(reply.title) ?? '') : '';
  }
  return caption ?? `[${type ?? 'message'}]`;
}

export interface WhatsAppStatus {
  messageId: string;
  status: string;
  recipientId?: string;
  /** Asynchronous failures (e.g. 131047 outside the 24 h window) arrive here, after the send was accepted. */
  errors: { code?: number; title?: string; details?: string }[];
}

/** Delivery receipts for the brand's own messages: the delivery worker can mark a send failed from these. */
export function whatsappStatusesOf(entries: readonly MetaEntry[], phoneNumberId: string): WhatsAppStatus[] {
  const statuses: WhatsAppStatus[] = [];
  for (const value of valuesFor(entries, phoneNumberId)) {
    for (const status of value.statuses ?? []) {
      const messageId = stringOf(status.id);
      const state = stringOf(status.status);
      if (messageId === undefined || state === undefined) continue;
      const recipientId = stringOf(status.recipient_id);
      const errors = Array.isArray(status.errors) ? status.errors.filter(isRecord).map((error) => ({
        ...(typeof error.code === 'number' ? { code: error.code } : {}),
        ...(stringOf(error.title) === undefined ? {} : { title: stringOf(error.title) }),
        ...(isRecord(error.error_data) && stringOf(error.error_data.details) !== undefined ? { details: stringOf(error.error_data.details) } : {}),
      })) : [];
      statuses.push({ messageId, status: state, ...(recipientId === undefined ? {} : { recipientId }), errors });
    }
  }
  return statuses;
}
