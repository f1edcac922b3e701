// Reads behind the Insights dashboard. Everything but proximity reads the rollups; proximity
// reads the reporting events (one row per answered or breached conversation) in its range.
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database, TERM_EMOTIONS } from '../schema.js';

export interface RangeFilter {
  workspaceId: string;
  from: number;
  to: number;
  channelId: string | null;
}

export interface HourlyCount {
  hour_at: number;
  channel_id: string;
  dimension: string;
  label: string;
  count: number;
}

/** Summed over channels per hour and label (or per channel over the range when `by` is 'channel'). */
export async function summedCounts(db: Kysely<Database>, filter: RangeFilter, dimensions: readonly string[], by: 'hour' | 'channel'): Promise<HourlyCount[]> {
  let query = db.selectFrom('insight_hourly')
    .select([by === 'hour' ? 'hour_at' : 'channel_id', 'dimension', 'label', sql<number>`sum(count)`.as('count')])
    .where('workspace_id', '=', filter.workspaceId).where('dimension', 'in', [...dimensions])
    .where('hour_at', '>=', filter.from).where('hour_at', '<', filter.to);
  if (filter.channelId !== null) query = query.where('channel_id', '=', filter.channelId);
  const rows = await query.groupBy([by === 'hour' ? 'hour_at' : 'channel_id', 'dimension', 'label']).execute();
  return rows.map((row) => {
    const grouped = row as { hour_at?: number; channel_id?: string; dimension: string; label: string; count: number };
    return { hour_at: grouped.hour_at ?? 0, channel_id: grouped.channel_id ?? '', dimension: grouped.dimension, label: grouped.label, count: Number(grouped.count) };
  });
}

/** Like summedCounts over the local days starting in [fromDay, toDay), from the daily sums; `hour_at` is the day's start. */
export async function summedDayCounts(db: Kysely<Database>, filter: RangeFilter, fromDay: number, toDay: number, dimensions: readonly string[], by: 'day' | 'channel'): Promise<HourlyCount[]> {
  let query = db.selectFrom('insight_daily')
    .select([by === 'day' ? 'day_at' : 'channel_id', 'dimension', 'label', sql<number>`sum(count)`.as('count')])
    .where('workspace_id', '=', filter.workspaceId).where('dimension', 'in', [...dimensions])
    .where('day_at', '>=', fromDay).where('day_at', '<', toDay);
  if (filter.channelId !== null) query = query.where('channel_id', '=', filter.channelId);
  const rows = await query.groupBy([by === 'day' ? 'day_at' : 'channel_id', 'dimension', 'label']).execute();
  return rows.map((row) => {
    const grouped = row as { day_at?: number; channel_id?: string; dimension: string; label: string; count: number };
    return { hour_at: Number(grouped.day_at ?? 0), channel_id: grouped.channel_id ?? '', dimension: grouped.dimension, label: grouped.label, count: Number(grouped.count) };
  });
}

export interface TermTotals {
  kind: string;
  term: string;
  with_emotion: number;
  total: number;
}

/** Each term's messages with the emotion and in all, over whole local days; only terms seen `minCount` times with it. */
export function termTotals(db: Kysely<Database>, filter: RangeFilter, emotion: (typeof TERM_EMOTIONS)[number], minCount: number): Promise<TermTotals[]> {
  const withEmotion = sql<number>`sum(${sql.ref(emotion)})`;
  let query = db.selectFrom('insight_terms_daily')
    .select(['kind', 'term', withEmotion.as('with_emotion'), sql<number>`sum(total)`.as('total')])
    .where('workspace_id', '=', filter.workspaceId).where('day_at', '>=', filter.from).where('day_at', '<', filter.to);
  if (filter.channelId !== null) query = query.where('channel_id', '=', filter.channelId);
  return query.groupBy(['kind', 'term']).having(withEmotion, '>=', minCount).execute()
    .then((rows) => rows.map((row) => ({ ...row, with_emotion: Number(row.with_emotion), total: Number(row.total) })));
}

/** Each term's counts summed over the days in [from, to) (no count guard: the caller merges parts first). */
export function dayTermSums(db: Kysely<Database>, filter: RangeFilter, emotion: (typeof TERM_EMOTIONS)[number]): Promise<TermTotals[]> {
  let query = db.selectFrom('insight_terms_daily')
    .select(['kind', 'term', sql<number>`sum(${sql.ref(emotion)})`.as('with_emotion'), sql<number>`sum(total)`.as('total')])
    .where('workspace_id', '=', filter.workspaceId).where('day_at', '>=', filter.from).where('day_at', '<', filter.to);
  if (filter.channelId !== null) query = query.where('channel_id', '=', filter.channelId);
  return query.groupBy(['kind', 'term']).execute()
    .then((rows) => rows.map((row) => ({ ...row, with_emotion: Number(row.with_emotion), total: Number(row.total) })));
}

