// Instagram connector over the Graph API (developers.facebook.com/docs/instagram-platform): reply to a
// comment POST /{ig-comment-id}/replies {message}; DM POST /me/messages {recipient:{id:IGSID},
// message:{text}} within 24 h (…/instagram-api-with-instagram-login/messaging-api); publish in two steps
// (publish.ts); threads from the media and its comments; metrics like_count and comments_count.
// Instagram posts need an image, which Instagram fetches from a public link: a post without one is refused (see publish.ts).
// Media cannot be deleted through the API, so deletePost is not offered.
import type { AccountIdentity, ChannelCapabilities, ChannelConnector, ConnectorContext, OutboundPost, OutboundReply, PostMetrics, SendResult, SentRequest, ThreadMessage, WebhookOutcome, WebhookRequest } from '../types.js';
import { ChannelError } from '../types.js';
import { metaSecretsOf } from '../meta/fields.js';
import { GraphClient } from '../meta/graph-client.js';
import { LOOKUP_SKEW_MS, SendJournal } from '../meta/send-journal.js';
import { epochMsOf, openMetaWebhook } from '../meta/webhook.js';
import { containerStatus, findPublishedMedia, imageUrlOf, publishWithContainer, type PublishOptions } from './publish.js';
import { instagramEventsOf } from './webhook-events.js';

export const instagramCapabilities: ChannelCapabilities = {
  inbound: 'webhook', replyInThread: true, directMessages: true, publish: true, deletePost: false,
  fetchThread: true, metrics: true, search: false, findSent: 'lookup', directReplyWindowMs: 24 * 60 * 60 * 1000,
  // A container with `image_url`: Instagram fetches the signed public link. Carousels are not built yet.
  publishImages: { via: 'link', max: 1 }, publishThreads: false,
};

interface IgComment {
  id: string;
  text?: string;
  timestamp?: string;
  from?: { id?: string; username?: string };
  parent_id?: string;
}

export class InstagramConnector implements ChannelConnector {
  readonly network = 'instagram';
  readonly capabilities = instagramCapabilities;
  private readonly graph: GraphClient;
  private readonly igUserId: string;
  private readonly secrets: ReturnType<typeof metaSecretsOf>;
  private readonly journal = new SendJournal();
  private readonly publishing: PublishOptions;

  constructor(context: ConnectorContext) {
    this.secrets = metaSecretsOf(context.credentials);
    this.igUserId = context.settings.igUserId ?? '';
    this.graph = new GraphClient({ apiBase: context.settings.apiBase, accessToken: this.secrets.accessToken, fetch: context.fetch });
    this.publishing = { graph: this.graph, igUserId: this.igUserId, pollIntervalMs: Number(context.settings.publishPollMs ?? 3_000), maxPolls: 10 };
  }

  usageBackoffMs(): number | undefined {
    return this.graph.backoffMs;
  }

  async whoami(): Promise<AccountIdentity> {
    const user = await this.graph.get<{ id: string; username?: string; name?: string }>(this.igUserId, { fields: 'id,username,name' });
    return { networkId: user.id, handle: user.username ?? user.id, displayName: user.name ?? user.username ?? user.id };
  }

  handleWebhook(request: WebhookRequest): WebhookOutcome {
    const step = openMetaWebhook(request, this.secrets, 'instagram');
    if (step.kind === 'answer') return step.outcome;
    return { kind: 'events', events: instagramEventsOf(step.entries, this.igUserId) };
  }

  async sendReply(reply: OutboundReply): Promise<SendResult> {
    if (reply.directThreadId !== undefined) {
      const recipient = reply.recipientNetworkId ?? reply.directThreadId;
      this.journal.begin(reply.idempotencyKey, { kind: 'direct_message', text: reply.text, target: recipient });
      const sent = await this.graph.post<{ recipient_id: string; message_id: string }>('me/messages', { recipient: { id: recipient }, message: { text: reply.text } });
      return this.journal.confirm(reply.idempotencyKey, { networkMessageId: sent.message_id, sentAt: Date.now() });
    }
    if (reply.inReplyToNetworkId === undefined) throw new ChannelError('INVALID_CONTENT', 'An Instagram reply needs the comment it answers or a DM conversation.');
    this.journal.begin(reply.idempotencyKey, { kind: 'comment', text: reply.text, target: reply.inReplyToNetworkId });
    const sent = await this.graph.post<{ id: string }>(`${reply.inReplyToNetworkId}/replies`, { message: reply.text });
    return this.journal.confirm(reply.idempotencyKey, { networkMessageId: sent.id, sentAt: Date.now() });
  }

  async publishPost(post: OutboundPost): Promise<SendResult> {
    const imageUrl = imageUrlOf(post);
    if (imageUrl === undefined && (post.images?.length ?? 0) > 0) {
      throw new ChannelError('INVALID_CONTENT', 'Set SAPA_PUBLIC_URL so Instagram can fetch the image: Instagram downloads images from a public link.');
    }
    if (imageUrl === undefined) {
      throw new ChannelError('INVALID_CONTENT', 'Instagram posts need an image: add a public image URL to this post, or publish the text on another network.');
    }
    const attempt = this.journal.begin(post.idempotencyKey, { kind: 'post', text: post.text });
    if (attempt.result !== undefined) return attempt.result;
    return this.journal.confirm(post.idempotencyKey, await publishWithContainer(this.publishing, attempt, imageUrl));
  }

