// The calendar's days on the WORKSPACE clock, not the browser's: a post at 23:30 WIB sits on
// its WIB day even for an officer whose laptop says UTC. Days are plain "YYYY-MM-DD" strings;
// day arithmetic runs on UTC dates (no DST in between), instants go through the workspace zone.
import { dayjs } from '../../time/dayjs';

export type CalendarView = 'month' | 'week';
const DATE = 'YYYY-MM-DD';

export function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dayjs.utc(value, DATE).format(DATE) === value;
}

export function shiftDate(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format(DATE);
}

export function todayIn(now: number, timezone: string): string {
  return dayjs(now).tz(timezone).format(DATE);
}

/** Monday of the date's week (weeks start on Monday, as in Indonesia). */
export function weekStart(date: string): string {
  const day = dayjs.utc(date);
  return day.subtract((day.day() + 6) % 7, 'day').format(DATE);
}

/** The seven days of the date's week. */
export function weekDays(date: string): string[] {
  const start = weekStart(date);
  return Array.from({ length: 7 }, (_, index) => shiftDate(start, index));
}

/** Whole weeks (Monday–Sunday) covering the date's month. */
export function monthWeeks(date: string): string[][] {
  const first = dayjs.utc(date).startOf('month').format(DATE);
  const last = dayjs.utc(date).endOf('month').format(DATE);
  const weeks: string[][] = [];
  for (let monday = weekStart(first); monday <= last; monday = shiftDate(monday, 7)) weeks.push(weekDays(monday));
  return weeks;
}

export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** The instants [from, to) that the shown days cover on the workspace clock. */
export function rangeOf(days: readonly string[], timezone: string): { from: string; to: string } {
  const first = days[0] ?? '1970-01-01';
  const last = days[days.length - 1] ?? first;
  return { from: dayjs.tz(`${first} 00:00`, timezone).toISOString(), to: dayjs.tz(`${shiftDate(last, 1)} 00:00`, timezone).toISOString() };
}

export function dayOf(instant: string, timezone: string): string {
  return dayjs(instant).tz(timezone).format(DATE);
}

export function hourOf(instant: string, timezone: string): number {
  return dayjs(instant).tz(timezone).hour();
}

/** The instant of a post moved to another day (and hour), keeping its time on the workspace clock. */
export function movedInstant(instant: string, date: string, timezone: string, hour?: number): string {
  const local = dayjs(instant).tz(timezone);
  const hh = String(hour ?? local.hour()).padStart(2, '0');
  const mm = String(local.minute()).padStart(2, '0');
  return dayjs.tz(`${date} ${hh}:${mm}`, timezone).toISOString();
}

/** Where the anchor date goes with "previous" and "next". */
export function stepDate(date: string, view: CalendarView, direction: 1 | -1): string {
  return view === 'week' ? shiftDate(date, 7 * direction) : dayjs.utc(date).startOf('month').add(direction, 'month').format(DATE);
}

/** Arrow keys between days: left/right a day, up/down a week. */
export function dateForKey(date: string, key: string): string | null {
  const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
  const days = step[key];
  return days === undefined ? null : shiftDate(date, days);
}
