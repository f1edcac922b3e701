// Sentiment and emotion counts over a range: the whole workspace-local days inside it from the
// daily sums and only the hours at its edges from the hourly ones. A day's row holds exactly the
// hours starting in it, so the figures equal the hours alone (range-counts.test.ts); a month
// reads about thirty rows per channel and label instead of 720.
import type { Kysely } from 'kysely';
import { localDayStart, nextLocalDayStart } from '../../insights/time-buckets.js';
import { summedCounts, summedDayCounts, type HourlyCount, type RangeFilter } from '../../store/repositories/insights-queries.js';
import { workspaceTimezones } from '../../store/repositories/insights-rollups.js';
import type { DAILY_DIMENSIONS, Database } from '../../store/schema.js';

export type DailyDimension = (typeof DAILY_DIMENSIONS)[number];

/**
 * Summed per channel over the range (`by` 'channel') or per bucket ('hour': an hour at the edges,
 * a day's start inside; callers bucket both by local day). Each key appears once.
 */
export async function rangeCounts(db: Kysely<Database>, filter: RangeFilter, dimensions: readonly DailyDimension[], by: 'hour' | 'channel', options: { fromDays?: boolean } = {}): Promise<HourlyCount[]> {
  if (options.fromDays === false) return summedCounts(db, filter, dimensions, by);
  // The days were cut in the zone the rollup job used: the workspace's own.
  const timezone = (await workspaceTimezones(db, [filter.workspaceId])).get(filter.workspaceId) ?? 'Asia/Jakarta';
  let firstDay = localDayStart(filter.from, timezone);
  if (firstDay < filter.from) firstDay = nextLocalDayStart(firstDay, timezone);
  let daysEnd = firstDay;
  while (nextLocalDayStart(daysEnd, timezone) <= filter.to) daysEnd = nextLocalDayStart(daysEnd, timezone);
  if (daysEnd === firstDay) return summedCounts(db, filter, dimensions, by);
  const parts = [
    await summedDayCounts(db, filter, firstDay, daysEnd, dimensions, by === 'hour' ? 'day' : 'channel'),
    ...(filter.from < firstDay ? [await summedCounts(db, { ...filter, to: firstDay }, dimensions, by)] : []),
    ...(daysEnd < filter.to ? [await summedCounts(db, { ...filter, from: daysEnd }, dimensions, by)] : []),
  ];
  if (by === 'hour') return parts.flat();
  const merged = new Map<string, HourlyCount>();
  for (const row of parts.flat()) {
    const key = `${row.channel_id}\u0000${row.dimension}\u0000${row.label}`;
    const known = merged.get(key);
    if (known === undefined) merged.set(key, { ...row });
    else known.count += row.count;
  }
  return [...merged.values()];
}
