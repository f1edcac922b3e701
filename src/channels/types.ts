// The one connector contract every network speaks. Connectors translate their network's
// payloads into these shared types and their network's errors into ChannelError codes,
// in one place per network, so the rest of Sapa never sees a network-specific shape.

export type Network = 'facebook' | 'instagram' | 'x' | 'bluesky' | 'mastodon' | 'telegram' | 'whatsapp' | 'threads';

export type InboundKind = 'comment' | 'reply' | 'mention' | 'quote' | 'direct_message' | 'reaction' | 'edit' | 'delete';

export interface InboundAuthor {
  /** The author's id on the network (PSID, DID, user id, …). */
  networkId: string;
  handle: string;
  displayName: string;
}

/** A normalised inbound event, as handed to the ingest pipeline. */
export interface InboundEvent {
  kind: InboundKind;
  /** Id of the message on the network; unique per channel, the dedupe key. */
  networkMessageId: string;
  /** The post the comment thread hangs under (comments, replies, mentions, quotes). */
  rootPostNetworkId?: string;
  rootPostText?: string;
  /** The message this one answers, when it is a reply inside a thread. */
  parentNetworkMessageId?: string;
  /** Direct messages: the network's conversation id (or the contact's id when the network has none). */
  directThreadId?: string;
  author: InboundAuthor;
  text: string;
  /** UTC instant, epoch milliseconds. */
  sentAt: number;
  /** For `edit` and `delete`: the message being changed. */
  targetNetworkMessageId?: string;
  /** For `reaction`: the reaction (like, love, 👍 …). */
  reaction?: string;
}

export interface OutboundReply {
  /** Stable per reply: connectors pass it to networks that accept one (Mastodon's Idempotency-Key, a Bluesky rkey). */
  idempotencyKey: string;
  text: string;
  /** Network id of the message being answered (comment threads, and the DM being quoted where a network can). */
  inReplyToNetworkId?: string;
  /** Set for a reply in a direct-message conversation: the network's thread id (or the contact's id). */
  directThreadId?: string;
  /** The follower's id on the network (PSID, chat id, account id): who a direct message goes to. */
  recipientNetworkId?: string;
  /** The follower's handle, for networks where a DM must @mention the recipient (Mastodon). */
  recipientHandle?: string;
}

/** An image a post carries, as the blob store holds it, with what networks need to publish it. */
export interface OutboundImage {
  /** The bytes, for networks that take an upload (Bluesky uploadBlob, Mastodon /api/v2/media, X media upload). */
  bytes: Uint8Array;
  /** Read from the bytes when uploaded (never the uploader's claim). */
  contentType: string;
  width: number;
  height: number;
  /** '' when the officer gave none; required by the limits table where the network requires it. */
  altText: string;
  /**
   * A signed, short-lived public link to the bytes, for networks that fetch images by URL
   * (Instagram's image_url, Facebook photos). Absent when SAPA_PUBLIC_URL is not set.
   */
  publicUrl?: string;
}

/** Where a thread part hangs: the part before it, and the thread's first post. */
export interface ThreadPosition {
  /** Network id of the part this one answers (the previous part). */
  parentNetworkId: string;
  /** Network id of the thread's first post (Bluesky's reply.root). */
  rootNetworkId: string;
}

/**
 * One post on the network. A thread is several OutboundPosts, each its own at-most-once
 * delivery with its own idempotency key: the first carries the images, each later part
 * carries `inThread` and answers the part before it.
 */
export interface OutboundPost {
  idempotencyKey: string;
  text: string;
  /** In order; only on networks whose capabilities say `publishImages`. */
  images?: readonly OutboundImage[];
  /** Set for every part of a thread after the first (networks whose capabilities say `publishThreads`). */
  inThread?: ThreadPosition;
}

/**
 * What Sapa sent, as it stored it. Networks that keep no idempotency key (Meta, X, Mastodon's
 * lookup) compare it with what the account shows, so `findSent` can tell after a restart too.
 */
export type SentRequest = ({ kind: 'reply'; reply: OutboundReply } | { kind: 'post'; post: OutboundPost }) & {
  /** The earliest moment the send could have gone out (epoch ms). */
  startedAt: number;
};

export interface SendResult {
  networkMessageId: string;
  /** UTC instant, epoch milliseconds, as the network reports it. */
  sentAt: number;
  /** Where people see it on the network, when the network gives a link. */
  url?: string;
}

export type ChannelErrorCode = 'RATE_LIMITED' | 'AUTH_REVOKED' | 'INVALID_CONTENT' | 'TEMPORARY' | 'UNKNOWN_OUTCOME' | 'NOT_FOUND';

