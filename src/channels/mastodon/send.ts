// Outbound statuses: what a reply, a direct message and a post look like on Mastodon, and the
// record of attempts that lets findSent recognise a status whose answer was lost.
import { ChannelError, type OutboundReply, type SendResult } from '../types.js';
import type { MastodonApi, NewStatus } from './api.js';
import { mentionFor, sameText, withMention } from './mentions.js';
import { isDirect, sentAtOf, type MastodonStatus } from './parse.js';

export interface SendContext {
  api: MastodonApi;
  /** host[:port] of the channel's instance, to tell local accounts from remote ones. */
  instanceHost: string;
  brandAccountId: string;
}

export function resultOf(status: MastodonStatus): SendResult {
  return { networkMessageId: status.id, sentAt: sentAtOf(status), ...(typeof status.url === 'string' ? { url: status.url } : {}) };
}

export function requireText(text: string): string {
  // Mastodon refuses a blank status with 422; snac posts it. Refuse before sending either way.
  if (text.trim() === '') throw new ChannelError('INVALID_CONTENT', 'A Mastodon status needs text');
  return text;
}

async function directMessage(context: SendContext, reply: OutboundReply): Promise<NewStatus> {
  let handle = reply.recipientHandle;
  if (handle === undefined || handle === '') {
    const recipientId = reply.recipientNetworkId ?? reply.directThreadId;
    if (recipientId === undefined) throw new ChannelError('INVALID_CONTENT', 'A Mastodon direct message needs its recipient');
    handle = (await context.api.account(recipientId)).acct;
  }
  return {
    // A direct status reaches only the accounts it mentions.
    status: withMention(requireText(reply.text), mentionFor(handle, context.instanceHost)),
    visibility: 'direct',
    ...(reply.inReplyToNetworkId === undefined ? {} : { inReplyToId: reply.inReplyToNetworkId }),
  };
}

async function threadReply(context: SendContext, reply: OutboundReply, parentId: string): Promise<NewStatus> {
  // Read the parent first: snac silently posts a reply to an unknown id as a new top-level status,
  // and the parent's author and visibility decide the mention and who may see the answer.
  const parent = await context.api.status(parentId);
  const text = requireText(reply.text);
  const fromBrand = parent.account.id === context.brandAccountId;
  return {
    status: fromBrand ? text : withMention(text, mentionFor(parent.account.acct, context.instanceHost)),
    // Never widen the audience: a reply to a direct status stays direct, to an unlisted one unlisted.
    visibility: isDirect(parent) ? 'direct' : parent.visibility === 'unlisted' ? 'unlisted' : 'public',
    inReplyToId: parentId,
  };
}

export async function composeReply(context: SendContext, reply: OutboundReply): Promise<NewStatus> {
  if (reply.directThreadId !== undefined) return directMessage(context, reply);
  if (reply.inReplyToNetworkId !== undefined) return threadReply(context, reply, reply.inReplyToNetworkId);
  throw new ChannelError('INVALID_CONTENT', 'A Mastodon reply needs the status it answers or a direct thread');
}

export interface Attempt {
  status: NewStatus;
  at: number;
}

const KEEP_ATTEMPTS_MS = 6 * 60 * 60_000;
const MAX_ATTEMPTS = 1_000;
/** Server and Sapa clocks may disagree a little. */
const CLOCK_SKEW_MS = 2 * 60_000;
/** How far back findSent reads the brand's own statuses. */
const LOOKUP_LIMIT = 40;

/**
 * What this process tried to send, by idempotency key. findSent only receives the key, and a
 * Mastodon status carries no client reference, so the text and target of the attempt are what
 * identify it; after a restart nothing is known and findSent says null (the send stays "unknown").
 */
export class SendLedger {
  private readonly attempts = new Map<string, Attempt>();

  record(key: string, status: NewStatus, at = Date.now()): void {
    this.attempts.delete(key);
    this.attempts.set(key, { status, at });
    for (const [oldKey, attempt] of this.attempts) {
      if (this.attempts.size <= MAX_ATTEMPTS && attempt.at > at - KEEP_ATTEMPTS_MS) break;
      this.attempts.delete(oldKey);
    }
  }

  /** `stored`: the attempt as Sapa stored it, for a key this process never sent (after a restart). */
  async find(key: string, api: MastodonApi, brandAccountId: string, stored?: () => Promise<Attempt>): Promise<SendResult | null> {
    const attempt = this.attempts.get(key) ?? (stored === undefined ? undefined : await stored());
    if (attempt === undefined) return null;
    const recent = await api.accountStatuses(brandAccountId, LOOKUP_LIMIT);
    const match = recent.find((status) => sentAtOf(status) >= attempt.at - CLOCK_SKEW_MS
      && (status.inReplyToId ?? undefined) === attempt.status.inReplyToId
      && sameText(attempt.status.status, status.content));
    return match === undefined ? null : resultOf(match);
  }
}
