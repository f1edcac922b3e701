// Insights: reporting events, hourly and term aggregates, loyalty and crisis alerts.
// Times are UTC epoch milliseconds; booleans are 0/1 integers (see ./index.ts).
import type { Generated } from 'kysely';

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

/** Sentiment and emotion hourly counts summed per workspace-local day: the hours that start in it. */
export interface InsightDailyTable {
  workspace_id: string;
  /** 'sentiment' | 'emotion'. */
  dimension: string;
  /** Start of the workspace-local day. */
  day_at: number;
  channel_id: string;
  label: string;
  count: number;
}

export const DAILY_DIMENSIONS = ['sentiment', 'emotion'] as const;

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

/** Conversations waiting for an answer per UTC hour and channel, as last seen in that hour. */
export interface BacklogHourlyTable {
  workspace_id: string;
  hour_at: number;
  channel_id: string;
  waiting: number;
  questions: number;
  taken_at: number;
}
