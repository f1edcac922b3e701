// For networks with no idempotency key (Meta, X), `findSent` can only compare what was sent with what the
// network shows. The connector remembers each attempt by its idempotency key (what, where, when) for this
// process's lifetime; after a restart (another worker picks the job up) the delivery hands findSent what
// Sapa stored about the send, and the attempt is rebuilt from it. Without either, findSent answers null
// ("cannot tell"), which marks the send unknown for the officer to check instead of sending twice.
import type { OutboundReply, SendResult, SentRequest } from '../types.js';

export interface SendAttempt {
  kind: 'comment' | 'direct_message' | 'post';
  text: string;
  /** Epoch ms just before the request went out. */
  startedAt: number;
  /** The comment, post or conversation the send answered. */
  target?: string | undefined;
  /** Instagram: the media container created for this post, so a retry never publishes twice. */
  containerId?: string;
  /** Set once the network confirmed the send. */
  result?: SendResult;
}

const MAX_REMEMBERED = 500;

export class SendJournal {
  private readonly attempts = new Map<string, SendAttempt>();

  begin(key: string, attempt: Omit<SendAttempt, 'startedAt'>, now = Date.now()): SendAttempt {
    const existing = this.attempts.get(key);
    if (existing !== undefined) return existing;
    const entry: SendAttempt = { ...attempt, startedAt: now };
    this.attempts.set(key, entry);
    if (this.attempts.size > MAX_REMEMBERED) this.attempts.delete(this.attempts.keys().next().value as string);
    return entry;
  }

  get(key: string): SendAttempt | undefined {
    return this.attempts.get(key);
  }

  /** This process's attempt, or one rebuilt from what Sapa stored (`directTarget`: where this network addresses a DM). */
  recall(key: string, request: SentRequest | undefined, directTarget: (reply: OutboundReply) => string | undefined): SendAttempt | undefined {
    return this.attempts.get(key) ?? (request === undefined ? undefined : attemptOf(request, directTarget));
  }

  confirm(key: string, result: SendResult): SendResult {
    const entry = this.attempts.get(key);
    if (entry !== undefined) entry.result = result;
    return result;
  }
}

export function attemptOf(request: SentRequest, directTarget: (reply: OutboundReply) => string | undefined): SendAttempt {
  if (request.kind === 'post') {
    // A thread part answers the part before it: that is what tells two parts with the same text apart.
    const parent = request.post.inThread?.parentNetworkId;
    return { kind: 'post', text: request.post.text, startedAt: request.startedAt, ...(parent === undefined ? {} : { target: parent }) };
  }
  const { reply } = request;
  if (reply.directThreadId !== undefined) return { kind: 'direct_message', text: reply.text, target: directTarget(reply), startedAt: request.startedAt };
  return { kind: 'comment', text: reply.text, target: reply.inReplyToNetworkId, startedAt: request.startedAt };
}

/** Sends are compared within this margin of the attempt's start (clock skew between us and the network). */
export const LOOKUP_SKEW_MS = 60_000;
