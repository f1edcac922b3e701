// Pacing (TRUST-RULES.md section D): outbound replies and posts must not feel like
// flooding. The policy is plain data with defaults; every limit can be overridden.
import type { ContentKind, LocalizedText } from '../types.js';

export type PacingRule =
  | 'PACE.CONTACT_CAP'
  | 'PACE.IDENTICAL_TEXT'
  | 'PACE.POST_GAP'
  | 'PACE.POSTS_PER_DAY'
  | 'PACE.CHANNEL_REPLY_RATE'
  | 'PACE.NETWORK_LIMIT';

/** Something already sent (or scheduled at sentAt) from one of the brand's channels. */
export interface OutboundItem {
  channelId: string;
  /** The person a reply went to; absent for posts. */
  contactId?: string;
  text: string;
  /** Epoch milliseconds. */
  sentAt: number;
  kind: ContentKind;
}

/** The send being asked about; `at` is when it would go (now, or the scheduled time). */
export interface ProposedSend {
  channelId: string;
  contactId?: string;
  text: string;
  kind: ContentKind;
  at: number;
}

/** A network's own limit, e.g. { id: 'x-posts', max: 300, windowMs: 3 h, kinds: ['post'] }. */
export interface RateLimit {
  id: string;
  max: number;
  windowMs: number;
  /** Channels it applies to; all channels when absent. */
  channelIds?: string[];
  /** Kinds it counts; both when absent. */
  kinds?: ContentKind[];
}

export interface PacingPolicy {
  /** Replies to the same person (any channel). */
  perContact: { max: number; windowMs: number };
  /** The same reply text to different people on one channel. Texts shorter than minLength are ignored. */
  identicalText: { maxRecipients: number; windowMs: number; minLength: number };
  /** Posts per channel: a minimum gap and a calendar-day maximum (day in the brand's UTC offset). */
  posts: { minGapMs: number; maxPerDay: number; utcOffsetMinutes: number };
  /** Replies per channel. */
  replies: { max: number; windowMs: number };
  networkLimits: RateLimit[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_PACING_POLICY: Readonly<PacingPolicy> = Object.freeze({
  perContact: { max: 3, windowMs: 10 * MINUTE },
  identicalText: { maxRecipients: 3, windowMs: HOUR, minLength: 12 },
  // Asia/Jakarta (WIB, UTC+7) is Sapa's default; WITA is +480, WIT +540.
  posts: { minGapMs: 30 * MINUTE, maxPerDay: 10, utcOffsetMinutes: 420 },
  replies: { max: 30, windowMs: 10 * MINUTE },
  networkLimits: [],
});

export type PacingPolicyInput = {
  [K in keyof PacingPolicy]?: PacingPolicy[K] extends unknown[] ? PacingPolicy[K] : Partial<PacingPolicy[K]>;
};

/** Defaults with the caller's overrides, one level deep. */
export function resolvePacingPolicy(input: PacingPolicyInput = {}): PacingPolicy {
  const d = DEFAULT_PACING_POLICY;
  return {
    perContact: { ...d.perContact, ...input.perContact },
    identicalText: { ...d.identicalText, ...input.identicalText },
    posts: { ...d.posts, ...input.posts },
    replies: { ...d.replies, ...input.replies },
    networkLimits: input.networkLimits ?? d.networkLimits,
  };
}

export type PacingDecision =
  | { decision: 'allow' }
  | {
      decision: 'hold';
      /** The limit that keeps it longest. */
      rule: PacingRule;
      /** Epoch ms: the earliest time every limit allows it. */
      until: number;
      message: LocalizedText;
      /** Every limit that currently holds it, for display. */
      holds: { rule: PacingRule; until: number; limitId?: string }[];
    };