/** Each term's counts over every channel summed over the weeks starting in [fromWeek, toWeek). */
export function weekTermSums(db: Kysely<Database>, workspaceId: string, fromWeek: number, toWeek: number, emotion: (typeof TERM_EMOTIONS)[number]): Promise<TermTotals[]> {
  return db.selectFrom('insight_terms_weekly')
    .select(['kind', 'term', sql<number>`sum(${sql.ref(emotion)})`.as('with_emotion'), sql<number>`sum(total)`.as('total')])
    .where('workspace_id', '=', workspaceId).where('week_at', '>=', fromWeek).where('week_at', '<', toWeek)
    .groupBy(['kind', 'term']).execute()
    .then((rows) => rows.map((row) => ({ ...row, with_emotion: Number(row.with_emotion), total: Number(row.total) })));
}

export async function termLabels(db: Kysely<Database>, workspaceId: string, kind: string, terms: readonly string[]): Promise<Map<string, string>> {
  if (terms.length === 0) return new Map();
  const rows = await db.selectFrom('insight_term_labels').select(['term', 'label']).where('workspace_id', '=', workspaceId).where('kind', '=', kind)
    .where('term', 'in', [...terms]).execute();
  return new Map(rows.map((row) => [row.term, row.label]));
}

export interface ResponseGroupRow {
  /** 'people': the channel id; 'time': the UTC hour's start. */
  first: string | number;
  /** 'people': the officer's id ('' for none); 'time': the intents (JSON array). */
  second: string;
  /** 1 for breaches, 0 for first responses. */
  breach: number;
  /** Events in the group, with or without a duration. */
  events: number;
  /** The group's durations joined by commas; null when none has one. */
  durations: string | null;
}

/** Every value of a group in one comma-joined string: one JavaScript row per group, not per event. */
function joinedDurations(db: Kysely<Database>): RawBuilder<string | null> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<string | null>`string_agg(cast(reporting_events.duration_ms as text), ',')`
    : sql<string | null>`group_concat(reporting_events.duration_ms)`;
}

/**
 * First responses and breaches of the range, grouped in the database by channel and officer
 * ('people') or by UTC hour and intents ('time'), read from one covering index. Proximity needs
 * quantiles, so each group brings its durations, as one string: a JavaScript row per event was
 * most of the report's time at scale. Each event keeps the intents it was answered for; events
 * made before it kept them fall back to their conversation's (coalesce looks only for those).
 */
export async function responseGroups(db: Kysely<Database>, filter: RangeFilter, by: 'people' | 'time'): Promise<ResponseGroupRow[]> {
  const first: RawBuilder<string | number> = by === 'people' ? sql`reporting_events.channel_id` : sql`reporting_events.at - (reporting_events.at % 3600000)`;
  const second = by === 'people' ? sql<string>`coalesce(reporting_events.user_id, '')`
    : sql<string>`coalesce(reporting_events.intents, (select conversations.last_intents from conversations where conversations.id = reporting_events.conversation_id), '[]')`;
  const breach = sql<number>`case when reporting_events.kind = 'breach' then 1 else 0 end`;
  let query = db.selectFrom('reporting_events')
    .select([first.as('first'), second.as('second'), breach.as('breach'), (eb) => eb.fn.countAll<number>().as('events'), joinedDurations(db).as('durations')])
    .where('reporting_events.workspace_id', '=', filter.workspaceId).where('reporting_events.kind', 'in', ['first_response', 'breach'])
    .where('reporting_events.at', '>=', filter.from).where('reporting_events.at', '<', filter.to);
  if (filter.channelId !== null) query = query.where('reporting_events.channel_id', '=', filter.channelId);
  const rows = await query.groupBy([first, second, breach]).execute();
  return rows.map((row) => ({ ...row, breach: Number(row.breach), events: Number(row.events) }));
}

/** Start and duration of each answered first response: business-hours durations need both. */
export function answeredSpans(db: Kysely<Database>, filter: RangeFilter): Promise<Array<{ at: number; duration_ms: number | null }>> {
  let query = db.selectFrom('reporting_events').select(['at', 'duration_ms'])
    .where('workspace_id', '=', filter.workspaceId).where('kind', '=', 'first_response').where('at', '>=', filter.from).where('at', '<', filter.to)
    .where('duration_ms', 'is not', null);
  if (filter.channelId !== null) query = query.where('channel_id', '=', filter.channelId);
  return query.execute();
}

