// X connector over API v2 with twitter-api-v2: mentions polled with since_id (GET /2/users/:id/mentions),
// DMs from GET /2/dm_events, replies and posts POST /2/tweets {text, reply?:{in_reply_to_tweet_id}}, DMs
// POST /2/dm_conversations/with/:participant_id/messages (or /2/dm_conversations/:id/messages), delete
// DELETE /2/tweets/:id, threads by conversation_id (recent search), public_metrics (impressions as views),
// recent search for Listening. No idempotency key: findSent compares recent posts (GET /2/users/:id/tweets);
// a 403 "duplicate content" on a send means an earlier attempt landed, and that post is returned.
import { ApiResponseError, type EUploadMimeType, type TwitterRateLimit } from 'twitter-api-v2';
import type { AccountIdentity, ChannelCapabilities, ChannelConnector, ConnectorContext, InboundEvent, OutboundImage, OutboundPost, OutboundReply, PollPage, PostMetrics, SearchPage, SendResult, SentRequest, ThreadMessage } from '../types.js';
import { ChannelError } from '../types.js';
import { LOOKUP_SKEW_MS, SendJournal, type SendAttempt } from '../meta/send-journal.js';
import { XClientProvider } from './client.js';
import { isDuplicateContent, rateBackoffMs, xChannelErrorOf } from './errors.js';
import { TWEET_FIELDS, USER_EXPANSION, byIdAscending, dmEventOf, listeningHitOf, mentionEventOf, newerThan, sameText, threadMessageOf, type DmEvent, type Listing, type Tweet, type XUser } from './tweets.js';

export const xCapabilities: ChannelCapabilities = {
  inbound: 'poll', replyInThread: true, directMessages: true, publish: true, deletePost: true,
  fetchThread: true, metrics: true, search: true, findSent: 'lookup',
  // POST /2/media/upload (initialize, append, finalize) + /2/media/metadata alt text, then media.media_ids.
  publishImages: { via: 'upload', max: 4 }, publishThreads: true,
};

interface Cursor {
  mentions?: string;
  dms?: string;
}

type Query = Record<string, string | number | undefined>;

export class XConnector implements ChannelConnector {
  readonly network = 'x';
  readonly capabilities = xCapabilities;
  private readonly clients: XClientProvider;
  private readonly journal = new SendJournal();
  private userId: string | undefined;
  private readonly directMessages: boolean;
  private lastRateLimit: TwitterRateLimit | undefined;

  constructor(context: ConnectorContext) {
    const { settings, credentials } = context;
    this.userId = settings.userId;
    this.directMessages = settings.directMessages !== 'off';
    const expiresAt = Number(credentials.expiresAt);
    this.clients = new XClientProvider({
      clientId: settings.clientId ?? '', clientSecret: credentials.clientSecret, apiBase: settings.apiBase, fetch: context.fetch,
      tokens: { accessToken: credentials.accessToken ?? '', refreshToken: credentials.refreshToken, expiresAt: Number.isFinite(expiresAt) && expiresAt > 0 ? expiresAt : undefined },
      save: (tokens) => context.saveCredentials({
        ...credentials, accessToken: tokens.accessToken, ...(tokens.refreshToken === undefined ? {} : { refreshToken: tokens.refreshToken }), ...(tokens.expiresAt === undefined ? {} : { expiresAt: String(tokens.expiresAt) }),
      }),
    });
  }

  async whoami(): Promise<AccountIdentity> {
    const me = await this.call<{ data: XUser }>('get', 'users/me');
    this.userId = me.data.id;
    return { networkId: me.data.id, handle: me.data.username, displayName: me.data.name };
  }

  async poll(cursor: string | null): Promise<PollPage> {
    const previous = parseCursor(cursor);
    const userId = await this.brandId();
    const mentions = await this.call<Listing<Tweet>>('get', `users/${userId}/mentions`, {
      'tweet.fields': TWEET_FIELDS, ...USER_EXPANSION, expansions: 'author_id,referenced_tweets.id', max_results: previous.mentions === undefined ? 20 : 100, since_id: previous.mentions,
    });
    const rootTexts = new Map((mentions.includes?.tweets ?? []).map((tweet) => [tweet.id, tweet.text]));
    const events: InboundEvent[] = (mentions.data ?? []).filter((tweet) => tweet.author_id !== userId).sort(byIdAscending).map((tweet) => mentionEventOf(tweet, mentions.includes?.users, rootTexts));
    const next: Cursor = { ...previous, ...(mentions.meta?.newest_id === undefined ? {} : { mentions: mentions.meta.newest_id }) };
    if (this.directMessages) {
      const dms = await this.call<Listing<DmEvent>>('get', 'dm_events', { 'dm_event.fields': 'id,event_type,text,sender_id,dm_conversation_id,created_at', event_types: 'MessageCreate', expansions: 'sender_id', 'user.fields': 'username,name', max_results: previous.dms === undefined ? 20 : 100 });
      const fresh = (dms.data ?? []).filter((event) => event.event_type === 'MessageCreate' && newerThan(event.id, previous.dms)).sort(byIdAscending);
      events.push(...fresh.filter((event) => event.sender_id !== userId).map((event) => dmEventOf(event, dms.includes?.users)));
      const newest = fresh.at(-1)?.id;
      if (newest !== undefined) next.dms = newest;
    }
    const backoffMs = rateBackoffMs(this.lastRateLimit);
    return { events, cursor: JSON.stringify(next), ...(backoffMs === undefined ? {} : { backoffMs }) };
  }

