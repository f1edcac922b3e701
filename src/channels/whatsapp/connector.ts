// WhatsApp Business connector over the Cloud API (developers.facebook.com/documentation/business-messaging/
// whatsapp): send POST /{phone-number-id}/messages {messaging_product:"whatsapp", recipient_type:"individual",
// to, type:"text", text:{preview_url:false, body}, context?:{message_id}} → {messages:[{id:"wamid…"}]};
// free-form text only within 24 h of the customer's last message (131047 after that). WhatsApp has no
// public posts, threads or metrics, and no way to list sent messages (findSent: none).
import type { AccountIdentity, ChannelCapabilities, ChannelConnector, ConnectorContext, OutboundReply, PostMetrics, SendResult, ThreadMessage, WebhookOutcome, WebhookRequest } from '../types.js';
import { ChannelError } from '../types.js';
import { metaSecretsOf } from '../meta/fields.js';
import { GraphClient } from '../meta/graph-client.js';
import { openMetaWebhook } from '../meta/webhook.js';
import { whatsappEventsOf } from './webhook-events.js';

export const whatsappCapabilities: ChannelCapabilities = {
  inbound: 'webhook', replyInThread: false, directMessages: true, publish: false, deletePost: false,
  fetchThread: false, metrics: false, search: false, findSent: 'none', directReplyWindowMs: 24 * 60 * 60 * 1000,
  publishImages: null, publishThreads: false,
};

const unsupported = (what: string): Promise<never> => Promise.reject(new ChannelError('INVALID_CONTENT', `WhatsApp has no ${what}: it only carries conversations with customers.`));

export class WhatsAppConnector implements ChannelConnector {
  readonly network = 'whatsapp';
  readonly capabilities = whatsappCapabilities;
  private readonly graph: GraphClient;
  private readonly phoneNumberId: string;
  private readonly secrets: ReturnType<typeof metaSecretsOf>;

  constructor(context: ConnectorContext) {
    this.secrets = metaSecretsOf(context.credentials);
    this.phoneNumberId = context.settings.phoneNumberId ?? '';
    this.graph = new GraphClient({ apiBase: context.settings.apiBase, accessToken: this.secrets.accessToken, fetch: context.fetch });
  }

  usageBackoffMs(): number | undefined {
    return this.graph.backoffMs;
  }

  async whoami(): Promise<AccountIdentity> {
    const phone = await this.graph.get<{ id: string; display_phone_number?: string; verified_name?: string }>(this.phoneNumberId, { fields: 'id,display_phone_number,verified_name' });
    const number = phone.display_phone_number ?? phone.id;
    return { networkId: phone.id, handle: number, displayName: phone.verified_name ?? number };
  }

  handleWebhook(request: WebhookRequest): WebhookOutcome {
    const step = openMetaWebhook(request, this.secrets, 'whatsapp_business_account');
    if (step.kind === 'answer') return step.outcome;
    return { kind: 'events', events: whatsappEventsOf(step.entries, this.phoneNumberId) };
  }

  async sendReply(reply: OutboundReply): Promise<SendResult> {
    const to = reply.recipientNetworkId ?? reply.directThreadId;
    if (to === undefined) throw new ChannelError('INVALID_CONTENT', 'A WhatsApp reply needs the customer\'s number (the conversation).');
    const sent = await this.graph.post<{ messages?: { id: string }[] }>(`${this.phoneNumberId}/messages`, {
      messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { preview_url: false, body: reply.text },
      ...(reply.inReplyToNetworkId === undefined ? {} : { context: { message_id: reply.inReplyToNetworkId } }),
    });
    const id = sent.messages?.[0]?.id;
    if (id === undefined) throw new ChannelError('UNKNOWN_OUTCOME', 'WhatsApp accepted the message without giving its id.');
    return { networkMessageId: id, sentAt: Date.now() };
  }

  publishPost(): Promise<SendResult> {
    return unsupported('public posts');
  }

  deletePost(): Promise<void> {
    return unsupported('public posts');
  }

  fetchThread(): Promise<ThreadMessage[]> {
    return unsupported('public threads');
  }

  fetchMetrics(): Promise<PostMetrics[]> {
    return Promise.resolve([]);
  }

  findSent(): Promise<SendResult | null> {
    return Promise.resolve(null);
  }
}
