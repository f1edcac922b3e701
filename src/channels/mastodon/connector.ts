// The Mastodon connector (any instance, and snac2's Mastodon API): polled mention and direct
// notifications, replies, direct messages, posts with an Idempotency-Key, threads, counts, search.
import { ChannelError, type AccountIdentity, type ChannelCapabilities, type ChannelConnector, type OutboundPost, type OutboundReply, type PollPage, type PostMetrics, type SearchPage, type SendResult, type SentRequest, type ThreadMessage } from '../types.js';
import type { MastodonApi, NewStatus } from './api.js';
import { authorOf, metricsOf, threadMessageOf } from './parse.js';
import { pollMentions } from './poll.js';
import { searchStatuses } from './search.js';
import { composeReply, requireText, resultOf, SendLedger } from './send.js';

export const mastodonCapabilities: ChannelCapabilities = {
  inbound: 'poll', replyInThread: true, directMessages: true, publish: true, deletePost: true,
  fetchThread: true, metrics: true, search: true,
  // The Idempotency-Key makes a repeated send safe on Mastodon, but asking "did it land?" must not
  // send again, so findSent looks for the status among the account's recent ones.
  findSent: 'lookup',
  // POST /api/v2/media then media_ids[] (4 per status on Mastodon).
  publishImages: { via: 'upload', max: 4 },
  publishThreads: true,
};

/** A public status; a thread part answers the part before it. */
function statusOf(post: OutboundPost): NewStatus {
  return { status: requireText(post.text), visibility: 'public', ...(post.inThread === undefined ? {} : { inReplyToId: post.inThread.parentNetworkId }) };
}

export class MastodonConnector implements ChannelConnector {
  readonly network = 'mastodon' as const;
  readonly capabilities = mastodonCapabilities;
  private brand: AccountIdentity | undefined;
  private readonly ledger = new SendLedger();

  constructor(private readonly api: MastodonApi, private readonly instanceHost: string) {}

  async whoami(): Promise<AccountIdentity> {
    try {
      const account = await this.api.verifyCredentials();
      this.brand = { networkId: account.id, handle: account.acct, displayName: authorOf(account).displayName };
      return this.brand;
    } catch (error) {
      // snac answers verify_credentials with a bad token by 422 (Mastodon: 401); there is no
      // content in this request that could be invalid, so it means the token.
      if (error instanceof ChannelError && error.code === 'INVALID_CONTENT') throw new ChannelError('AUTH_REVOKED', 'Mastodon refused the access token');
      throw error;
    }
  }

  private async brandId(): Promise<string> {
    return (this.brand ?? (await this.whoami())).networkId;
  }

  async poll(cursor: string | null): Promise<PollPage> {
    return pollMentions(this.api, await this.brandId(), cursor);
  }

  async sendReply(reply: OutboundReply): Promise<SendResult> {
    const status = await composeReply({ api: this.api, instanceHost: this.instanceHost, brandAccountId: await this.brandId() }, reply);
    return this.send(status, reply.idempotencyKey);
  }

  async publishPost(post: OutboundPost): Promise<SendResult> {
    const mediaIds: string[] = [];
    // Uploads first: an attachment no status uses is cleaned up by the server, never published.
    for (const image of post.images ?? []) mediaIds.push((await this.api.uploadMedia({ bytes: image.bytes, contentType: image.contentType, description: image.altText })).id);
    return this.send({ ...statusOf(post), ...(mediaIds.length === 0 ? {} : { mediaIds }) }, post.idempotencyKey);
  }

  private async send(status: NewStatus, idempotencyKey: string): Promise<SendResult> {
    this.ledger.record(idempotencyKey, status);
    return resultOf(await this.api.createStatus(status, idempotencyKey));
  }

  async deletePost(networkPostId: string): Promise<void> {
    await this.api.deleteStatus(networkPostId);
  }

  async fetchThread(networkMessageId: string): Promise<ThreadMessage[]> {
    const brandId = await this.brandId();
    const [status, context] = await Promise.all([this.api.status(networkMessageId), this.api.context(networkMessageId)]);
    return [...context.ancestors, status, ...context.descendants].map((message) => threadMessageOf(message, brandId));
  }

  async fetchMetrics(networkPostIds: readonly string[]): Promise<PostMetrics[]> {
    const metrics: PostMetrics[] = [];
    for (const id of networkPostIds) {
      try {
        metrics.push(metricsOf(await this.api.status(id)));
      } catch (error) {
        // A deleted post has no counts any more; the others still do.
        if (!(error instanceof ChannelError && error.code === 'NOT_FOUND')) throw error;
      }
    }
    return metrics;
  }

  async findSent(idempotencyKey: string, request?: SentRequest): Promise<SendResult | null> {
    const brandAccountId = await this.brandId();
    const stored = request === undefined ? undefined : async () => ({
      status: request.kind === 'post'
        ? statusOf(request.post)
        : await composeReply({ api: this.api, instanceHost: this.instanceHost, brandAccountId }, request.reply),
      at: request.startedAt,
    });
    return this.ledger.find(idempotencyKey, this.api, brandAccountId, stored);
  }

  async search(query: string, cursor: string | null): Promise<SearchPage> {
    return searchStatuses(this.api, query, cursor);
  }
}
