// Trust: the replies and posts the content guard checked, its findings by rule and day, the
// sends a manager let through despite a blocking finding (and who), and the soft-sell score
// trend (0 = hard sell … 100 = soft sell) per day and kind. Replies (one check per answer, so
// millions at scale) are read from their hourly sums; posts, and the part of a range that does
// not fill whole hours, from the checks themselves. Both become the same cells, so the report
// is the same whichever way a check was read (trust-rollup.test.ts).
import type { Kysely } from 'kysely';
import { RULE_IDS, ruleMeta, type RuleId } from '../../guard/index.js';
import { hourMs, localDateOf } from '../../insights/time-buckets.js';
import { guardChecksIn, guardFindingsIn, guardOverridesIn, type TrustFilter } from '../../store/repositories/guard-checks.js';
import { replyCheckHours, replyFindingHours } from '../../store/repositories/insights-guard-rollup.js';
import type { Database } from '../../store/schema.js';

const knownRules = new Set<string>(RULE_IDS);

export function categoryOf(rule: string): string {
  return knownRules.has(rule) ? ruleMeta(rule as RuleId).category : rule.split('.')[0]?.toLowerCase() ?? 'other';
}

type Kind = 'reply' | 'post';

/** Checks of one kind at one instant (a raw check) or in one hour (a rollup row). */
interface CheckCell { at: number; kind: Kind; checks: number; scoreSum: number; withFindings: number; overrides: number }
interface FindingCell { at: number; kind: Kind; rule: string; severity: string; count: number }

interface Sums { checks: number; scoreSum: number }
const meanOf = (sums: Sums): number | null => (sums.checks === 0 ? null : Math.round(sums.scoreSum / sums.checks));

/** The range's checks and findings as cells: reply hours from the rollup, the rest raw. */
async function cellsOf(db: Kysely<Database>, filter: TrustFilter, fromRollup: boolean): Promise<{ checks: CheckCell[]; findings: FindingCell[] }> {
  const fromHour = fromRollup ? Math.ceil(filter.from / hourMs) * hourMs : filter.to;
  const toHour = Math.max(fromHour, Math.floor(filter.to / hourMs) * hourMs);
  const rawParts: TrustFilter[] = [{ ...filter, kind: 'post' }];
  if (fromHour >= toHour) rawParts.push({ ...filter, kind: 'reply' });
  else {
    if (filter.from < fromHour) rawParts.push({ ...filter, to: fromHour, kind: 'reply' });
    if (toHour < filter.to) rawParts.push({ ...filter, from: toHour, kind: 'reply' });
  }
  const checks: CheckCell[] = [];
  const findings: FindingCell[] = [];
  for (const part of rawParts) {
    const rows = await guardChecksIn(db, part);
    const kindOf = new Map(rows.map((row) => [row.id, row.kind]));
    for (const row of rows) {
      checks.push({ at: row.checked_at, kind: row.kind, checks: 1, scoreSum: row.soft_sell_score, withFindings: row.finding_count > 0 ? 1 : 0, overrides: row.overridden_by === null ? 0 : 1 });
    }
    for (const row of await guardFindingsIn(db, part)) {
      findings.push({ at: row.checked_at, kind: kindOf.get(row.check_id) ?? part.kind ?? 'reply', rule: row.rule, severity: row.severity, count: row.count });
    }
  }
  if (fromHour < toHour) {
    const hours = { workspaceId: filter.workspaceId, fromHour, toHour, channelId: filter.channelId };
    for (const row of await replyCheckHours(db, hours)) {
      checks.push({ at: row.hour_at, kind: 'reply', checks: row.checks, scoreSum: row.score_sum, withFindings: row.with_findings, overrides: row.overrides });
    }
    for (const row of await replyFindingHours(db, hours)) findings.push({ at: row.hour_at, kind: 'reply', rule: row.rule, severity: row.severity, count: row.count });
  }
  return { checks, findings };
}

/** `fromRollup: false` reads every check raw: the reference the rollup is tested against. */
export async function trustReport(db: Kysely<Database>, filter: TrustFilter, timezone: string, options: { fromRollup?: boolean } = {}) {
  const { checks, findings } = await cellsOf(db, filter, options.fromRollup ?? true);
  const overrides = await guardOverridesIn(db, filter, 100);

  const fresh = () => ({ reply: { checks: 0, scoreSum: 0 }, post: { checks: 0, scoreSum: 0 }, withFindings: 0, overrides: 0, claim: 0, disclosure: 0, pressure: 0 });
  const totals = fresh();
  const days = new Map<string, ReturnType<typeof fresh>>();
  const dayOf = (at: number) => {
    const date = localDateOf(at, timezone);
    let day = days.get(date);
    if (day === undefined) {
      day = fresh();
      days.set(date, day);
    }
    return day;
  };
  for (const cell of checks) {
    for (const sums of [dayOf(cell.at), totals]) {
      sums[cell.kind].checks += cell.checks;
      sums[cell.kind].scoreSum += cell.scoreSum;
      sums.withFindings += cell.withFindings;
      sums.overrides += cell.overrides;
    }
  }
  const rules = new Map<string, { rule: string; category: string; info: number; warn: number; block: number; replies: number; posts: number }>();
  for (const finding of findings) {
    const category = categoryOf(finding.rule);
    const day = dayOf(finding.at);
    if (category === 'claim' || category === 'disclosure' || category === 'pressure') day[category] += finding.count;
    const entry = rules.get(finding.rule) ?? { rule: finding.rule, category, info: 0, warn: 0, block: 0, replies: 0, posts: 0 };
    if (finding.severity === 'info' || finding.severity === 'warn' || finding.severity === 'block') entry[finding.severity] += finding.count;
    if (finding.kind === 'post') entry.posts += finding.count;
    else entry.replies += finding.count;
    rules.set(finding.rule, entry);
  }
  return {
    totals: {
      replies: totals.reply.checks,
      posts: totals.post.checks,
      withFindings: totals.withFindings,
      overrides: totals.overrides,
      softSellReplies: meanOf(totals.reply),
      softSellPosts: meanOf(totals.post),
    },
    daily: [...days].map(([date, day]) => ({
      date, replies: day.reply.checks, posts: day.post.checks, withFindings: day.withFindings, overrides: day.overrides,
      claim: day.claim, disclosure: day.disclosure, pressure: day.pressure,
      softSellReplies: meanOf(day.reply), softSellPosts: meanOf(day.post),
    })).sort((a, b) => a.date.localeCompare(b.date)),
    byRule: [...rules.values()].map((entry) => ({ ...entry, total: entry.info + entry.warn + entry.block })).sort((a, b) => b.total - a.total || a.rule.localeCompare(b.rule)),
    overrides: overrides.map((row) => ({
      checkId: row.id, kind: row.kind, itemId: row.item_id, channelId: row.channel_id, conversationId: row.conversation_id, at: new Date(row.checked_at).toISOString(),
      userId: row.overridden_by, userName: row.overrider_name, reason: row.override_reason ?? '', text: row.text ?? '',
    })),
  };
}
