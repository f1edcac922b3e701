// Trust: the replies and posts the content guard checked, its findings by rule and day, the
// sends a manager let through despite a blocking finding (and who), and the soft-sell score
// trend (0 = hard sell … 100 = soft sell) per day and kind.
import type { Kysely } from 'kysely';
import { RULE_IDS, ruleMeta, type RuleId } from '../../guard/index.js';
import { localDateOf } from '../../insights/time-buckets.js';
import { guardChecksIn, guardFindingsIn, guardOverridesIn, type TrustFilter } from '../../store/repositories/guard-checks.js';
import type { Database } from '../../store/schema.js';

const knownRules = new Set<string>(RULE_IDS);

export function categoryOf(rule: string): string {
  return knownRules.has(rule) ? ruleMeta(rule as RuleId).category : rule.split('.')[0]?.toLowerCase() ?? 'other';
}

const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : Math.round(values.reduce((sum, v) => sum + v, 0) / values.length));

export async function trustReport(db: Kysely<Database>, filter: TrustFilter, timezone: string) {
  const checks = await guardChecksIn(db, filter);
  const findings = await guardFindingsIn(db, filter);
  const overrides = await guardOverridesIn(db, filter, 100);

  const days = new Map<string, { replies: number; posts: number; withFindings: number; overrides: number; replyScores: number[]; postScores: number[]; claim: number; disclosure: number; pressure: number }>();
  const dayOf = (date: string) => {
    let day = days.get(date);
    if (day === undefined) {
      day = { replies: 0, posts: 0, withFindings: 0, overrides: 0, replyScores: [], postScores: [], claim: 0, disclosure: 0, pressure: 0 };
      days.set(date, day);
    }
    return day;
  };
  for (const check of checks) {
    const day = dayOf(localDateOf(check.checked_at, timezone));
    if (check.kind === 'reply') {
      day.replies += 1;
      day.replyScores.push(check.soft_sell_score);
    } else {
      day.posts += 1;
      day.postScores.push(check.soft_sell_score);
    }
    if (check.finding_count > 0) day.withFindings += 1;
    if (check.overridden_by !== null) day.overrides += 1;
  }
  const kindOf = new Map(checks.map((check) => [check.id, check.kind]));
  const rules = new Map<string, { rule: string; category: string; info: number; warn: number; block: number; replies: number; posts: number }>();
  for (const finding of findings) {
    const category = categoryOf(finding.rule);
    const day = dayOf(localDateOf(finding.checked_at, timezone));
    if (category === 'claim' || category === 'disclosure' || category === 'pressure') day[category] += finding.count;
    const entry = rules.get(finding.rule) ?? { rule: finding.rule, category, info: 0, warn: 0, block: 0, replies: 0, posts: 0 };
    if (finding.severity === 'info' || finding.severity === 'warn' || finding.severity === 'block') entry[finding.severity] += finding.count;
    if (kindOf.get(finding.check_id) === 'post') entry.posts += finding.count;
    else entry.replies += finding.count;
    rules.set(finding.rule, entry);
  }
  const replyScores = checks.filter((check) => check.kind === 'reply').map((check) => check.soft_sell_score);
  const postScores = checks.filter((check) => check.kind === 'post').map((check) => check.soft_sell_score);
  return {
    totals: {
      replies: replyScores.length,
      posts: postScores.length,
      withFindings: checks.filter((check) => check.finding_count > 0).length,
      overrides: checks.filter((check) => check.overridden_by !== null).length,
      softSellReplies: mean(replyScores),
      softSellPosts: mean(postScores),
    },
    daily: [...days].map(([date, day]) => ({
      date, replies: day.replies, posts: day.posts, withFindings: day.withFindings, overrides: day.overrides,
      claim: day.claim, disclosure: day.disclosure, pressure: day.pressure,
      softSellReplies: mean(day.replyScores), softSellPosts: mean(day.postScores),
    })).sort((a, b) => a.date.localeCompare(b.date)),
    byRule: [...rules.values()].map((entry) => ({ ...entry, total: entry.info + entry.warn + entry.block })).sort((a, b) => b.total - a.total || a.rule.localeCompare(b.rule)),
    overrides: overrides.map((row) => ({
      checkId: row.id, kind: row.kind, itemId: row.item_id, channelId: row.channel_id, conversationId: row.conversation_id, at: new Date(row.checked_at).toISOString(),
      userId: row.overridden_by, userName: row.overrider_name, reason: row.override_reason ?? '', text: row.text ?? '',
    })),
  };
}
