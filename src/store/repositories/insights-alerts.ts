// The crisis radar's reads and its alerts. Recent messages are found by id range (ids start
// with the time they were made), so the radar never scans the messages table.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { CrisisAlertsTable, Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export type CrisisAlertRow = Selectable<CrisisAlertsTable>;

export interface RadarMessageRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  conversation_id: string;
  text: string;
  analysis: string | null;
  sent_at: number;
}

/** Inbound messages made at or after `fromId` and sent at or after `sentSince`, every workspace. */
export function recentInboundMessages(db: Executor, fromId: string, sentSince: number): Promise<RadarMessageRow[]> {
  return db.selectFrom('messages')
    .select(['id', 'workspace_id', 'channel_id', 'conversation_id', 'text', 'analysis', 'sent_at'])
    .where('id', '>=', fromId).where('sent_at', '>=', sentSince).where('direction', '=', 'inbound').where('kind', '<>', 'reaction')
    .execute();
}

export interface RadarHistoryRow {
  hour_at: number;
  channel_id: string;
  dimension: string;
  label: string;
  count: number;
}

/**
 * The hourly counts the radar's baselines read. Products are judged over every channel, so their
 * alarm counts come summed over channels (channel '') — most of the history's rows otherwise.
 */
export async function radarHistory(db: Executor, workspaceId: string, fromHour: number, beforeHour: number): Promise<RadarHistoryRow[]> {
  const perChannel = await db.selectFrom('insight_hourly').select(['hour_at', 'channel_id', 'dimension', 'label', 'count'])
    .where('workspace_id', '=', workspaceId).where('dimension', 'in', ['volume', 'alarm', 'listening_volume', 'listening_alarm'])
    .where('hour_at', '>=', fromHour).where('hour_at', '<', beforeHour)
    .execute();
  const products = await db.selectFrom('insight_hourly').select(['hour_at', 'label', sql<number>`sum(count)`.as('count')])
    .where('workspace_id', '=', workspaceId).where('dimension', '=', 'alarm_product')
    .where('hour_at', '>=', fromHour).where('hour_at', '<', beforeHour)
    .groupBy(['hour_at', 'label'])
    .execute();
  return [...perChannel, ...products.map((row) => ({ hour_at: Number(row.hour_at), channel_id: '', dimension: 'alarm_product', label: row.label, count: Number(row.count) }))];
}

export function latestAlertSince(db: Executor, workspaceId: string, since: number): Promise<CrisisAlertRow | undefined> {
  return db.selectFrom('crisis_alerts').selectAll().where('workspace_id', '=', workspaceId).where('detected_at', '>=', since)
    .orderBy('detected_at', 'desc').limit(1).executeTakeFirst();
}

export async function insertAlert(db: Executor, row: Omit<CrisisAlertRow, 'deliveries'>): Promise<void> {
  await db.insertInto('crisis_alerts').values(row).execute();
}

export async function extendAlert(db: Executor, id: string, change: Pick<CrisisAlertRow, 'window_end' | 'observed' | 'window_total' | 'score' | 'message_ids' | 'updated_at'>): Promise<void> {
  await db.updateTable('crisis_alerts').set(change).where('id', '=', id).execute();
}

export async function recordDeliveries(db: Executor, id: string, deliveries: Record<string, string>): Promise<void> {
  await db.updateTable('crisis_alerts').set({ deliveries: JSON.stringify(deliveries) }).where('id', '=', id).execute();
}

export function listAlerts(db: Executor, workspaceId: string, from: number, to: number, limit = 50): Promise<CrisisAlertRow[]> {
  return db.selectFrom('crisis_alerts').selectAll().where('workspace_id', '=', workspaceId)
    .where('detected_at', '>=', from).where('detected_at', '<', to).orderBy('detected_at', 'desc').limit(limit).execute();
}

export function findAlert(db: Executor, workspaceId: string, id: string): Promise<CrisisAlertRow | undefined> {
  return db.selectFrom('crisis_alerts').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

export async function acknowledgeAlert(db: Executor, workspaceId: string, id: string, userId: string | null, now: number): Promise<boolean> {
  const result = await db.updateTable('crisis_alerts').set({ status: 'acknowledged', acknowledged_by: userId, acknowledged_at: now, updated_at: now })
    .where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface AlertMessageRow {
  id: string;
  conversation_id: string;
  channel_id: string;
  text: string;
  sent_at: number;
  author_name: string | null;
  author_handle: string | null;
}

/** The alert's messages, still in this workspace (deleted ones drop out). */
export function alertMessages(db: Executor, workspaceId: string, ids: readonly string[]): Promise<AlertMessageRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('messages').leftJoin('contacts', 'contacts.id', 'messages.author_contact_id')
    .select(['messages.id', 'messages.conversation_id', 'messages.channel_id', 'messages.text', 'messages.sent_at', 'contacts.display_name as author_name', 'contacts.handle as author_handle'])
    .where('messages.workspace_id', '=', workspaceId).where('messages.id', 'in', [...ids]).orderBy('messages.sent_at', 'desc').execute();
}

/** The public posts behind a Listening alert (its ids are Listening posts, not inbox messages). */
export function alertListeningPosts(db: Executor, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('listening_posts')
    .select(['id', 'conversation_id', 'channel_id', 'text', 'sent_at', 'author_name', 'author_handle', 'url'])
    .where('workspace_id', '=', workspaceId).where('id', 'in', [...ids]).orderBy('sent_at', 'desc').execute();
}

/** Alerts nobody has acknowledged yet, newest first: what the app-wide banner shows. */
export function openAlerts(db: Executor, workspaceId: string, limit = 5): Promise<CrisisAlertRow[]> {
  return db.selectFrom('crisis_alerts').selectAll().where('workspace_id', '=', workspaceId).where('status', '=', 'open')
    .orderBy('detected_at', 'desc').limit(limit).execute();
}
