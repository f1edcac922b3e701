// What differs between the four simulated networks when they accept a send: the shape of the id
// they hand back, how precisely they report the time, and how they word a rate-limit refusal.
import type { BrandAccount, SimulatedNetworkName } from './brand.js';
import { isTid, type IdMinter } from './ids.js';
import type { OutboundTextKind } from './text-limits.js';

export interface SendTarget {
  kind: OutboundTextKind;
  inReplyToNetworkId?: string;
  /** Bluesky: a caller-chosen record key (a TID), the way a connector makes creates idempotent. */
  rkey?: string;
}

/** The id the network returns for a new post, reply or DM from the brand account. */
export function mintSentId(network: SimulatedNetworkName, account: BrandAccount, ids: IdMinter, target: SendTarget, atMs: number): string {
  switch (network) {
    case 'facebook':
      if (target.kind === 'post') return ids.facebookPostId(account.accountId);
      if (target.kind === 'direct_message') return ids.messengerMid();
      return ids.facebookCommentId(target.inReplyToNetworkId ?? account.accountId, account.accountId);
    case 'instagram':
      return target.kind === 'direct_message' ? ids.instagramMid() : ids.instagramId();
    case 'x':
      return ids.snowflake(atMs);
    case 'bluesky':
      if (target.kind === 'direct_message') return ids.blueskyChatId(atMs);
      return target.rkey !== undefined && isTid(target.rkey) ? `at://${account.accountId}/app.bsky.feed.post/${target.rkey}` : ids.blueskyPostUri(account.accountId, atMs);
  }
}

/** Meta reports `created_time` in whole seconds; X and Bluesky keep milliseconds in ISO strings. */
export function reportedTime(network: SimulatedNetworkName, atMs: number): number {
  return network === 'facebook' || network === 'instagram' ? Math.floor(atMs / 1000) * 1000 : Math.floor(atMs);
}

/** The refusal text each network sends with HTTP 429 or its Graph API error code. */
export const RATE_LIMIT_MESSAGES: Readonly<Record<SimulatedNetworkName, string>> = {
  facebook: '(#32) Page request limit reached',
  instagram: '(#80002) There have been too many calls to this Instagram account. Wait a bit and try again.',
  x: 'Too Many Requests (429): Rate limit exceeded (code 88)',
  bluesky: 'RateLimitExceeded (429): Rate Limit Exceeded',
};

/** Instagram publishes at most 50 posts per rolling 24 hours (content_publishing_limit). */
export const INSTAGRAM_DAILY_POSTS = 50;

/** X refuses a status with exactly the text of a recent one (403, "duplicate content"). */
export const X_DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;