  deletePost(): Promise<void> {
    return Promise.reject(new ChannelError('INVALID_CONTENT', 'Instagram does not let apps delete posts: delete it in the Instagram app.'));
  }

  async fetchThread(networkMessageId: string): Promise<ThreadMessage[]> {
    let media: { id: string; caption?: string; timestamp?: string; username?: string };
    try {
      media = await this.graph.get(networkMessageId, { fields: 'id,caption,timestamp,username' });
    } catch (error) {
      // A comment id: the media fields do not exist on it (#100), so read it as a comment thread.
      if (error instanceof ChannelError && error.code === 'INVALID_CONTENT') return this.commentThread(networkMessageId);
      throw error;
    }
    const comments = await this.graph.get<{ data: IgComment[] }>(`${networkMessageId}/comments`, { fields: 'id,text,timestamp,from', limit: 50 });
    const root: ThreadMessage = {
      networkMessageId: media.id, author: this.brandAuthor(media.username), text: media.caption ?? '', sentAt: epochMsOf(media.timestamp, 0), fromBrand: true,
    };
    return [root, ...comments.data.map((comment) => this.threadMessage(comment, media.id))];
  }

  async fetchMetrics(networkPostIds: readonly string[]): Promise<PostMetrics[]> {
    const metrics: PostMetrics[] = [];
    for (const id of networkPostIds) {
      const media = await this.graph.get<{ like_count?: number; comments_count?: number }>(id, { fields: 'like_count,comments_count' });
      const views = await this.views(id);
      metrics.push({ networkPostId: id, likes: media.like_count ?? 0, replies: media.comments_count ?? 0, reposts: 0, ...(views === undefined ? {} : { views }) });
    }
    return metrics;
  }

  /**
   * Views from media insights (GET /{ig-media-id}/insights?metric=views; `impressions`/`plays` are gone since
   * v22). Insights lag and need instagram_manage_insights: without them the metric is simply left out.
   */
  private async views(mediaId: string): Promise<number | undefined> {
    try {
      const insights = await this.graph.get<{ data?: { name?: string; values?: { value?: number }[] }[] }>(`${mediaId}/insights`, { metric: 'views' });
      return insights.data?.find((metric) => metric.name === 'views')?.values?.[0]?.value;
    } catch (error) {
      if (error instanceof ChannelError && (error.code === 'INVALID_CONTENT' || error.code === 'AUTH_REVOKED')) return undefined;
      throw error;
    }
  }

  async findSent(idempotencyKey: string, request?: SentRequest): Promise<SendResult | null> {
    const attempt = this.journal.recall(idempotencyKey, request, (reply) => reply.recipientNetworkId ?? reply.directThreadId);
    if (attempt === undefined) return null;
    if (attempt.result !== undefined) return attempt.result;
    let found: SendResult | null = null;
    if (attempt.kind === 'post' && attempt.containerId !== undefined) {
      // Only a PUBLISHED container can have become a post; any other status means it did not land.
      if ((await containerStatus(this.graph, attempt.containerId)) === 'PUBLISHED') found = await findPublishedMedia(this.publishing, attempt);
    } else if (attempt.kind === 'comment' && attempt.target !== undefined) {
      const since = attempt.startedAt - LOOKUP_SKEW_MS;
      const replies = await this.graph.get<{ data: IgComment[] }>(`${attempt.target}/replies`, { fields: 'id,text,timestamp,from', limit: 50 });
      const match = replies.data.find((reply) => reply.from?.id === this.igUserId && reply.text === attempt.text && epochMsOf(reply.timestamp, 0) >= since);
      if (match !== undefined) found = { networkMessageId: match.id, sentAt: epochMsOf(match.timestamp, Date.now()) };
    }
    return found === null ? null : this.journal.confirm(idempotencyKey, found);
  }

  private async commentThread(commentId: string): Promise<ThreadMessage[]> {
    const comment = await this.graph.get<IgComment>(commentId, { fields: 'id,text,timestamp,from,parent_id' });
    const replies = await this.graph.get<{ data: IgComment[] }>(`${commentId}/replies`, { fields: 'id,text,timestamp,from', limit: 50 });
    return [this.threadMessage(comment, comment.parent_id), ...replies.data.map((reply) => this.threadMessage(reply, commentId))];
  }

  private threadMessage(comment: IgComment, parentId: string | undefined): ThreadMessage {
    const username = comment.from?.username ?? '';
    const id = comment.from?.id ?? username;
    return {
      networkMessageId: comment.id,
      ...(parentId === undefined ? {} : { parentNetworkMessageId: parentId }),
      author: { networkId: id, handle: username, displayName: username },
      text: comment.text ?? '',
      sentAt: epochMsOf(comment.timestamp, 0),
      fromBrand: id === this.igUserId,
    };
  }

  private brandAuthor(username: string | undefined): ThreadMessage['author'] {
    return { networkId: this.igUserId, handle: username ?? this.igUserId, displayName: username ?? this.igUserId };
  }
}
