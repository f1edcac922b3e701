// Facebook Page connector over the Graph API (developers.facebook.com/docs/pages-api):
// reply to a comment POST /{comment-id}/comments {message}; DM POST /{page-id}/messages
// {recipient:{id:PSID}, messaging_type:"RESPONSE", message:{text}} within 24 h of the follower's last
// message (developers.facebook.com/docs/messenger-platform/send-messages); publish POST /{page-id}/feed
// {message}; delete DELETE /{id}; threads GET /{id}/comments; metrics from reactions/comments summaries
// and shares. Facebook keeps no idempotency key: findSent compares recent sends (see send-journal.ts).
import type { AccountIdentity, ChannelCapabilities, ChannelConnector, ConnectorContext, OutboundPost, OutboundReply, PostMetrics, SendResult, SentRequest, ThreadMessage, WebhookOutcome, WebhookRequest } from '../types.js';
import { ChannelError } from '../types.js';
import { isDuplicatePost } from '../meta/errors.js';
import { metaSecretsOf } from '../meta/fields.js';
import { GraphClient } from '../meta/graph-client.js';
import { LOOKUP_SKEW_MS, SendJournal, type SendAttempt } from '../meta/send-journal.js';
import { epochMsOf, openMetaWebhook } from '../meta/webhook.js';
import { facebookEventsOf } from './webhook-events.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export const facebookCapabilities: ChannelCapabilities = {
  inbound: 'webhook', replyInThread: true, directMessages: true, publish: true, deletePost: true,
  fetchThread: true, metrics: true, search: false, findSent: 'lookup', directReplyWindowMs: DAY_MS,
  // /{page-id}/photos with `url`: Facebook fetches the signed public link. One photo per post for now.
  publishImages: { via: 'link', max: 1 }, publishThreads: false,
};

interface GraphNode {
  id: string;
  message?: string;
  created_time?: string;
  from?: { id: string; name?: string };
  parent?: { id: string };
}

interface Page<T> {
  data: T[];
}

const NODE_FIELDS = 'id,message,created_time,from';

export class FacebookConnector implements ChannelConnector {
  readonly network = 'facebook';
  readonly capabilities = facebookCapabilities;
  private readonly graph: GraphClient;
  private readonly pageId: string;
  private readonly secrets: ReturnType<typeof metaSecretsOf>;
  private readonly journal = new SendJournal();

  constructor(context: ConnectorContext) {
    this.secrets = metaSecretsOf(context.credentials);
    this.pageId = context.settings.pageId ?? '';
    this.graph = new GraphClient({ apiBase: context.settings.apiBase, accessToken: this.secrets.accessToken, fetch: context.fetch });
  }

  /** The wait Meta's usage headers asked for on the latest call (undefined while usage is comfortable). */
  usageBackoffMs(): number | undefined {
    return this.graph.backoffMs;
  }

  async whoami(): Promise<AccountIdentity> {
    const page = await this.graph.get<{ id: string; name?: string; username?: string }>(this.pageId, { fields: 'id,name,username' });
    return { networkId: page.id, handle: page.username ?? page.name ?? page.id, displayName: page.name ?? page.id };
  }

  handleWebhook(request: WebhookRequest): WebhookOutcome {
    const step = openMetaWebhook(request, this.secrets, 'page');
    if (step.kind === 'answer') return step.outcome;
    return { kind: 'events', events: facebookEventsOf(step.entries, this.pageId) };
  }

  async sendReply(reply: OutboundReply): Promise<SendResult> {
    if (reply.directThreadId !== undefined) {
      const recipient = reply.recipientNetworkId ?? reply.directThreadId;
      this.journal.begin(reply.idempotencyKey, { kind: 'direct_message', text: reply.text, target: recipient });
      const sent = await this.graph.post<{ recipient_id: string; message_id: string }>(`${this.pageId}/messages`, {
        recipient: { id: recipient }, messaging_type: 'RESPONSE', message: { text: reply.text },
      });
      return this.journal.confirm(reply.idempotencyKey, { networkMessageId: sent.message_id, sentAt: Date.now() });
    }
    if (reply.inReplyToNetworkId === undefined) throw new ChannelError('INVALID_CONTENT', 'A Facebook reply needs the comment it answers or a Messenger conversation.');
    this.journal.begin(reply.idempotencyKey, { kind: 'comment', text: reply.text, target: reply.inReplyToNetworkId });
    const sent = await this.graph.post<{ id: string }>(`${reply.inReplyToNetworkId}/comments`, { message: reply.text });
    return this.journal.confirm(reply.idempotencyKey, { networkMessageId: sent.id, sentAt: Date.now(), url: `https://www.facebook.com/${sent.id}` });
  }

