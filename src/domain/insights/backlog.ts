// The backlog over time: what waited for an answer, per hour and channel. The Insights tick
// writes the current hour's figures (rewriting them until the hour ends, so each hour keeps
// its last look); the report reads those snapshots, never the conversations of the past.
import type { Kysely } from 'kysely';
import { hourMs, hourStart } from '../../insights/time-buckets.js';
import { backlogHours, backlogNow, conversationWaits, writeBacklogHour, type BacklogCount } from '../../store/repositories/insights-backlog.js';
import type { RangeFilter } from '../../store/repositories/insights-queries.js';
import type { Database } from '../../store/schema.js';
import { inTransaction } from '../../store/transaction.js';

export async function snapshotBacklog(db: Kysely<Database>, now: number): Promise<number> {
  return inTransaction(db, async (trx) => {
    const counts = await backlogNow(trx);
    await writeBacklogHour(trx, hourStart(now), now, counts);
    return counts.length;
  });
}

export interface BacklogHour {
  at: string;
  waiting: number;
  questions: number;
  byChannel: Array<{ channelId: string; waiting: number; questions: number }>;
}

/** Per hour with a snapshot: the range's channels summed, and each channel's own figures. */
export async function backlogReport(db: Kysely<Database>, filter: RangeFilter): Promise<{ hours: BacklogHour[]; peak: { at: string; waiting: number } | null }> {
  const hours = new Map<number, BacklogHour>();
  for (const row of await backlogHours(db, filter)) {
    let hour = hours.get(row.hour_at);
    if (hour === undefined) {
      hour = { at: new Date(row.hour_at).toISOString(), waiting: 0, questions: 0, byChannel: [] };
      hours.set(row.hour_at, hour);
    }
    hour.waiting += row.waiting;
    hour.questions += row.questions;
    hour.byChannel.push({ channelId: row.channel_id, waiting: row.waiting, questions: row.questions });
  }
  const list = [...hours.values()];
  const peak = list.reduce<BacklogHour | null>((best, hour) => (best === null || hour.waiting > best.waiting ? hour : best), null);
  return { hours: list, peak: peak === null ? null : { at: peak.at, waiting: peak.waiting } };
}

/**
 * The demo's past week of snapshots, as the tick would have taken them had it run: for each
 * hour, the conversations that had begun to wait and were not yet answered at its end. Demo
 * only (a live workspace keeps the snapshots the tick really took): a conversation answered and
 * then waiting again counts from its latest wait.
 */
export async function seedBacklogHistory(db: Kysely<Database>, workspaceId: string, channelIds: readonly string[], now: number, hours = 7 * 24): Promise<void> {
  const first = hourStart(now) - hours * hourMs;
  const waits = await conversationWaits(db, workspaceId, first);
  for (let hourAt = first; hourAt < hourStart(now); hourAt += hourMs) {
    const end = hourAt + hourMs;
    const counts = new Map<string, BacklogCount>(channelIds.map((id) => [id, { workspace_id: workspaceId, channel_id: id, waiting: 0, questions: 0 }]));
    for (const wait of waits) {
      // Waiting again after an answer: the answer belongs to an earlier wait.
      const answeredAt = wait.unanswered === 1 && (wait.answered_at ?? 0) < wait.started_at ? null : wait.answered_at;
      const waiting = wait.started_at < end && (answeredAt === null ? wait.unanswered === 1 : answeredAt >= end);
      const count = counts.get(wait.channel_id);
      if (!waiting || count === undefined) continue;
      count.waiting += 1;
      if (wait.last_intents.includes('"question"')) count.questions += 1;
    }
    await writeBacklogHour(db, hourAt, end - 1, [...counts.values()]);
  }
}
