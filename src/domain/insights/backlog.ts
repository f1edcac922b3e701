// The backlog over time: what waited for an answer, per hour and channel. The Insights tick
// writes the current hour's figures (rewriting them until the hour ends, so each hour keeps
// its last look); the report reads those snapshots, never the conversations of the past.
import type { Kysely } from 'kysely';
import { hourStart } from '../../insights/time-buckets.js';
import { backlogHours, backlogNow, writeBacklogHour } from '../../store/repositories/insights-backlog.js';
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