  async publishPost(post: OutboundPost): Promise<SendResult> {
    const attempt = this.journal.begin(post.idempotencyKey, { kind: 'post', text: post.text });
    try {
      const id = await this.createPagePost(post);
      return this.journal.confirm(post.idempotencyKey, { networkMessageId: id, sentAt: Date.now(), url: `https://www.facebook.com/${id}` });
    } catch (error) {
      // 506 "duplicate post" after a retry means the first attempt landed: find it instead of failing.
      if (isDuplicatePost(error)) {
        const found = await this.lookup(attempt);
        if (found !== null) return this.journal.confirm(post.idempotencyKey, found);
      }
      throw error;
    }
  }

  /**
   * Text goes to /{page-id}/feed; a photo post to /{page-id}/photos with `url` (Facebook fetches the
   * image from Sapa's signed public link) and the text as `caption`. Both become a Page post, whose
   * id (`post_id` for a photo) is what comments hang under.
   */
  private async createPagePost(post: OutboundPost): Promise<string> {
    const image = post.images?.[0];
    if (image === undefined) return (await this.graph.post<{ id: string }>(`${this.pageId}/feed`, { message: post.text })).id;
    if (image.publicUrl === undefined) throw new ChannelError('INVALID_CONTENT', 'Set SAPA_PUBLIC_URL so Facebook can fetch the image: Facebook downloads photos from a public link.');
    const photo = await this.graph.post<{ id: string; post_id?: string }>(`${this.pageId}/photos`, { url: image.publicUrl, caption: post.text });
    return photo.post_id ?? photo.id;
  }

  async deletePost(networkPostId: string): Promise<void> {
    await this.graph.delete<{ success: boolean }>(networkPostId);
  }

  async fetchThread(networkMessageId: string): Promise<ThreadMessage[]> {
    const root = await this.graph.get<GraphNode>(networkMessageId, { fields: NODE_FIELDS });
    const comments = await this.graph.get<Page<GraphNode>>(`${networkMessageId}/comments`, { fields: `${NODE_FIELDS},parent{id}`, filter: 'stream', order: 'chronological', limit: 100 });
    return [this.threadMessage(root), ...comments.data.map((comment) => this.threadMessage(comment, comment.parent?.id ?? root.id))];
  }

  async fetchMetrics(networkPostIds: readonly string[]): Promise<PostMetrics[]> {
    const metrics: PostMetrics[] = [];
    for (const id of networkPostIds) {
      const post = await this.graph.get<{ id: string; reactions?: Summary; comments?: Summary; shares?: { count?: number } }>(id, {
        fields: 'reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0),shares',
      });
      metrics.push({ networkPostId: id, likes: post.reactions?.summary?.total_count ?? 0, replies: post.comments?.summary?.total_count ?? 0, reposts: post.shares?.count ?? 0 });
    }
    return metrics;
  }

  async findSent(idempotencyKey: string, request?: SentRequest): Promise<SendResult | null> {
    const attempt = this.journal.recall(idempotencyKey, request, (reply) => reply.recipientNetworkId ?? reply.directThreadId);
    if (attempt === undefined) return null;
    if (attempt.result !== undefined) return attempt.result;
    const found = await this.lookup(attempt);
    return found === null ? null : this.journal.confirm(idempotencyKey, found);
  }

  /** The brand's post or comment with the attempt's text made since the attempt began, if Facebook shows one. */
  private async lookup(attempt: SendAttempt): Promise<SendResult | null> {
    const since = attempt.startedAt - LOOKUP_SKEW_MS;
    let candidates: GraphNode[];
    if (attempt.kind === 'post') {
      candidates = (await this.graph.get<Page<GraphNode>>(`${this.pageId}/feed`, { fields: NODE_FIELDS, since: Math.floor(since / 1000), limit: 25 })).data;
    } else if (attempt.kind === 'comment' && attempt.target !== undefined) {
      candidates = (await this.graph.get<Page<GraphNode>>(`${attempt.target}/comments`, { fields: NODE_FIELDS, filter: 'stream', order: 'reverse_chronological', limit: 50 })).data
        .filter((comment) => comment.from?.id === this.pageId);
    } else {
      // Sent Messenger messages are not listed where a lookup could compare them reliably.
      return null;
    }
    const match = candidates.find((node) => node.message === attempt.text && epochMsOf(node.created_time, 0) >= since);
    return match === undefined ? null : { networkMessageId: match.id, sentAt: epochMsOf(match.created_time, Date.now()), url: `https://www.facebook.com/${match.id}` };
  }

  private threadMessage(node: GraphNode, parentId?: string): ThreadMessage {
    const fromId = node.from?.id ?? '';
    return {
      networkMessageId: node.id,
      ...(parentId === undefined ? {} : { parentNetworkMessageId: parentId }),
      author: { networkId: fromId, handle: node.from?.name ?? fromId, displayName: node.from?.name ?? fromId },
      text: node.message ?? '',
      sentAt: epochMsOf(node.created_time, 0),
      fromBrand: fromId === this.pageId,
    };
  }
}

interface Summary {
  summary?: { total_count?: number };
}
