// Writes of the Insights rollup job: messages read past a watermark, counts added to the
// hourly and daily rollups (an upsert that adds), contacts' loyalty rows and their moves.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Database, InsightDailyTable, InsightHourlyTable, InsightTermsDailyTable, InsightTermsWeeklyTable } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

const watermarkName = 'rollup_watermark';
const idAlphabet = '0123456789abcdefghjkmnpqrstvwxyz';

/** The smallest message id made at or after `at`: ids start with their 48-bit millisecond time. */
export function idFloor(at: number): string {
  let time = '';
  let remaining = Math.max(0, Math.floor(at));
  for (let i = 0; i < 10; i++) {
    time = idAlphabet[remaining % 32] + time;
    remaining = Math.floor(remaining / 32);
  }
  return time + '0'.repeat(16);
}

export async function readRollupWatermark(db: Executor): Promise<string> {
  const row = await db.selectFrom('insight_state').select('value').where('name', '=', watermarkName).executeTakeFirst();
  return row?.value ?? '';
}

export async function writeRollupWatermark(db: Executor, lastId: string): Promise<void> {
  await db.insertInto('insight_state').values({ name: watermarkName, value: lastId })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: lastId })).execute();
}

export interface RollupMessageRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  direction: string;
  kind: string;
  text: string;
  analysis: string | null;
  sent_at: number;
  author_contact_id: string | null;
  root_post_network_id: string | null;
  root_post_text: string | null;
}

/** Messages made after `afterId` and before `beforeId` (exclusive), oldest first. */
export function messagesForRollup(db: Executor, afterId: string, beforeId: string, limit: number): Promise<RollupMessageRow[]> {
  return db.selectFrom('messages')
    .innerJoin('conversations', 'conversations.id', 'messages.conversation_id')
    .select(['messages.id', 'messages.workspace_id', 'messages.channel_id', 'messages.direction', 'messages.kind', 'messages.text', 'messages.analysis',
      'messages.sent_at', 'messages.author_contact_id', 'conversations.root_post_network_id', 'conversations.root_post_text'])
    .where('messages.id', '>', afterId).where('messages.id', '<', beforeId)
    .orderBy('messages.id').limit(limit).execute();
}

const rowsPerInsert = 200;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += rowsPerInsert) result.push(rows.slice(i, i + rowsPerInsert));
  return result;
}

export async function addHourlyCounts(db: Executor, rows: readonly InsightHourlyTable[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db.insertInto('insight_hourly').values(chunk)
      .onConflict((oc) => oc.columns(['workspace_id', 'dimension', 'hour_at', 'channel_id', 'label'])
        .doUpdateSet({ count: sql<number>`insight_hourly.count + excluded.count` }))
      .execute();
  }
}

export async function addDayCounts(db: Executor, rows: readonly InsightDailyTable[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db.insertInto('insight_daily').values(chunk)
      .onConflict((oc) => oc.columns(['workspace_id', 'dimension', 'day_at', 'channel_id', 'label'])
        .doUpdateSet({ count: sql<number>`insight_daily.count + excluded.count` }))
      .execute();
  }
}

export async function addDailyTermCounts(db: Executor, rows: readonly InsightTermsDailyTable[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db.insertInto('insight_terms_daily').values(chunk)
      .onConflict((oc) => oc.columns(['workspace_id', 'day_at', 'kind', 'term', 'channel_id']).doUpdateSet({
        total: sql<number>`insight_terms_daily.total + excluded.total`,
        anger: sql<number>`insight_terms_daily.anger + excluded.anger`,
        fear: sql<number>`insight_terms_daily.fear + excluded.fear`,
        joy: sql<number>`insight_terms_daily.joy + excluded.joy`,
        love: sql<number>`insight_terms_daily.love + excluded.love`,
        sadness: sql<number>`insight_terms_daily.sadness + excluded.sadness`,
      }))
      .execute();
  }
}

export async function addWeeklyTermCounts(db: Executor, rows: readonly InsightTermsWeeklyTable[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db.insertInto('insight_terms_weekly').values(chunk)
      .onConflict((oc) => oc.columns(['workspace_id', 'week_at', 'kind', 'term']).doUpdateSet({
        total: sql<number>`insight_terms_weekly.total + excluded.total`,
        anger: sql<number>`insight_terms_weekly.anger + excluded.anger`,
        fear: sql<number>`insight_terms_weekly.fear + excluded.fear`,
        joy: sql<number>`insight_terms_weekly.joy + excluded.joy`,
        love: sql<number>`insight_terms_weekly.love + excluded.love`,
        sadness: sql<number>`insight_terms_weekly.sadness + excluded.sadness`,
      }))
      .execute();
  }
}

export async function addTermLabels(db: Executor, rows: ReadonlyArray<{ workspace_id: string; kind: string; term: string; label: string }>): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db.insertInto('insight_term_labels').values(chunk).onConflict((oc) => oc.columns(['workspace_id', 'kind', 'term']).doNothing()).execute();
  }
}

export type ContactLoyaltyRow = Selectable<Database['contact_loyalty']>;

export async function loyaltyRowsOf(db: Executor, contactIds: readonly string[]): Promise<Map<string, ContactLoyaltyRow>> {
  const found = new Map<string, ContactLoyaltyRow>();
  for (const chunk of chunks(contactIds)) {
    for (const row of await db.selectFrom('contact_loyalty').selectAll().where('contact_id', 'in', chunk).execute()) found.set(row.contact_id, row);
  }
  return found;
}

export async function saveLoyaltyRows(db: Executor, rows: readonly ContactLoyaltyRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    await db.insertInto('contact_loyalty').values(chunk).onConflict((oc) => oc.column('contact_id').doUpdateSet((eb) => ({
      stage: eb.ref('excluded.stage'), stage_since: eb.ref('excluded.stage_since'), inbound_count: eb.ref('excluded.inbound_count'),
      active_days: eb.ref('excluded.active_days'), last_day_at: eb.ref('excluded.last_day_at'), positive_count: eb.ref('excluded.positive_count'),
      negative_count: eb.ref('excluded.negative_count'), praise_count: eb.ref('excluded.praise_count'), recent: eb.ref('excluded.recent'),
      last_message_at: eb.ref('excluded.last_message_at'),
    }))).execute();
  }
}

export async function addLoyaltyMoves(db: Executor, rows: ReadonlyArray<Selectable<Database['loyalty_moves']>>): Promise<void> {
  for (const chunk of chunks(rows)) await db.insertInto('loyalty_moves').values(chunk).execute();
}

/** Timezone of each workspace named. */
export async function workspaceTimezones(db: Executor, workspaceIds: readonly string[]): Promise<Map<string, string>> {
  if (workspaceIds.length === 0) return new Map();
  const rows = await db.selectFrom('workspaces').select(['id', 'timezone']).where('id', 'in', [...workspaceIds]).execute();
  return new Map(rows.map((row) => [row.id, row.timezone]));
}
