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
  /** Network id of the message being answered. */
  inReplyToNetworkId?: string;
  directThreadId?: string;
  recipientNetworkId?: string;
}

export interface OutboundPost {
  idempotencyKey: string;
  text: string;
}

export interface SendResult {
  networkMessageId: string;
  /** UTC instant, epoch milliseconds, as the network reports it. */
  sentAt: number;
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

export interface ChannelConnector {
  readonly network: Network;
  sendReply(reply: OutboundReply): Promise<SendResult>;
  publishPost(post: OutboundPost): Promise<SendResult>;
  /** After UNKNOWN_OUTCOME: did the send with this idempotency key land? null when the network cannot tell. */
  findSent(idempotencyKey: string): Promise<SendResult | null>;
}