  async sendReply(reply: OutboundReply): Promise<SendResult> {
    if (reply.directThreadId !== undefined || (reply.inReplyToNetworkId?.startsWith('dm:') ?? false)) {
      if (reply.recipientNetworkId === undefined && reply.directThreadId === undefined) throw new ChannelError('INVALID_CONTENT', 'An X direct message needs the conversation or the recipient.');
      const path = reply.recipientNetworkId === undefined ? `dm_conversations/${reply.directThreadId ?? ''}/messages` : `dm_conversations/with/${reply.recipientNetworkId}/messages`;
      this.journal.begin(reply.idempotencyKey, { kind: 'direct_message', text: reply.text, target: reply.directThreadId });
      const sent = await this.call<{ data: { dm_conversation_id: string; dm_event_id: string } }>('post', path, { text: reply.text });
      return this.journal.confirm(reply.idempotencyKey, { networkMessageId: `dm:${sent.data.dm_event_id}`, sentAt: Date.now() });
    }
    if (reply.inReplyToNetworkId === undefined) throw new ChannelError('INVALID_CONTENT', 'An X reply needs the post it answers or a DM conversation.');
    return this.tweet(reply.idempotencyKey, { kind: 'comment', text: reply.text, target: reply.inReplyToNetworkId });
  }

  publishPost(post: OutboundPost): Promise<SendResult> {
    // A thread part is a post replying to the part before it (reply.in_reply_to_tweet_id).
    return this.tweet(post.idempotencyKey, { kind: 'post', text: post.text, ...(post.inThread === undefined ? {} : { target: post.inThread.parentNetworkId }) }, post.images ?? []);
  }

  async deletePost(networkPostId: string): Promise<void> {
    await this.call('delete', `tweets/${networkPostId}`);
  }

  async fetchThread(networkMessageId: string): Promise<ThreadMessage[]> {
    const brandId = await this.brandId();
    const one = await this.call<{ data?: Tweet; includes?: { users?: XUser[] } }>('get', `tweets/${networkMessageId}`, { 'tweet.fields': TWEET_FIELDS, ...USER_EXPANSION });
    // A missing post is a 200 with `errors` and no `data` in API v2.
    if (one.data === undefined) throw new ChannelError('NOT_FOUND', 'X cannot find that post (deleted or never existed).');
    const tweets = new Map<string, Tweet>([[one.data.id, one.data]]);
    const users = [...(one.includes?.users ?? [])];
    const rootId = one.data.conversation_id ?? one.data.id;
    const conversation = await this.call<Listing<Tweet>>('get', 'tweets/search/recent', { query: `conversation_id:${rootId}`, 'tweet.fields': TWEET_FIELDS, ...USER_EXPANSION, max_results: 100 })
      .catch((error: unknown) => {
        // Recent search needs a paid tier and sees 7 days: without it the thread is the post alone.
        if (error instanceof ChannelError && (error.code === 'AUTH_REVOKED' || error.code === 'INVALID_CONTENT')) return emptyListing;
        throw error;
      });
    for (const tweet of conversation.data ?? []) tweets.set(tweet.id, tweet);
    users.push(...(conversation.includes?.users ?? []));
    if (!tweets.has(rootId)) {
      const root = await this.call<{ data?: Tweet; includes?: { users?: XUser[] } }>('get', `tweets/${rootId}`, { 'tweet.fields': TWEET_FIELDS, ...USER_EXPANSION });
      if (root.data !== undefined) tweets.set(root.data.id, root.data);
      users.push(...(root.includes?.users ?? []));
    }
    const ordered = [...tweets.values()].sort(byIdAscending);
    return ordered.map((tweet) => threadMessageOf(tweet, users, brandId));
  }

  async fetchMetrics(networkPostIds: readonly string[]): Promise<PostMetrics[]> {
    if (networkPostIds.length === 0) return [];
    const found = await this.call<Listing<Tweet>>('get', 'tweets', { ids: networkPostIds.slice(0, 100).join(','), 'tweet.fields': 'public_metrics' });
    return (found.data ?? []).map((tweet) => {
      const metrics = tweet.public_metrics ?? {};
      return {
        networkPostId: tweet.id, likes: metrics.like_count ?? 0, replies: metrics.reply_count ?? 0, reposts: metrics.retweet_count ?? 0, quotes: metrics.quote_count ?? 0,
        ...(metrics.impression_count === undefined ? {} : { views: metrics.impression_count }),
      };
    });
  }

  async findSent(idempotencyKey: string, request?: SentRequest): Promise<SendResult | null> {
    const attempt = this.journal.recall(idempotencyKey, request, (reply) => reply.directThreadId);
    if (attempt === undefined) return null;
    if (attempt.result !== undefined) return attempt.result;
    const found = await this.lookup(attempt);
    return found === null ? null : this.journal.confirm(idempotencyKey, found);
  }

