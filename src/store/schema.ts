// Row types of every table. Times are UTC instants in epoch milliseconds (bigint in
// PostgreSQL, integer in SQLite); booleans are 0/1 integers so both databases agree.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Role = 'owner' | 'manager' | 'officer' | 'viewer';

export interface WorkspacesTable {
  id: string;
  name: string;
  timezone: string;
  locale: 'id' | 'en';
  created_at: number;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: 'id' | 'en' | null;
  color_scheme: 'light' | 'dark' | 'auto';
  created_at: number;
}

export interface MembershipsTable {
  workspace_id: string;
  user_id: string;
  role: Role;
  created_at: number;
}

export interface SessionsTable {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
  /** Null: never expires (tokens made before expiry existed). */
  expires_at: number | null;
  /** `read`: safe methods only (GET/HEAD); `full`: whatever the user's roles allow. */
  scope: ApiTokenScope;
}

export type ApiTokenScope = 'read' | 'full';

/** An invitation to join a workspace; the code is stored as its SHA-256 only. */
export interface InvitesTable {
  id: string;
  workspace_id: string;
  code_hash: string;
  role: Role;
  /** 1: the first person to join uses it up; 0: anyone with the code may join until it expires. */
  single_use: number;
  use_count: number;
  created_by: string | null;
  created_at: number;
  expires_at: number;
  last_used_at: number | null;
  last_used_by: string | null;
  revoked_at: number | null;
}

export interface ChannelsTable {
  id: string;
  workspace_id: string;
  network: string;
  handle: string;
  display_name: string;
  /** needs_reconnect: the network refused the credentials (AUTH_REVOKED); the officer is told in the app. */
  status: 'active' | 'paused' | 'error' | 'needs_reconnect' | 'disconnected';
  /** AES-256-GCM under SAPA_SECRET_KEY; never returned by the API. */
  credentials_encrypted: string | null;
  simulated: number;
  created_at: number;
  /** JSON object of non-secret settings (instance URL, page id, API base). */
  settings: Generated<string>;
  /** The account's own id on the network (DID, page id, bot id); unique per workspace and network. */
  network_account_id: string | null;
  /** Why the channel is not active, in words the officer can act on. */
  status_reason: string | null;
  rate_limited_until: number | null;
  last_received_at: number | null;
  poll_cursor: string | null;
  next_poll_at: number | null;
  poll_failures: Generated<number>;
  poll_lease_owner: string | null;
  poll_lease_until: number | null;
  updated_at: number | null;
}

export interface OAuthStatesTable {
  state: string;
  workspace_id: string;
  user_id: string;
  network: string;
  data_encrypted: string;
  /** Set when the hand-off reconnects an existing channel. */
  channel_id: string | null;
  expires_at: number;
}

export interface SavedSearchesTable {
  id: string;
  workspace_id: string;
  channel_id: string;
  query: string;
  cursor: string | null;
  created_by: string | null;
  created_at: number;
  last_run_at: number | null;
  next_run_at: number | null;
  /** Failed runs in a row (reset by a good run): the backoff grows with it. */
  failures: number;
  last_error: string | null;
  /** The process running this search now, until when (one process runs a search at a time). */
  lease_owner: string | null;
  lease_until: number | null;
}

export interface ListeningPostsTable {
  id: string;
  workspace_id: string;
  search_id: string;
  channel_id: string;
  network_post_id: string;
  author_network_id: string;
  author_handle: string;
  author_name: string;
  text: string;
  url: string | null;
  sent_at: number;
  found_at: number;
  analysis: string | null;
  conversation_id: string | null;
  /** From the analysis, for filtering: positive | neutral | negative. */
  sentiment: string | null;
  emotion: string | null;
}

export interface ContactsTable {
  id: string;
  workspace_id: string;
  channel_id: string;
  network_user_id: string;
  handle: string;
  display_name: string;
  first_seen_at: number;
  last_seen_at: number;
  message_count: number;
  vip: number;
}