export class ChannelError extends Error {
  constructor(
    readonly code: ChannelErrorCode,
    message: string,
    /** For RATE_LIMITED: how long the network asks us to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}

/** What a network lets a connector do; the UI hides what a network cannot do. */
export interface ChannelCapabilities {
  /** How follower activity reaches Sapa: pushed to a webhook, or polled from a cursor. */
  inbound: 'webhook' | 'poll';
  /** Replies inside a public comment thread. */
  replyInThread: boolean;
  directMessages: boolean;
  publish: boolean;
  deletePost: boolean;
  fetchThread: boolean;
  metrics: boolean;
  /** Public search for Listening (saved searches). */
  search: boolean;
  /**
   * After an unconfirmed send: `exact` when the network keeps our key (Bluesky rkey, Mastodon
   * Idempotency-Key), `lookup` when the connector compares recent sends, `none` when it cannot tell.
   */
  findSent: 'exact' | 'lookup' | 'none';
  /** Direct replies only within this long after the follower's last message (Meta: 24 h). */
  directReplyWindowMs?: number;
  /**
   * Images Sapa publishes on this network: `upload` sends the bytes, `link` hands the network a
   * signed public link it fetches (needs SAPA_PUBLIC_URL); `max` is how many per post Sapa sends.
   * null: posts go out as text only.
   */
  publishImages: { via: 'upload' | 'link'; max: number } | null;
  /** Sapa publishes a thread as a reply chain (each later part answers the one before). */
  publishThreads: boolean;
}

/** The account a channel speaks as, as the network reports it (`whoami`). */
export interface AccountIdentity {
  /** The account's stable id on the network (DID, page id, bot id, account id). */
  networkId: string;
  handle: string;
  displayName: string;
}

/** One page of polled activity, oldest first, and the cursor to ask from next time. */
export interface PollPage {
  events: InboundEvent[];
  /** Persisted per channel; null keeps the previous cursor. */
  cursor: string | null;
  /** The network asked to slow down (usage headers): wait at least this long before the next poll. */
  backoffMs?: number;
}

/** An HTTP request to a channel's webhook, with the body exactly as received. */
export interface WebhookRequest {
  method: 'GET' | 'POST';
  /** Header names lower-cased. */
  headers: Readonly<Record<string, string | undefined>>;
  query: Readonly<Record<string, string | undefined>>;
  rawBody: Buffer;
}

export type WebhookOutcome =
  /** A subscription handshake (Meta's hub.challenge, X's CRC): answer with this body. */
  | { kind: 'handshake'; contentType: string; body: string }
  /** A verified delivery: accept these events, then acknowledge. */
  | { kind: 'events'; events: InboundEvent[] }
  /** Missing or wrong signature or token: nothing is stored. */
  | { kind: 'refused'; status: 401 | 403; reason: string };

/** One message of a thread as the network shows it. */
export interface ThreadMessage {
  networkMessageId: string;
  parentNetworkMessageId?: string;
  author: InboundAuthor;
  text: string;
  sentAt: number;
  /** Written by the channel's own account. */
  fromBrand: boolean;
}

export interface PostMetrics {
  networkPostId: string;
  likes: number;
  replies: number;
  reposts: number;
  quotes?: number;
  /** Only where the network gives views (X impressions, Instagram views). */
  views?: number;
}

/** A public post found by a saved search (Listening). */
export interface ListeningHit {
  networkPostId: string;
  author: InboundAuthor;
  text: string;
  sentAt: number;
  url?: string;
}

export interface SearchPage {
  hits: ListeningHit[];
  /** Where the next search for the same query continues (newest seen); null keeps the previous one. */
  cursor: string | null;
}

export interface ChannelConnector {
  readonly network: Network;
  readonly capabilities: ChannelCapabilities;
  /** Verifies the credentials: the account they speak as. AUTH_REVOKED when they no longer work. */
  whoami(): Promise<AccountIdentity>;
  /** Polling networks: activity after `cursor` (null: start from now, returning no backlog flood). */
  poll?(cursor: string | null): Promise<PollPage>;
  /** Webhook networks: verify the signature over the raw bytes, then parse. Never throws on bad input. */
  handleWebhook?(request: WebhookRequest): WebhookOutcome;
  sendReply(reply: OutboundReply): Promise<SendResult>;
  publishPost(post: OutboundPost): Promise<SendResult>;
  deletePost(networkPostId: string): Promise<void>;
  /** The thread a message belongs to, root first, as the network shows it. */
  fetchThread(networkMessageId: string): Promise<ThreadMessage[]>;
  fetchMetrics(networkPostIds: readonly string[]): Promise<PostMetrics[]>;
  /** After UNKNOWN_OUTCOME: did the send with this idempotency key land? null when it did not, or the network cannot tell. */
  findSent(idempotencyKey: string, request?: SentRequest): Promise<SendResult | null>;
  /** Listening: public posts matching a query, newer than the cursor. */
  search?(query: string, cursor: string | null): Promise<SearchPage>;
}

/** What a connector is built from: the channel's non-secret settings and its decrypted credentials. */
export interface ConnectorContext {
  channelId: string;
  /** Non-secret settings (instance URL, page id, API base for tests). */
  settings: Readonly<Record<string, string>>;
  /** Decrypted; never logged, never returned by the API. */
  credentials: Readonly<Record<string, string>>;
  /** Persist credentials the network rotated (a refreshed Bluesky session, a new X refresh token). */
  saveCredentials(next: Record<string, string>): Promise<void>;
  /** Replaced in tests; defaults to the global fetch. */
  fetch?: typeof fetch;
}
