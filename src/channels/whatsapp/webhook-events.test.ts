// WhatsApp deliveries (whatsapp/webhooks/reference/messages): messages → DMs by wa_id; statuses read apart.
import { describe, expect, it } from 'vitest';
import type { MetaEntry } from '../meta/webhook.js';
import { whatsappEventsOf, whatsappStatusesOf } from './webhook-events.js';

const phoneId = '106540352242922';
const entry = (value: Record<string, unknown>): MetaEntry[] => [{ id: 'WABA', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: phoneId }, ...value } }] }];

describe('whatsapp webhook events', () => {
  it('a text message is a DM in the sender wa_id thread, named from contacts, timestamp in seconds', () => {
    const events = whatsappEventsOf(entry({
      contacts: [{ profile: { name: 'Rina' }, wa_id: '628123' }],
      messages: [{ from: '628123', id: 'wamid.A', timestamp: '1764900000', text: { body: 'Halo, pesanan saya?' }, type: 'text', context: { from: '15550783881', id: 'wamid.PREV' } }],
    }), phoneId);
    expect(events).toEqual([{ kind: 'direct_message', networkMessageId: 'wamid.A', directThreadId: '628123', author: { networkId: '628123', handle: '628123', displayName: 'Rina' }, text: 'Halo, pesanan saya?', sentAt: 1_764_900_000_000, parentNetworkMessageId: 'wamid.PREV' }]);
  });

  it('reactions, media captions and other numbers', () => {
    const events = whatsappEventsOf(entry({ messages: [
      { from: '628', id: 'wamid.R', timestamp: '1', type: 'reaction', reaction: { message_id: 'wamid.OUT', emoji: '👍' } },
      { from: '628', id: 'wamid.I', timestamp: '1', type: 'image', image: { caption: 'ini kemasannya', mime_type: 'image/jpeg', id: 'MEDIA' } },
    ] }), phoneId);
    expect(events[0]).toMatchObject({ kind: 'reaction', reaction: '👍', targetNetworkMessageId: 'wamid.OUT' });
    expect(events[1]).toMatchObject({ kind: 'direct_message', text: 'ini kemasannya' });
    const other = entry({ messages: [{ from: '628', id: 'wamid.X', timestamp: '1', type: 'text', text: { body: 'x' } }] });
    ((other[0]?.changes?.[0]?.value ?? {}) as { metadata: { phone_number_id: string } }).metadata.phone_number_id = 'another';
    expect(whatsappEventsOf(other, phoneId)).toEqual([]);
  });

  it('statuses are receipts, not inbound events; failures carry their error', () => {
    const delivery = entry({ statuses: [{ id: 'wamid.OUT', status: 'failed', timestamp: '1764900000', recipient_id: '628', errors: [{ code: 131047, title: 'Re-engagement message', message: 'Re-engagement message', error_data: { details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' } }] }] });
    expect(whatsappEventsOf(delivery, phoneId)).toEqual([]);
    expect(whatsappStatusesOf(delivery, phoneId)).toEqual([{ messageId: 'wamid.OUT', status: 'failed', recipientId: '628', errors: [{ code: 131047, title: 'Re-engagement message', details: expect.stringContaining('24 hours') as unknown }] }]);
  });
});
