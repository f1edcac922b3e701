// The content guard's checks and findings, kept for the trust insights.
// Times are UTC epoch milliseconds; booleans are 0/1 integers (see ./index.ts).

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
