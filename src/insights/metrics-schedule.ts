// When to ask a network again for a published post's metrics: a post gathers most of its
// reactions in its first day, so it is asked often while young and less as it ages.
import { dayMs, hourMs } from './time-buckets.js';

const minuteMs = 60_000;

/** Rungs of the schedule: while the post is younger than `until`, ask again after `every`. */
export const metricsSchedule: ReadonlyArray<{ until: number; every: number }> = [
  { until: dayMs, every: 10 * minuteMs },
  { until: 7 * dayMs, every: hourMs },
  { until: 30 * dayMs, every: dayMs },
];

/** The next time to fetch a post published at `publishedAt`, or null once it is 30 days old. */
export function nextMetricsFetch(publishedAt: number, now: number): number | null {
  const age = Math.max(0, now - publishedAt);
  const rung = metricsSchedule.find((step) => age < step.until);
  return rung === undefined ? null : now + rung.every;
}
