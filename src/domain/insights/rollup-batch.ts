// Turns a batch of new messages into rollup increments and loyalty changes, in memory, so the
// job writes each counter once per batch however many messages share it.
import { messageFacts, type MessageFacts, type ProductNames } from '../../insights/message-facts.js';
import { nextStage, noFacts, withMessage, type LoyaltyFacts, type LoyaltyStage } from '../../insights/loyalty-ladder.js';
import { hourStart, localDayStart, localWeekStart } from '../../insights/time-buckets.js';
import { newId } from '../../store/ids.js';
import type { ContactLoyaltyRow, RollupMessageRow } from '../../store/repositories/insights-rollups.js';
import { DAILY_DIMENSIONS, TERM_EMOTIONS, type InsightDailyTable, type InsightHourlyTable, type InsightTermsDailyTable, type InsightTermsWeeklyTable } from '../../store/schema.js';

export interface WorkspaceFacts {
  timezone: string;
  products: readonly ProductNames[];
}

export interface LoyaltyMove {
  id: string;
  workspace_id: string;
  contact_id: string;
  from_stage: string;
  to_stage: string;
  at: number;
}

export class RollupBatch {
  private readonly hourly = new Map<string, InsightHourlyTable>();
  private readonly days = new Map<string, InsightDailyTable>();
  private readonly daily = new Map<string, InsightTermsDailyTable>();
  private readonly weekly = new Map<string, InsightTermsWeeklyTable>();
  private readonly labels = new Map<string, { workspace_id: string; kind: string; term: string; label: string }>();
  readonly loyalty = new Map<string, ContactLoyaltyRow>();
  readonly moves: LoyaltyMove[] = [];

  constructor(private readonly now: number) {}

  /** Inbound follower messages only; reactions carry no text worth counting. */
  static counts(row: RollupMessageRow): boolean {
    return row.direction === 'inbound' && row.kind !== 'reaction';
  }

  add(row: RollupMessageRow, workspace: WorkspaceFacts, loyalty: ContactLoyaltyRow | undefined): void {
    const facts = messageFacts(row.text, row.analysis, workspace.products);
    const hourAt = hourStart(row.sent_at);
    // A day holds the hours that start in it, so days plus edge hours sum exactly like hours alone.
    const dayAt = localDayStart(hourAt, workspace.timezone);
    const hour = (dimension: string, label: string) => {
      this.addHourly({ workspace_id: row.workspace_id, dimension, hour_at: hourAt, channel_id: row.channel_id, label, count: 1 });
      if ((DAILY_DIMENSIONS as readonly string[]).includes(dimension)) this.addDaily({ workspace_id: row.workspace_id, dimension, day_at: dayAt, channel_id: row.channel_id, label, count: 1 });
    };
    hour('volume', 'inbound');
    if (facts.sentiment !== null) hour('sentiment', facts.sentiment);
    hour('emotion', facts.emotion);
    for (const intent of facts.intents) hour('intent', intent);
    if (facts.alarm) {
      hour('alarm', 'negative');
      for (const product of facts.products) hour('alarm_product', product);
    }
    this.addTerms(row, workspace, facts);
    if (row.author_contact_id !== null) this.addToLoyalty(row, row.author_contact_id, workspace.timezone, facts, loyalty);
  }

  hourlyRows(): InsightHourlyTable[] { return [...this.hourly.values()]; }
  dayRows(): InsightDailyTable[] { return [...this.days.values()]; }
  dailyRows(): InsightTermsDailyTable[] { return [...this.daily.values()]; }
  weeklyRows(): InsightTermsWeeklyTable[] { return [...this.weekly.values()]; }
  labelRows(): Array<{ workspace_id: string; kind: string; term: string; label: string }> { return [...this.labels.values()]; }

  private addHourly(row: InsightHourlyTable): void {
    const key = `${row.workspace_id}\u0000${row.dimension}\u0000${row.hour_at}\u0000${row.channel_id}\u0000${row.label}`;
    const known = this.hourly.get(key);
    if (known === undefined) this.hourly.set(key, row);
    else known.count += 1;
  }

