// Shapes of the inbox API beyond the basic list and thread (src/server/routes/conversations,
// saved-replies, members, settings). Keep in step with the server's schemas.
import type { Locale, WorkspaceRole } from './types';

export type TargetState = 'ok' | 'due_soon' | 'breached';

/** One part of a conversation's priority score, e.g. { reason: 'complaint', points: 30 }. */
export interface PriorityReason {
  reason: string;
  points: number;
  /** For `urgent`: the families that make it urgent (health_risk, account_takeover…). */
  because?: string[];
}

export interface ConversationNote {
  id: string;
  text: string;
  /** The author's name; null when the account was removed. */
  author: string | null;
  createdAt: string;
}

export type LoyaltyTier = 'new' | 'returning' | 'loyal';

export interface ContactProfile {
  id: string;
  displayName: string;
  handle: string;
  vip: boolean;
  firstSeenAt: string;
  messageCount: number;
  loyalty: { tier: LoyaltyTier; positiveShare: number | null };
  otherConversations: { id: string; lastMessageAt: string; status: string; lastIntents: string[] }[];
}

/** GET conversations/counts: the inbox-zero indicators. */
export interface ConversationCounts {
  unansweredQuestions: number;
  unanswered: number;
  breaching: number;
  open: number;
  mine: number;
}

/** PATCH conversations/:id and POST conversations/bulk. */
export interface ConversationChanges {
  status?: 'open' | 'closed';
  assigneeId?: string | null;
  tags?: string[];
  snoozedUntil?: string | null;
  spam?: boolean;
}

export interface BulkUpdateResult {
  updated: string[];
  notFound: string[];
}

export interface Member {
  id: string;
  name: string;
  email: string;
  role: WorkspaceRole;
}

export interface SavedReplyInput {
  title: string;
  language: Locale;
  text: string;
}

export interface SavedReply extends SavedReplyInput {
  id: string;
  updatedAt: string;
}

export interface ReplySuggestion {
  text: string;
  score: number;
  source: { type: 'faq' | 'past_reply'; id: string; title: string };
}

export interface ReplyQueued {
  messageId: string;
  state: string;
  duplicate: boolean;
}

export interface LocalizedText {
  id: string;
  en: string;
}

/** A content-guard finding as the server reports it on a blocked reply (422). */
export interface ServerGuardFinding {
  rule: string;
  category: string;
  severity: string;
  start: number;
  end: number;
  excerpt: string;
  message: LocalizedText;
  source: string;
  suggestion: unknown;
}

/** A pacing hold (409): which rule holds the reply and when it may go. */
export interface PacingHold {
  rule: string;
  until: string;
  message: LocalizedText;
}

export type PresenceState = 'viewing' | 'replying' | 'left';

// The server's own policy types, so the settings form and the API cannot drift apart.
export type { TargetIntent as PolicyIntent, ResponseTarget, BusinessHours, ResponsePolicy } from '../../../src/domain/response-targets';
