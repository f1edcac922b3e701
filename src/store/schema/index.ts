// Row types of every table, one file per area; this index builds the Kysely `Database` type.
// Times are UTC instants in epoch milliseconds (bigint in PostgreSQL, integer in SQLite);
// booleans are 0/1 integers so both databases agree.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ApiTokensTable, InvitesTable, MembershipsTable, SessionsTable, UsersTable, WorkspacesTable } from './accounts.js';
import type { ChannelsTable, OAuthStatesTable } from './channels.js';
import type { ListeningPostsTable, SavedSearchesTable } from './listening.js';
import type { ContactsTable, ConversationsTable, InboundQueueTable, KnowledgeEntriesTable, MessagesTable, NotesTable, SavedRepliesTable } from './inbox.js';
import type { MediaTable, PostApprovalsTable, PostMetricsTable, PostThreadPartsTable, PostVariantsTable, PostingSlotsTable, PostsTable } from './publishing.js';
import type { AuditLogTable, BrandProfilesTable, JobsTable, WorkspaceSettingsTable } from './operations.js';
import type { BacklogHourlyTable, ContactLoyaltyTable, CrisisAlertsTable, InsightDailyTable, InsightHourlyTable, InsightStateTable, InsightTermLabelsTable, InsightTermsDailyTable, InsightTermsWeeklyTable, LoyaltyMovesTable, ReportingEventsTable } from './insights.js';
import type { GuardChecksTable, GuardFindingsHourlyTable, GuardFindingsTable, GuardHourlyTable } from './guard.js';

export * from './accounts.js';
export * from './channels.js';
export * from './listening.js';
export * from './inbox.js';
export * from './publishing.js';
export * from './operations.js';
export * from './insights.js';
export * from './guard.js';

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
  insight_daily: InsightDailyTable;
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
