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
  /** Where the published post can be seen. */
  networkUrl?: string | null;
  /** The text this channel publishes (its own or the post's). */
  text?: string;
  /** Its own text; null inherits the post's. */
  overrideText?: string | null;
  threadParts?: string[];
  /** The images it publishes (its own or the post's). */
  mediaIds?: string[];
  /** What its network would refuse, per field (src/channels/limits.ts codes). */
  problems?: VariantProblem[];
}

export interface VariantProblem {
  field: string;
  code: string;
  message: string;
}

export type ApprovalState = 'pending_approval' | 'approved' | 'rejected';

export interface ApprovalStep {
  id: string;
  /** submitted, approved, rejected or reopened. */
  action: string;
  comment: string | null;
  actor: { id: string; name: string | null } | null;
  createdAt: string;
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
  /** Images every variant carries unless it chooses its own. */
  mediaIds?: string[];
  /** Null: never submitted (or the workspace does not ask for approval). */
  approvalState?: ApprovalState | null;
  plannedAt?: string | null;
}

export interface VariantBody {
  channelId: string;
  /** Null inherits the post's text. */
  text?: string | null;
  threadParts?: string[];
  /** Null carries the post's images. */
  mediaIds?: string[] | null;
}

export interface DraftBody {
  text: string;
  channelIds: string[];
  paid: boolean;
  mediaIds?: string[];
  variants?: VariantBody[];
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
