// The WhatsApp connector against the in-repo Graph API fake: customer messages as signed webhook
// deliveries over loopback. WhatsApp has no public threads, so the harness has no followerMentions.
import { describe, expect, it } from 'vitest';
import { runConnectorContract } from '../../test-support/connector-contract.js';
import { whatsappMessage } from '../../test-support/fakes/meta/followers.js';
import { MetaFake } from '../../test-support/fakes/meta/graph-fake.js';
import { startWebhookReceiver } from '../../test-support/fakes/meta/webhook-receiver.js';
import { signedMetaDelivery } from '../meta/webhook-fixture.js';
import { WhatsAppConnector } from './connector.js';

const phone = { id: '106540352242922', displayPhoneNumber: '15550783881', verifiedName: 'Glowria', wabaId: '102290129340398' };
const customer = { waId: '6281234567890', name: 'Rina' };
const secrets = { accessToken: 'EAAG-wa-token', appSecret: 'wa-app-secret', verifyToken: 'wa-verify-token' };

async function startWhatsApp(): Promise<{ fake: MetaFake; connector: WhatsAppConnector }> {
  const fake = await MetaFake.start({ appSecret: secrets.appSecret, accessToken: secrets.accessToken, phone });
  const connector = new WhatsAppConnector({ channelId: 'wa', settings: { phoneNumberId: phone.id, apiBase: fake.apiBase }, credentials: secrets, saveCredentials: () => Promise.resolve() });
  return { fake, connector };
}

runConnectorContract({
  name: 'whatsapp (Cloud API fake)',
  setup: async () => {
    const { fake, connector } = await startWhatsApp();
    const receiver = await startWebhookReceiver(() => connector);
    await fake.subscribe('whatsapp_business_account', receiver.url, secrets.verifyToken);
    return {
      connector,
      brandNetworkId: phone.id,
      followerDirectMessage: async (text) => {
        await whatsappMessage(fake, customer, text);
      },
      takeWebhookDeliveries: () => Promise.resolve(receiver.take()),
      followerSeesInThread: () => Promise.resolve([]),
      followerDirectInbox: () => Promise.resolve((fake.sentDirect.get(customer.waId) ?? []).map((message) => message.text)),
      forgedWebhook: () => signedMetaDelivery({ object: 'whatsapp_business_account', entry: [] }, 'not-the-app-secret'),
      visibleWithinMs: 3_000,
      dispose: async () => {
        await receiver.close();
        await fake.close();
      },
    };
  },
});

describe('whatsapp replies', () => {
  it('quotes the customer message with context.message_id', async () => {
    const { fake, connector } = await startWhatsApp();
    fake.openWindow(customer.waId);
    await connector.sendReply({ idempotencyKey: 'k', text: 'Halo kak', directThreadId: customer.waId, inReplyToNetworkId: 'wamid.IN1' });
    expect(fake.sentDirect.get(customer.waId)).toEqual([expect.objectContaining({ text: 'Halo kak', contextId: 'wamid.IN1' })]);
    await fake.close();
  });

  it('outside the 24 h window: INVALID_CONTENT that says why (131047)', async () => {
    const { fake, connector } = await startWhatsApp();
    fake.openWindow(customer.waId, Date.now() - 25 * 60 * 60 * 1000);
    await expect(connector.sendReply({ idempotencyKey: 'k', text: 'Halo', directThreadId: customer.waId })).rejects.toMatchObject({ code: 'INVALID_CONTENT', message: expect.stringContaining('24 hours') as unknown });
    await fake.close();
  });
});
