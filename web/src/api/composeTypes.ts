// Shapes of the Compose and Settings → Brand API (src/server/routes/{posts,brand,audit}/schema.ts).
import type { Finding, LocalizedText } from '../content-guard/guard';
import type { Network } from './types';

export type PostStatus = 'draft' | 'scheduled' | 'publishing' | 'published' | 'failed';
export type VariantState = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown';

export interface PostVariant {
  id: string;
  channel: { id: string; network: Network; handle: string };
  state: VariantState;
  /** Why it failed or what to check, in words an officer can act on. */
  error: string | null;
  networkPostId: string | null;
  sentAt: string | null;
}

export interface Post {
  id: string;
  status: PostStatus;
  text: string;
  paid: boolean;
  scheduledAt: string | null;
  publishedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  variants: PostVariant[];
}

export interface DraftBody {
  text: string;
  channelIds: string[];
  paid: boolean;
}

/** 422 from scheduling: the blocking findings the server found. */
export interface GuardBlockedBody {
  message: string;
  findings: Finding[];
}

/** 409 from scheduling: which pacing limit holds the post, and the earliest time it may go. */
export interface PacingHold {
  rule: string;
  until: string;
  channelId: string;
  message: LocalizedText;
}

export interface AuditEntry {
  id: string;
  action: string;
  targetType: string;
  targetId: string | null;
  actor: { id: string; name: string | null } | null;
  details: Record<string, unknown>;
  createdAt: string;
}