  private addDaily(row: InsightDailyTable): void {
    const key = `${row.workspace_id}\u0000${row.dimension}\u0000${row.day_at}\u0000${row.channel_id}\u0000${row.label}`;
    const known = this.days.get(key);
    if (known === undefined) this.days.set(key, row);
    else known.count += 1;
  }

  private addTerms(row: RollupMessageRow, workspace: WorkspaceFacts, facts: MessageFacts): void {
    const dayAt = localDayStart(row.sent_at, workspace.timezone);
    const weekAt = localWeekStart(row.sent_at, workspace.timezone);
    const emotion = (TERM_EMOTIONS as readonly string[]).includes(facts.emotion) ? facts.emotion as (typeof TERM_EMOTIONS)[number] : null;
    const term = (kind: string, value: string) => {
      const key = `${row.workspace_id}\u0000${dayAt}\u0000${kind}\u0000${value}\u0000${row.channel_id}`;
      let known = this.daily.get(key);
      if (known === undefined) {
        known = { workspace_id: row.workspace_id, day_at: dayAt, kind, term: value, channel_id: row.channel_id, total: 0, anger: 0, fear: 0, joy: 0, love: 0, sadness: 0 };
        this.daily.set(key, known);
      }
      known.total += 1;
      if (emotion !== null) known[emotion] += 1;
      // The same count in the week's all-channel row: a month's triggers read four weeks, not thirty days per channel.
      const weekKey = `${row.workspace_id}\u0000${weekAt}\u0000${kind}\u0000${value}`;
      let week = this.weekly.get(weekKey);
      if (week === undefined) {
        week = { workspace_id: row.workspace_id, week_at: weekAt, kind, term: value, total: 0, anger: 0, fear: 0, joy: 0, love: 0, sadness: 0 };
        this.weekly.set(weekKey, week);
      }
      week.total += 1;
      if (emotion !== null) week[emotion] += 1;
    };
    for (const keyword of facts.keywords) term('keyword', keyword);
    for (const product of facts.products) term('product', product);
    for (const intent of facts.intents) term('intent', intent);
    if (row.root_post_network_id !== null) {
      term('post', row.root_post_network_id);
      const labelKey = `${row.workspace_id}\u0000${row.root_post_network_id}`;
      if (!this.labels.has(labelKey)) {
        this.labels.set(labelKey, { workspace_id: row.workspace_id, kind: 'post', term: row.root_post_network_id, label: (row.root_post_text ?? row.root_post_network_id).slice(0, 140) });
      }
    }
  }

  private addToLoyalty(row: RollupMessageRow, contactId: string, timezone: string, facts: MessageFacts, stored: ContactLoyaltyRow | undefined): void {
    const current = this.loyalty.get(contactId) ?? stored;
    const before: LoyaltyFacts = current === undefined ? noFacts : {
      inboundCount: current.inbound_count, activeDays: current.active_days, positive: current.positive_count, negative: current.negative_count,
      praise: current.praise_count, recent: JSON.parse(current.recent) as string[],
    };
    const dayAt = localDayStart(row.sent_at, timezone);
    const after = withMessage(before, { sentiment: facts.sentiment, praise: facts.intents.includes('praise'), newDay: current === undefined || dayAt > current.last_day_at });
    const previous = (current?.stage ?? null) as LoyaltyStage | null;
    const stage = nextStage(previous, after);
    if (previous !== null && stage !== previous) {
      this.moves.push({ id: newId(this.now), workspace_id: row.workspace_id, contact_id: contactId, from_stage: previous, to_stage: stage, at: row.sent_at });
    }
    this.loyalty.set(contactId, {
      contact_id: contactId, workspace_id: row.workspace_id, channel_id: row.channel_id, stage,
      stage_since: stage === previous && current !== undefined ? current.stage_since : row.sent_at,
      inbound_count: after.inboundCount, active_days: after.activeDays, last_day_at: Math.max(dayAt, current?.last_day_at ?? 0),
      positive_count: after.positive, negative_count: after.negative, praise_count: after.praise, recent: JSON.stringify(after.recent),
      last_message_at: Math.max(row.sent_at, current?.last_message_at ?? 0),
    });
  }
}
