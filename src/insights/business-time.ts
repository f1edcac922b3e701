// Time between two instants counted only inside business hours of the workspace's timezone,
// for first-response times "in business hours". Walks the local days in between (a response
// time spans a few days at most).
import { DateTime } from 'luxon';

export interface BusinessHoursSpec {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** "HH:mm" local wall-clock times. */
  start: string;
  end: string;
}

function at(day: DateTime, hhmm: string): DateTime {
  const [hour, minute] = hhmm.split(':').map(Number);
  return day.set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 });
}

export function businessDurationMs(from: number, to: number, hours: BusinessHoursSpec, timezone: string): number {
  if (to <= from) return 0;
  let total = 0;
  let day = DateTime.fromMillis(from, { zone: timezone }).startOf('day');
  const last = DateTime.fromMillis(to, { zone: timezone }).startOf('day');
  // At most a year of days: a conversation answered after months still ends the walk.
  for (let guard = 0; day <= last && guard < 366; guard++, day = day.plus({ days: 1 })) {
    if (!hours.days.includes(day.weekday)) continue;
    const open = Math.max(from, at(day, hours.start).toMillis());
    const close = Math.min(to, at(day, hours.end).toMillis());
    if (close > open) total += close - open;
  }
  return total;
}
