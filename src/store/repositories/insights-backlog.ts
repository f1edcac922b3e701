// The backlog over time: conversations waiting for an answer per channel, written once an hour
// (the current hour rewritten on each Insights tick) and read back per hour for a range.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface BacklogCount {
  workspace_id: string;
  channel_id: string;
  waiting: number;
  questions: number;
}

/**
 * Every channel of every workspace with what waits on it now (zero included, so a chart shows
 * a cleared backlog as zero, not as a gap). Reads the partial index of unanswered conversations.
 */
export async function backlogNow(db: Executor): Promise<BacklogCount[]> {
  const waiting = await db.selectFrom('conversations')
    .select(['workspace_id', 'channel_id', (eb) => eb.fn.countAll<number>().as('waiting'),
      sql<number>`sum(case when last_intents like '%"question"%' then 1 else 0 end)`.as('questions')])
    // A literal, not a parameter: SQLite uses a partial index only when the query repeats its condition.
    .where('unanswered', '=', sql.lit(1)).groupBy(['workspace_id', 'channel_id']).execute();
  const byChannel = new Map(waiting.map((row) => [`${row.workspace_id}\u0000${row.channel_id}`, row]));
  const channels = await db.selectFrom('channels').select(['workspace_id', 'id']).execute();
  return channels.map((channel) => {
    const row = byChannel.get(`${channel.workspace_id}\u0000${channel.id}`);
    return { workspace_id: channel.workspace_id, channel_id: channel.id, waiting: Number(row?.waiting ?? 0), questions: Number(row?.questions ?? 0) };
  });
}

export async function writeBacklogHour(db: Executor, hourAt: number, takenAt: number, counts: readonly BacklogCount[]): Promise<void> {
  for (let i = 0; i < counts.length; i += 200) {
    await db.insertInto('backlog_hourly').values(counts.slice(i, i + 200).map((count) => ({ ...count, hour_at: hourAt, taken_at: takenAt })))
      .onConflict((oc) => oc.columns(['workspace_id', 'hour_at', 'channel_id']).doUpdateSet((eb) => ({
        waiting: eb.ref('excluded.waiting'), questions: eb.ref('excluded.questions'), taken_at: eb.ref('excluded.taken_at'),
      }))).execute();
  }
}

export interface BacklogHourRow {
  hour_at: number;
  channel_id: string;
  waiting: number;
  questions: number;
}

export async function backlogHours(db: Kysely<Database>, filter: { workspaceId: string; from: number; to: number; channelId: string | null }): Promise<BacklogHourRow[]> {
  let query = db.selectFrom('backlog_hourly').select(['hour_at', 'channel_id', 'waiting', 'questions'])
    .where('workspace_id', '=', filter.workspaceId).where('hour_at', '>=', filter.from).where('hour_at', '<', filter.to);
  if (filter.channelId !== null) query = query.where('channel_id', '=', filter.channelId);
  const rows = await query.orderBy('hour_at').orderBy('channel_id').execute();
  return rows.map((row) => ({ ...row, hour_at: Number(row.hour_at), waiting: Number(row.waiting), questions: Number(row.questions) }));
}

export interface ConversationWait {
  channel_id: string;
  /** When the first wait began (the first inbound message). */
  started_at: number;
  /** When it was first answered; null while it still waits or was never answered. */
  answered_at: number | null;
  unanswered: number;
  last_intents: string;
}

/** The workspace's conversations with when each began to wait and was first answered (demo history only). */
export function conversationWaits(db: Executor, workspaceId: string, since: number): Promise<ConversationWait[]> {
  return db.selectFrom('conversations')
    .select(['channel_id', sql<number>`coalesce(awaiting_since, created_at)`.as('started_at'), 'first_responded_at as answered_at', 'unanswered', 'last_intents'])
    .where('workspace_id', '=', workspaceId).where((eb) => eb.or([eb('first_responded_at', 'is', null), eb('first_responded_at', '>=', since)]))
    .execute();
}