export interface ConversationsTable {
  id: string;
  workspace_id: string;
  channel_id: string;
  kind: 'thread' | 'direct';
  /** Root post network id for comment threads, the DM thread id for direct messages. */
  thread_key: string;
  root_post_network_id: string | null;
  root_post_text: string | null;
  contact_id: string | null;
  status: 'open' | 'snoozed' | 'closed';
  assignee_id: string | null;
  priority: number;
  first_response_due_at: number | null;
  first_responded_at: number | null;
  last_inbound_at: number | null;
  last_message_at: number;
  unanswered: number;
  snoozed_until: number | null;
  /** JSON array of strings. */
  tags: string;
  last_intents: string;
  last_sentiment: string | null;
  last_emotion: string | null;
  last_urgency: string | null;
  language: string | null;
  created_at: number;
  updated_at: number;
  /** JSON array of PriorityPart: why the conversation ranks where it does. */
  priority_reasons: Generated<string>;
  resolved_at: number | null;
  spam: Generated<number>;
  breach_warned_at: number | null;
  awaiting_since: number | null;
}

export interface MessagesTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  channel_id: string;
  direction: 'inbound' | 'outbound';
  kind: string;
  network_message_id: string | null;
  parent_network_message_id: string | null;
  author_contact_id: string | null;
  author_user_id: string | null;
  text: string;
  sent_at: number;
  received_at: number;
  /** JSON of the analysis result, null until analysed or for outbound messages. */
  analysis: string | null;
  delivery_state: 'received' | 'queued' | 'sending' | 'sent' | 'failed' | 'unknown';
  idempotency_key: string | null;
  error: string | null;
  edited_at: number | null;
  deleted_at: number | null;
  /** JSON array of earlier versions: [{ text, at }]. */
  history: string;
  /** An officer marked this outbound reply as a good answer: it feeds suggestions. */
  marked_good: Generated<number>;
}

export interface PostsTable {
  id: string;
  workspace_id: string;
  status: 'draft' | 'scheduled' | 'publishing' | 'published' | 'failed';
  text: string;
  scheduled_at: number | null;
  published_at: number | null;
  created_by: string | null;
  approved_by: string | null;
  created_at: number;
  updated_at: number;
  /** Paid or gifted content: the guard then requires a clear partnership label. */
  paid: Generated<number>;
  /** When a draft is planned for (the calendar shows it there); null once unplanned. */
  planned_at: Generated<number | null>;
  /** Only used while the workspace asks for approval; null: never submitted. */
  approval_state: Generated<'pending_approval' | 'approved' | 'rejected' | null>;
  /** JSON array of media ids every variant without its own images carries. */
  media_ids: string | null;
}

export interface PostVariantsTable {
  id: string;
  post_id: string;
  channel_id: string;
  text: string;
  network_post_id: string | null;
  state: 'pending' | 'sending' | 'sent' | 'failed' | 'unknown';
  error: string | null;
  /** Stable per variant: a retried publish can never make a second post. */
  idempotency_key: string | null;
  /** When the network took it (its own clock). */
  sent_at: number | null;
  /** Where people see it on the network, when the network gives a link. */
  network_url: string | null;
  /** The variant's own text (null: inherits the post's); `text` is what is published either way. */
  override_text: string | null;
  /** JSON array of the replies after the first post (a thread), or null. */
  thread_parts: string | null;
  /** JSON array of media ids, or null to carry the post's images. */
  media_ids: string | null;
}

export interface MediaTable {
  id: string;
  workspace_id: string;
  blob_key: string;
  content_type: string;
  bytes: number;
  width: number;
  height: number;
  alt_text: string;
  created_by: string | null;
  created_at: number;
}

/** One reply of a published thread (the variant is part 0), delivered at most once. */
export interface PostThreadPartsTable {
  id: string;
  variant_id: string;
  position: number;
  text: string;
  state: 'pending' | 'sending' | 'sent' | 'failed' | 'unknown';
  idempotency_key: string;
  network_post_id: string | null;
  network_url: string | null;
  error: string | null;
  sent_at: number | null;
}

export interface AuditLogTable {
  id: string;
  workspace_id: string | null;
  actor_user_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  /** JSON; never contains secrets. */
  details: string;
  created_at: number;
}

export interface JobsTable {
  id: string;
  name: string;
  payload: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  max_attempts: number;
  run_at: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  created_at: number;
  updated_at: number;
}

export interface BrandProfilesTable {
  workspace_id: string;
  profile: string;
  updated_at: number;
  updated_by: string | null;
}

export interface NotesTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  user_id: string | null;
  text: string;
  created_at: number;
}