/** Names of the officers named, looked up once each instead of joined on every event. */
export async function userNames(db: Kysely<Database>, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', [...userIds]).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * Conversations waiting for an answer now, snoozed ones included: counted on the partial index
 * of unanswered conversations alone (a status filter would walk every open conversation).
 */
export async function waitingNow(db: Kysely<Database>, workspaceId: string, channelId: string | null): Promise<number> {
  let query = db.selectFrom('conversations').select((eb) => eb.fn.countAll<number>().as('n'))
    // A literal, not a parameter: SQLite uses a partial index only when the query repeats its condition.
    .where('workspace_id', '=', workspaceId).where('unanswered', '=', sql.lit(1));
  if (channelId !== null) query = query.where('channel_id', '=', channelId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export async function stageCounts(db: Kysely<Database>, workspaceId: string, channelId: string | null): Promise<Record<string, number>> {
  let query = db.selectFrom('contact_loyalty').select(['stage', (eb) => eb.fn.countAll<number>().as('n')]).where('workspace_id', '=', workspaceId);
  if (channelId !== null) query = query.where('channel_id', '=', channelId);
  const rows = await query.groupBy('stage').execute();
  return Object.fromEntries(rows.map((row) => [row.stage, Number(row.n)]));
}

export interface LoyaltyContactRow {
  contact_id: string;
  stage: string;
  stage_since: number;
  inbound_count: number;
  active_days: number;
  positive_count: number;
  negative_count: number;
  praise_count: number;
  last_message_at: number;
  display_name: string;
  handle: string;
  channel_id: string;
}

function loyaltyContacts(db: Kysely<Database>, workspaceId: string) {
  return db.selectFrom('contact_loyalty').innerJoin('contacts', 'contacts.id', 'contact_loyalty.contact_id')
    .select(['contact_loyalty.contact_id', 'contact_loyalty.stage', 'contact_loyalty.stage_since', 'contact_loyalty.inbound_count', 'contact_loyalty.active_days',
      'contact_loyalty.positive_count', 'contact_loyalty.negative_count', 'contact_loyalty.praise_count', 'contact_loyalty.last_message_at',
      'contacts.display_name', 'contacts.handle', 'contact_loyalty.channel_id'])
    .where('contact_loyalty.workspace_id', '=', workspaceId);
}

/** The stage's contacts with the most positive messages first. */
export function contactsInStage(db: Kysely<Database>, workspaceId: string, stage: string, channelId: string | null, limit: number): Promise<LoyaltyContactRow[]> {
  let query = loyaltyContacts(db, workspaceId).where('contact_loyalty.stage', '=', stage);
  if (channelId !== null) query = query.where('contact_loyalty.channel_id', '=', channelId);
  return query.orderBy('contact_loyalty.positive_count', 'desc').orderBy('contact_loyalty.contact_id').limit(limit).execute();
}

export function contactLoyalty(db: Kysely<Database>, workspaceId: string, contactId: string): Promise<LoyaltyContactRow | undefined> {
  return loyaltyContacts(db, workspaceId).where('contact_loyalty.contact_id', '=', contactId).executeTakeFirst();
}

export interface MoveCount { from_stage: string; to_stage: string; n: number }

/**
 * Moves of the range by stage pair. A move's contact always has a loyalty row (both are written
 * together and deleted together), so the join to it is made only to filter by channel.
 */
export async function loyaltyMoveCounts(db: Kysely<Database>, filter: RangeFilter): Promise<MoveCount[]> {
  const { channelId } = filter;
  let query = db.selectFrom('loyalty_moves')
    .select(['loyalty_moves.from_stage', 'loyalty_moves.to_stage', (eb) => eb.fn.countAll<number>().as('n')])
    .where('loyalty_moves.workspace_id', '=', filter.workspaceId).where('loyalty_moves.at', '>=', filter.from).where('loyalty_moves.at', '<', filter.to);
  if (channelId !== null) {
    query = query.where((eb) => eb.exists(eb.selectFrom('contact_loyalty').select('contact_loyalty.contact_id')
      .whereRef('contact_loyalty.contact_id', '=', 'loyalty_moves.contact_id').where('contact_loyalty.channel_id', '=', channelId)));
  }
  const rows = await query.groupBy(['loyalty_moves.from_stage', 'loyalty_moves.to_stage']).execute();
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

export interface TriggerMessageRow {
  id: string;
  conversation_id: string;
  text: string;
  sent_at: number;
  analysis: string | null;
  root_post_network_id: string | null;
}

/**
 * Recent inbound messages of the range whose analysis names the emotion, newest first, for the
 * caller to match a term against. A drill-down, not a dashboard query: it walks messages by id
 * from the newest and stops at `scanLimit`.
 */
export function recentMessagesWithEmotion(db: Kysely<Database>, filter: RangeFilter, emotion: string, scanLimit: number): Promise<TriggerMessageRow[]> {
  let query = db.selectFrom('messages').innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .select(['messages.id', 'messages.conversation_id', 'messages.text', 'messages.sent_at', 'messages.analysis', 'conversations.root_post_network_id'])
    .where('messages.workspace_id', '=', filter.workspaceId).where('messages.direction', '=', 'inbound')
    .where('messages.sent_at', '>=', filter.from).where('messages.sent_at', '<', filter.to)
    .where('messages.analysis', 'like', `%"emotion":{"label":"${emotion}"%`);
  if (filter.channelId !== null) query = query.where('messages.channel_id', '=', filter.channelId);
  return query.orderBy('messages.id', 'desc').limit(scanLimit).execute();
}
