// Crisis radar scoring. A crisis is a spike in negative or angry messages. The live demo (and a
// brand going viral) can multiply all traffic at once, so the radar tests the alarming share of
// the window's inbound messages, not the raw count, against the share this scope usually has at
// this local hour of the day and, once two weeks of history exist, this day of the week
// (hierarchical shrinkage: weekday-hour → hour of day → the scope's overall share). One-sided
// binomial tail; an alert needs a tiny p-value, a minimum count and at least double the share.
import { binomialUpperTail } from './stats.js';
import { localHourAndWeekday } from './time-buckets.js';

export interface HourCounts {
  hourAt: number;
  /** Negative or angry inbound messages of the scope in that hour. */
  alarm: number;
  /** All inbound messages in that hour (the workspace's or the channel's). */
  total: number;
}

export interface RadarThresholds {
  minCount: number;
  maxPValue: number;
  minShareRatio: number;
  /** Share never assumed below this: a scope with no history must not alarm on a handful. */
  shareFloor: number;
}

export const defaultRadarThresholds: RadarThresholds = { minCount: 8, maxPValue: 1e-6, minShareRatio: 2, shareFloor: 0.02 };

/** Pseudo-messages each level of the baseline borrows from the level above it. */
const hourPrior = 30;
const weekdayPrior = 30;
const weekdayHistoryDays = 14;

export function expectedShare(history: readonly HourCounts[], now: number, timezone: string, floor = defaultRadarThresholds.shareFloor): number {
  let alarm = 0;
  let total = 0;
  let hourAlarm = 0;
  let hourTotal = 0;
  let weekdayAlarm = 0;
  let weekdayTotal = 0;
  let earliest = now;
  const current = localHourAndWeekday(now, timezone);
  for (const counts of history) {
    alarm += counts.alarm;
    total += counts.total;
    earliest = Math.min(earliest, counts.hourAt);
    const local = localHourAndWeekday(counts.hourAt, timezone);
    // The hour itself and its neighbours: an hour's own history is thin in a young workspace.
    if (Math.abs(local.hour - current.hour) <= 1 || Math.abs(local.hour - current.hour) === 23) {
      hourAlarm += counts.alarm;
      hourTotal += counts.total;
      if (local.weekday === current.weekday) {
        weekdayAlarm += counts.alarm;
        weekdayTotal += counts.total;
      }
    }
  }
  const overall = total === 0 ? floor : alarm / total;
  const byHour = (hourAlarm + hourPrior * overall) / (hourTotal + hourPrior);
  const daysKnown = (now - earliest) / 86_400_000;
  const byWeekday = daysKnown >= weekdayHistoryDays ? (weekdayAlarm + weekdayPrior * byHour) / (weekdayTotal + weekdayPrior) : byHour;
  return Math.max(floor, byWeekday);
}

export interface RadarVerdict {
  observed: number;
  total: number;
  expectedShare: number;
  pValue: number;
  /** -log10 of the p-value: 6 or more is one chance in a million. */
  score: number;
  alert: boolean;
}

export function judgeWindow(window: { alarm: number; total: number }, share: number, thresholds: RadarThresholds = defaultRadarThresholds): RadarVerdict {
  const pValue = binomialUpperTail(window.alarm, window.total, share);
  const score = pValue <= 0 ? 300 : Math.min(300, -Math.log10(pValue));
  const alert = window.alarm >= thresholds.minCount && pValue <= thresholds.maxPValue
    && window.total > 0 && window.alarm / window.total >= thresholds.minShareRatio * share;
  return { observed: window.alarm, total: window.total, expectedShare: share, pValue, score, alert };
}
