// Trust at scale: each reply's guard check added to hourly sums (per channel, and per rule and
// severity for its findings) in the transaction that records the check, and the reads of those
// sums for the Trust report. An upsert that adds, as the message rollups do.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

const hourMs = 3_600_000;

export interface ReplyCheckSums {
  workspaceId: string;
  channelId: string | null;
  checkedAt: number;
  softSellScore: number;
  hasFindings: boolean;
  overridden: boolean;
  findings: ReadonlyArray<{ rule: string; severity: string; count: number }>;
}

export async function addReplyCheckToRollup(db: Executor, check: ReplyCheckSums): Promise<void> {
  const key = { workspace_id: check.workspaceId, hour_at: Math.floor(check.checkedAt / hourMs) * hourMs, channel_id: check.channelId ?? '' };
  await db.insertInto('guard_hourly').values({
    ...key, checks: 1, score_sum: check.softSellScore, with_findings: check.hasFindings ? 1 : 0, overrides: check.overridden ? 1 : 0,
  }).onConflict((oc) => oc.columns(['workspace_id', 'hour_at', 'channel_id']).doUpdateSet({
    checks: sql<number>`guard_hourly.checks + excluded.checks`,
    score_sum: sql<number>`guard_hourly.score_sum + excluded.score_sum`,
    with_findings: sql<number>`guard_hourly.with_findings + excluded.with_findings`,
    overrides: sql<number>`guard_hourly.overrides + excluded.overrides`,
  })).execute();
  if (check.findings.length === 0) return;
  await db.insertInto('guard_findings_hourly').values(check.findings.map((finding) => ({ ...key, rule: finding.rule, severity: finding.severity, count: finding.count })))
    .onConflict((oc) => oc.columns(['workspace_id', 'hour_at', 'channel_id', 'rule', 'severity']).doUpdateSet({ count: sql<number>`guard_findings_hourly.count + excluded.count` }))
    .execute();
}

export interface HourRange {
  workspaceId: string;
  /** Both on an hour's start. */
  fromHour: number;
  toHour: number;
  channelId: string | null;
}

export interface GuardHourRow {
  hour_at: number;
  checks: number;
  score_sum: number;
  with_findings: number;
  overrides: number;
}

/** Reply checks summed per hour over the channels asked. */
export async function replyCheckHours(db: Kysely<Database>, range: HourRange): Promise<GuardHourRow[]> {
  let query = db.selectFrom('guard_hourly')
    .select(['hour_at', sql<number>`sum(checks)`.as('checks'), sql<number>`sum(score_sum)`.as('score_sum'),
      sql<number>`sum(with_findings)`.as('with_findings'), sql<number>`sum(overrides)`.as('overrides')])
    .where('workspace_id', '=', range.workspaceId).where('hour_at', '>=', range.fromHour).where('hour_at', '<', range.toHour);
  if (range.channelId !== null) query = query.where('channel_id', '=', range.channelId);
  const rows = await query.groupBy('hour_at').execute();
  return rows.map((row) => ({
    hour_at: Number(row.hour_at), checks: Number(row.checks), score_sum: Number(row.score_sum), with_findings: Number(row.with_findings), overrides: Number(row.overrides),
  }));
}

export interface GuardFindingHourRow {
  hour_at: number;
  rule: string;
  severity: string;
  count: number;
}

/** Reply findings summed per hour, rule and severity over the channels asked. */
export async function replyFindingHours(db: Kysely<Database>, range: HourRange): Promise<GuardFindingHourRow[]> {
  let query = db.selectFrom('guard_findings_hourly')
    .select(['hour_at', 'rule', 'severity', sql<number>`sum(count)`.as('count')])
    .where('workspace_id', '=', range.workspaceId).where('hour_at', '>=', range.fromHour).where('hour_at', '<', range.toHour);
  if (range.channelId !== null) query = query.where('channel_id', '=', range.channelId);
  const rows = await query.groupBy(['hour_at', 'rule', 'severity']).execute();
  return rows.map((row) => ({ hour_at: Number(row.hour_at), rule: row.rule, severity: row.severity, count: Number(row.count) }));
}