  async search(query: string, cursor: string | null): Promise<SearchPage> {
    const found = await this.call<Listing<Tweet>>('get', 'tweets/search/recent', { query, 'tweet.fields': 'created_at,author_id', ...USER_EXPANSION, max_results: cursor === null ? 10 : 100, since_id: cursor ?? undefined });
    const hits = (found.data ?? []).sort(byIdAscending).map((tweet) => listeningHitOf(tweet, found.includes?.users));
    return { hits, cursor: found.meta?.newest_id ?? null };
  }

  /**
   * Each photo through the v2 chunked upload, with its alt text as media metadata. An upload no post
   * uses expires on X's side (expires_after_secs), so a retry that uploads again publishes nothing twice.
   */
  private async uploadImages(images: readonly OutboundImage[]): Promise<string[]> {
    const ids: string[] = [];
    for (const image of images) {
      try {
        const client = (await this.clients.current()).v2;
        const mediaId = await client.uploadMedia(Buffer.from(image.bytes), { media_type: image.contentType as EUploadMimeType, media_category: 'tweet_image' });
        if (image.altText !== '') await client.createMediaMetadata(mediaId, { alt_text: { text: image.altText } });
        ids.push(mediaId);
      } catch (error) {
        // Nothing is published by an upload: a lost answer here is safe to retry, so not UNKNOWN_OUTCOME.
        throw xChannelErrorOf(error, false);
      }
    }
    return ids;
  }

  private async tweet(key: string, attempt: Omit<SendAttempt, 'startedAt'>, images: readonly OutboundImage[] = []): Promise<SendResult> {
    const entry = this.journal.begin(key, attempt);
    if (entry.result !== undefined) return entry.result;
    try {
      const mediaIds = images.length === 0 ? [] : await this.uploadImages(images);
      const sent = await this.call<{ data: { id: string } }>('post', 'tweets', {
        text: attempt.text,
        ...(attempt.target === undefined ? {} : { reply: { in_reply_to_tweet_id: attempt.target } }),
        ...(mediaIds.length === 0 ? {} : { media: { media_ids: mediaIds } }),
      });
      return this.journal.confirm(key, { networkMessageId: sent.data.id, sentAt: Date.now(), url: `https://x.com/i/web/status/${sent.data.id}` });
    } catch (error) {
      // X refuses identical text: after a retry that means the first attempt landed.
      if (isDuplicateContent(error)) {
        const found = await this.lookup(entry);
        if (found !== null) return this.journal.confirm(key, found);
      }
      throw error;
    }
  }

  private async lookup(attempt: SendAttempt): Promise<SendResult | null> {
    if (attempt.kind === 'direct_message') return null;
    const userId = await this.brandId();
    const recent = await this.call<Listing<Tweet>>('get', `users/${userId}/tweets`, {
      start_time: new Date(attempt.startedAt - LOOKUP_SKEW_MS).toISOString(), max_results: 20, 'tweet.fields': 'created_at,referenced_tweets',
    });
    const match = (recent.data ?? []).find((tweet) => sameText(tweet.text, attempt.text)
      && (attempt.target === undefined || tweet.referenced_tweets?.some((reference) => reference.type === 'replied_to' && reference.id === attempt.target) === true));
    return match === undefined ? null : { networkMessageId: match.id, sentAt: match.created_at === undefined ? Date.now() : Date.parse(match.created_at), url: `https://x.com/i/web/status/${match.id}` };
  }

  private async brandId(): Promise<string> {
    return this.userId ?? (await this.whoami()).networkId;
  }

  /** One API call with a fresh token: a 401 refreshes once and retries (a refused token never carried out the call). */
  private async call<T>(method: 'get' | 'post' | 'delete', path: string, params: Query | Record<string, unknown> = {}): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const client = (await this.clients.current()).v2;
        const query = Object.fromEntries(Object.entries(params).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
        const response = method === 'get' ? await client.get<T>(path, query, { fullResponse: true })
          : method === 'post' ? await client.post<T>(path, params, { fullResponse: true }) : await client.delete<T>(path, query, { fullResponse: true });
        this.lastRateLimit = response.rateLimit;
        return response.data;
      } catch (error) {
        if (error instanceof ApiResponseError) {
          if (error.rateLimit !== undefined) this.lastRateLimit = error.rateLimit;
          if (error.code === 401 && attempt === 0 && this.clients.hasRefreshToken()) {
            await this.clients.refresh();
            continue;
          }
        }
        throw xChannelErrorOf(error, method !== 'get');
      }
    }
  }
}

const emptyListing: Listing<Tweet> = {};

function parseCursor(cursor: string | null): Cursor {
  if (cursor === null) return {};
  try {
    const parsed = JSON.parse(cursor) as Cursor;
    return { ...(typeof parsed.mentions === 'string' ? { mentions: parsed.mentions } : {}), ...(typeof parsed.dms === 'string' ? { dms: parsed.dms } : {}) };
  } catch {
    return {};
  }
}
