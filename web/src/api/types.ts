// Shapes of the Sapa HTTP API as the web app consumes them.
// Keep in step with the server's route schemas (src/server/routes/**/schema.ts).
import type { ContactProfile, ConversationNote, PriorityReason, TargetState } from './inboxTypes';

export type Locale = 'id' | 'en';
export type ColorSchemePreference = 'light' | 'dark' | 'auto';
export type WorkspaceRole = 'owner' | 'manager' | 'officer' | 'viewer';
export type Network = 'facebook' | 'instagram' | 'x' | 'bluesky' | 'mastodon' | 'telegram' | 'whatsapp' | 'threads';

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale | null;
  colorScheme: ColorSchemePreference;
}

export interface WorkspaceMembership {
  id: string;
  name: string;
  role: WorkspaceRole;
  timezone: string;
  locale: Locale;
}

export interface Session {
  user: User;
  /** Null when the request was authenticated by an API token rather than the cookie. */
  csrfToken: string | null;
  workspaces: WorkspaceMembership[];
}

export interface SignInResult {
  user: User;
  csrfToken: string;
}

export interface UserPreferencesPatch {
  locale?: Locale;
  colorScheme?: ColorSchemePreference;
  name?: string;
}

export type ChannelStatus = 'active' | 'paused' | 'error' | 'needs_reconnect' | 'disconnected';

/** What a network can do; the UI hides what it cannot (src/channels/types.ts on the server). */
export interface ChannelCapabilities {
  inbound: 'webhook' | 'poll';
  replyInThread: boolean;
  directMessages: boolean;
  publish: boolean;
  deletePost: boolean;
  fetchThread: boolean;
  metrics: boolean;
  search: boolean;
  findSent: 'exact' | 'lookup' | 'none';
  directReplyWindowMs?: number;
}

export interface Channel {
  id: string;
  network: Network;
  handle: string;
  displayName: string;
  status: ChannelStatus;
  /** Why the channel needs attention (needs reconnect, error), in the server's words. */
  statusReason: string | null;
  /** Set only while the network asks Sapa to wait. */
  rateLimitedUntil: string | null;
  lastReceivedAt: string | null;
  connectedAt: string;
  simulated: boolean;
  capabilities: ChannelCapabilities;
  /** Non-secret settings (instance address, page id); credentials never come back. */
  settings: Record<string, string>;
  /** Where a webhook network must deliver; null for polling networks or without SAPA_PUBLIC_URL. */
  webhookUrl: string | null;
}

export type ConversationStatus = 'open' | 'snoozed' | 'closed';
export type ConversationStatusFilter = ConversationStatus | 'all';
export type MessageDirection = 'inbound' | 'outbound';
export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export type Urgency = 'low' | 'normal' | 'high';

export interface ConversationSummary {
  id: string;
  kind: 'thread' | 'direct';
  status: ConversationStatus;
  channel: { id: string; network: Network; handle: string };
  /** Null when the network did not say who wrote (e.g. an anonymous or removed account). */
  contact: { id: string; displayName: string; handle: string } | null;
  lastMessage: { text: string; direction: MessageDirection; sentAt: string } | null;
  unanswered: boolean;
  priority: number;
  firstResponseDueAt: string | null;
  intents: string[];
  sentiment: SentimentLabel | null;
  emotion: string | null;
  urgency: Urgency | null;
  tags: string[];
  assigneeId: string | null;
  updatedAt: string;
  /** Why the conversation sits where it does: each part of its priority score. */
  priorityReasons: PriorityReason[];
  /** Only for unanswered conversations with a first-response target. */
  targetState: TargetState | null;
  awaitingSince: string | null;
  firstRespondedAt: string | null;
  spam: boolean;
}

export interface ConversationPage {
  items: ConversationSummary[];
  nextCursor: string | null;
}

export type DeliveryState = 'received' | 'queued' | 'sending' | 'sent' | 'failed' | 'unknown';

export interface MessageAnalysis {
  language: string;
  sentiment: { label: SentimentLabel };
  emotion: { label: string };
  intents: string[];
  urgency: Urgency;
}

export interface Message {
  id: string;
  direction: MessageDirection;
  /** Comment, reply, mention, direct message… as the network calls it. */
  kind: string;
  text: string;
  author: { displayName: string; handle: string } | null;
  sentAt: string;
  deliveryState: DeliveryState;
  editedAt: string | null;
  /** Deleted on the network; the text is kept so the officer still sees what was said. */
  deleted: boolean;
  analysis: MessageAnalysis | null;
}

export interface ConversationDetail {
  conversation: ConversationSummary & { rootPost: { text: string; networkId: string } | null };
  messages: Message[];
  notes: ConversationNote[];
  contactProfile: ContactProfile | null;
}

/** Body of every error response from the API. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
}