export interface SavedRepliesTable {
  id: string;
  workspace_id: string;
  title: string;
  language: 'id' | 'en';
  /** May hold {nama}, {produk}, {nomor_pesanan}. */
  text: string;
  created_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface KnowledgeEntriesTable {
  id: string;
  workspace_id: string;
  question: string;
  answer: string;
  language: 'id' | 'en';
  created_at: number;
  updated_at: number;
}

export interface WorkspaceSettingsTable {
  workspace_id: string;
  key: string;
  /** JSON. */
  value: string;
  updated_at: number;
  updated_by: string | null;
}

export interface ReportingEventsTable {
  id: string;
  workspace_id: string;
  conversation_id: string;
  channel_id: string;
  user_id: string | null;
  kind: 'first_response' | 'resolution' | 'breach';
  duration_ms: number | null;
  at: number;
  /** The conversation's intents (JSON array) when the event happened; null on events made before it was kept. */
  intents: Generated<string | null>;
}

export interface InboundQueueTable {
  /** Arrival order (SQLite rowid, PostgreSQL identity). */
  seq: Generated<number>;
  channel_id: string;
  network_message_id: string;
  /** The normalised InboundEvent as JSON. */
  payload: string;
  received_at: number;
  /** Processing attempts that failed (the event stays queued until it is set aside). */
  attempts: Generated<number>;
  last_error: string | null;
  /** Set aside after too many failed attempts: kept, no longer processed. */
  failed_at: number | null;
  /** After a failed attempt: not tried again before this instant. */
  next_attempt_at: number | null;
  /** A process is processing it until then (claimed with the batch); after that another may. */
  claimed_until: Generated<number | null>;
}

export interface InsightHourlyTable {
  workspace_id: string;
  /** 'volume' | 'sentiment' | 'emotion' | 'intent' | 'alarm' (negative or angry inbound). */
  dimension: string;
  /** Start of the UTC hour the follower sent the message in. */
  hour_at: number;
  channel_id: string;
  label: string;
  count: number;
}

export interface InsightTermsDailyTable {
  workspace_id: string;
  /** Start of the workspace-local day. */
  day_at: number;
  /** 'keyword' | 'product' | 'post' | 'intent'. */
  kind: string;
  term: string;
  channel_id: string;
  /** Messages with the term; then those of them with each emotion. */
  total: number;
  anger: number;
  fear: number;
  joy: number;
  love: number;
  sadness: number;
}

/** The daily term counts summed per workspace-local ISO week over all channels (long ranges read these). */
export interface InsightTermsWeeklyTable {
  workspace_id: string;
  week_at: number;
  kind: string;
  term: string;
  total: number;
  anger: number;
  fear: number;
  joy: number;
  love: number;
  sadness: number;
}

export const TERM_EMOTIONS = ['anger', 'fear', 'joy', 'love', 'sadness'] as const;

export interface InsightTermLabelsTable {
  workspace_id: string;
  kind: string;
  term: string;
  label: string;
}

export interface InsightStateTable {
  name: string;
  value: string;
}

export interface ContactLoyaltyTable {
  contact_id: string;
  workspace_id: string;
  channel_id: string;
  stage: string;
  stage_since: number;
  inbound_count: number;
  active_days: number;
  last_day_at: number;
  positive_count: number;
  negative_count: number;
  praise_count: number;
  recent: string;
  last_message_at: number;
}

export interface LoyaltyMovesTable {
  id: string;
  workspace_id: string;
  contact_id: string;
  from_stage: string;
  to_stage: string;
  at: number;
}

export interface CrisisAlertsTable {
  id: string;
  workspace_id: string;
  scope: 'workspace' | 'channel' | 'product' | 'listening';
  /** The channel id or product name; '' for the whole workspace. */
  scope_key: string;
  window_start: number;
  window_end: number;
  observed: number;
  window_total: number;
  expected_share: number;
  score: number;
  message_ids: string;
  status: 'open' | 'acknowledged';
  acknowledged_by: string | null;
  acknowledged_at: number | null;
  deliveries: Generated<string>;
  detected_at: number;
  updated_at: number;
}

export interface GuardChecksTable {
  id: string;
  workspace_id: string;
  kind: 'reply' | 'post';
  /** The reply's message id or the post's id. */
  item_id: string;
  /** The reply's channel; null for a post. */
  channel_id: string | null;
  checked_at: number;
  user_id: string | null;
  /** 0 = hard sell … 100 = soft sell. */
  soft_sell_score: number;
  finding_count: number;
  blocking: number;
  overridden_by: string | null;
  override_reason: string | null;
}

export interface GuardFindingsTable {
  check_id: string;
  workspace_id: string;
  rule: string;
  severity: string;
  count: number;
  checked_at: number;
}

/** Reply checks summed per UTC hour and channel (posts are read from guard_checks). */
export interface GuardHourlyTable {
  workspace_id: string;
  hour_at: number;
  channel_id: string;
  checks: number;
  score_sum: number;
  with_findings: number;
  overrides: number;
}

export interface GuardFindingsHourlyTable {
  workspace_id: string;
  hour_at: number;
  channel_id: string;
  rule: string;
  severity: string;
  count: number;
}

/** Conversations waiting for an answer per UTC hour and channel, as last seen in that hour. */
export interface BacklogHourlyTable {
  workspace_id: string;
  hour_at: number;
  channel_id: string;
  waiting: number;
  questions: number;
  taken_at: number;
}

export interface PostMetricsTable {
  variant_id: string;
  workspace_id: string;
  post_id: string;
  channel_id: string;
  network_post_id: string;
  published_at: number;
  likes: number;
  replies: number;
  reposts: number;
  quotes: number;
  views: number | null;
  fetched_at: number | null;
  next_fetch_at: number | null;
  fetch_count: number;
  last_error: string | null;
}

export interface PostApprovalsTable {
  id: string;
  workspace_id: string;
  post_id: string;
  action: 'submitted' | 'approved' | 'rejected' | 'reopened';
  actor_user_id: string | null;
  comment: string | null;
  created_at: number;
}

export interface PostingSlotsTable {
  id: string;
  workspace_id: string;
  channel_id: string;
  /** ISO weekday on the workspace clock: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes after local midnight on the workspace clock. */
  minute_of_day: number;
  created_at: number;
}

export interface Database {
  workspaces: WorkspacesTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  channels: ChannelsTable;
  contacts: ContactsTable;
  conversations: ConversationsTable;
  messages: MessagesTable;
  posts: PostsTable;
  post_variants: PostVariantsTable;
  media: MediaTable;
  post_thread_parts: PostThreadPartsTable;
  audit_log: AuditLogTable;
  jobs: JobsTable;
  brand_profiles: BrandProfilesTable;
  notes: NotesTable;
  saved_replies: SavedRepliesTable;
  knowledge_entries: KnowledgeEntriesTable;
  workspace_settings: WorkspaceSettingsTable;
  reporting_events: ReportingEventsTable;
  inbound_queue: InboundQueueTable;
  oauth_states: OAuthStatesTable;
  saved_searches: SavedSearchesTable;
  listening_posts: ListeningPostsTable;
  insight_hourly: InsightHourlyTable;
  insight_terms_daily: InsightTermsDailyTable;
  insight_terms_weekly: InsightTermsWeeklyTable;
  insight_term_labels: InsightTermLabelsTable;
  insight_state: InsightStateTable;
  contact_loyalty: ContactLoyaltyTable;
  loyalty_moves: LoyaltyMovesTable;
  crisis_alerts: CrisisAlertsTable;
  invites: InvitesTable;
  guard_checks: GuardChecksTable;
  guard_findings: GuardFindingsTable;
  guard_hourly: GuardHourlyTable;
  guard_findings_hourly: GuardFindingsHourlyTable;
  backlog_hourly: BacklogHourlyTable;
  post_metrics: PostMetricsTable;
  post_approvals: PostApprovalsTable;
  posting_slots: PostingSlotsTable;
}

export type UserRow = Selectable<UsersTable>;
export type WorkspaceRow = Selectable<WorkspacesTable>;
export type InviteRow = Selectable<InvitesTable>;
export type ChannelRow = Selectable<ChannelsTable>;
export type ContactRow = Selectable<ContactsTable>;
export type ConversationRow = Selectable<ConversationsTable>;
export type MessageRow = Selectable<MessagesTable>;
export type NewMessage = Insertable<MessagesTable>;
export type ConversationUpdate = Updateable<ConversationsTable>;
export type JobRow = Selectable<JobsTable>;
