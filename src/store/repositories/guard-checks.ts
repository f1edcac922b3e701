// Content-guard checks of replies and posts that went out (or were scheduled), with their
// findings one row per rule, for the Trust part of Insights. Written by the reply and post
// commands inside their own transactions; read per workspace and range.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import { newId } from '../ids.js';
import { addReplyCheckToRollup } from './insights-guard-rollup.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface GuardCheckRecord {
  workspaceId: string;
  kind: 'reply' | 'post';
  itemId: string;
  channelId: string | null;
  userId: string | null;
  softSellScore: number;
  findings: ReadonlyArray<{ rule: string; severity: string }>;
  overriddenBy: string | null;
  overrideReason: string | null;
}

export async function recordGuardCheck(db: Executor, record: GuardCheckRecord, checkedAt: number): Promise<string> {
  const id = newId(checkedAt);
  await db.insertInto('guard_checks').values({
    id, workspace_id: record.workspaceId, kind: record.kind, item_id: record.itemId, channel_id: record.channelId, checked_at: checkedAt,
    user_id: record.userId, soft_sell_score: Math.round(record.softSellScore), finding_count: record.findings.length,
    blocking: record.findings.some((finding) => finding.severity === 'block') ? 1 : 0,
    overridden_by: record.overriddenBy, override_reason: record.overrideReason,
  }).execute();
  const byRule = new Map<string, { rule: string; severity: string; count: number }>();
  for (const finding of record.findings) {
    const key = `${finding.rule}\u0000${finding.severity}`;
    const entry = byRule.get(key) ?? { rule: finding.rule, severity: finding.severity, count: 0 };
    entry.count += 1;
    byRule.set(key, entry);
  }
  if (byRule.size > 0) {
    await db.insertInto('guard_findings').values([...byRule.values()].map((entry) => ({
      check_id: id, workspace_id: record.workspaceId, rule: entry.rule, severity: entry.severity, count: entry.count, checked_at: checkedAt,
    }))).execute();
  }
  // Replies are checked by the million at scale: Trust reads their hourly sums (posts stay raw).
  if (record.kind === 'reply') {
    await addReplyCheckToRollup(db, {
      workspaceId: record.workspaceId, channelId: record.channelId, checkedAt, softSellScore: Math.round(record.softSellScore),
      hasFindings: record.findings.length > 0, overridden: record.overriddenBy !== null, findings: [...byRule.values()],
    });
  }
  return id;
}

export interface TrustFilter {
  workspaceId: string;
  from: number;
  to: number;
  channelId: string | null;
  /** Only checks of this kind; both when absent. */
  kind?: 'reply' | 'post';
}

export interface GuardCheckRow {
  id: string;
  kind: 'reply' | 'post';
  item_id: string;
  channel_id: string | null;
  checked_at: number;
  soft_sell_score: number;
  finding_count: number;
  blocking: number;
  overridden_by: string | null;
}

/**
 * Checks of the range; with a channel, replies on it and posts with a variant on it (a post
 * keeps its channels in its variants).
 */
function checksIn(db: Kysely<Database>, filter: TrustFilter) {
  let query = db.selectFrom('guard_checks').where('guard_checks.workspace_id', '=', filter.workspaceId)
    .where('guard_checks.checked_at', '>=', filter.from).where('guard_checks.checked_at', '<', filter.to);
  if (filter.kind !== undefined) query = query.where('guard_checks.kind', '=', filter.kind);
  const { channelId } = filter;
  if (channelId !== null) {
    query = query.where((eb) => eb.or([
      eb('guard_checks.channel_id', '=', channelId),
      eb.and([
        eb('guard_checks.kind', '=', 'post'),
        eb('guard_checks.item_id', 'in', eb.selectFrom('post_variants').select('post_variants.post_id').where('post_variants.channel_id', '=', channelId)),
      ]),
    ]));
  }
  return query;
}

/** Every check in the range (a workspace makes hundreds a week, not millions). */
export function guardChecksIn(db: Kysely<Database>, filter: TrustFilter): Promise<GuardCheckRow[]> {
  return checksIn(db, filter)
    .select(['guard_checks.id', 'guard_checks.kind', 'guard_checks.item_id', 'guard_checks.channel_id', 'guard_checks.checked_at',
      'guard_checks.soft_sell_score', 'guard_checks.finding_count', 'guard_checks.blocking', 'guard_checks.overridden_by'])
    .orderBy('guard_checks.checked_at').execute();
}

export interface GuardFindingRow {
  check_id: string;
  rule: string;
  severity: string;
  count: number;
  checked_at: number;
}

export function guardFindingsIn(db: Kysely<Database>, filter: TrustFilter): Promise<GuardFindingRow[]> {
  return checksIn(db, filter).innerJoin('guard_findings', 'guard_findings.check_id', 'guard_checks.id')
    .select(['guard_findings.check_id', 'guard_findings.rule', 'guard_findings.severity', 'guard_findings.count', 'guard_findings.checked_at'])
    .execute();
}

export interface GuardOverrideRow {
  id: string;
  kind: 'reply' | 'post';
  item_id: string;
  channel_id: string | null;
  checked_at: number;
  overridden_by: string | null;
  overrider_name: string | null;
  override_reason: string | null;
  text: string | null;
  conversation_id: string | null;
}

/** Sends that went out despite a blocking finding, newest first, with who allowed it and the text. */
export function guardOverridesIn(db: Kysely<Database>, filter: TrustFilter, limit: number): Promise<GuardOverrideRow[]> {
  return checksIn(db, filter).where('guard_checks.overridden_by', 'is not', null)
    .leftJoin('users', 'users.id', 'guard_checks.overridden_by')
    .leftJoin('messages', (join) => join.onRef('messages.id', '=', 'guard_checks.item_id').on('guard_checks.kind', '=', 'reply'))
    .leftJoin('posts', (join) => join.onRef('posts.id', '=', 'guard_checks.item_id').on('guard_checks.kind', '=', 'post'))
    .select(['guard_checks.id', 'guard_checks.kind', 'guard_checks.item_id', 'guard_checks.channel_id', 'guard_checks.checked_at', 'guard_checks.overridden_by',
      'users.name as overrider_name', 'guard_checks.override_reason', sql<string | null>`coalesce(messages.text, posts.text)`.as('text'), 'messages.conversation_id'])
    .orderBy('guard_checks.checked_at', 'desc').limit(limit).execute();
}

/** Outbound replies of the workspace that have no guard check (history recorded without one). */
export function repliesWithoutCheck(db: Kysely<Database>, workspaceId: string): Promise<Array<{ id: string; channel_id: string; text: string; sent_at: number }>> {
  return db.selectFrom('messages').leftJoin('guard_checks', (join) => join.onRef('guard_checks.item_id', '=', 'messages.id').on('guard_checks.kind', '=', 'reply'))
    .select(['messages.id', 'messages.channel_id', 'messages.text', 'messages.sent_at'])
    .where('messages.workspace_id', '=', workspaceId).where('messages.direction', '=', 'outbound').where('messages.kind', '=', 'reply')
    .where('guard_checks.id', 'is', null).execute();
}
