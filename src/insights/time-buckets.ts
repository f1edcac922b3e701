// Bucket boundaries: rollups count per UTC hour (every timezone's hours line up with them,
// save the few half-hour zones, which Sapa does not offer) and per workspace-local day.
import { DateTime } from 'luxon';

export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;

export function hourStart(at: number): number {
  return Math.floor(at / hourMs) * hourMs;
}

// Zone arithmetic is slow next to counting, and every message of an hour shares the answer:
// remembered per (zone, UTC hour), bounded so a long catch-up cannot grow it without end.
interface HourFacts { dayStart: number; date: string; weekStart: number; hour: number; weekday: number }
const perHour = new Map<string, HourFacts>();

function hourFacts(at: number, timezone: string): HourFacts {
  const key = `${timezone}|${hourStart(at)}`;
  let facts = perHour.get(key);
  if (facts === undefined) {
    const local = DateTime.fromMillis(hourStart(at), { zone: timezone });
    const day = local.startOf('day');
    facts = { dayStart: day.toMillis(), date: day.toISODate() ?? '', weekStart: day.startOf('week').toMillis(), hour: local.hour, weekday: local.weekday };
    if (perHour.size >= 100_000) perHour.clear();
    perHour.set(key, facts);
  }
  return facts;
}

export function localDayStart(at: number, timezone: string): number {
  return hourFacts(at, timezone).dayStart;
}

/** Local hour of day (0-23) and ISO weekday (1 = Monday … 7 = Sunday) in the workspace's zone. */
export function localHourAndWeekday(at: number, timezone: string): { hour: number; weekday: number } {
  // The radar asks this of every hour of four weeks' history on each run: an hour's start is remembered.
  if (at % hourMs === 0) {
    const facts = hourFacts(at, timezone);
    return { hour: facts.hour, weekday: facts.weekday };
  }
  const local = DateTime.fromMillis(at, { zone: timezone });
  return { hour: local.hour, weekday: local.weekday };
}

/** A local calendar date (YYYY-MM-DD) to the instant its day starts in the zone; null when invalid. */
export function startOfLocalDate(date: string, timezone: string): number | null {
  const local = DateTime.fromISO(date, { zone: timezone });
  return local.isValid ? local.startOf('day').toMillis() : null;
}

/** Start of the workspace-local ISO week (Monday) the instant falls in. */
export function localWeekStart(at: number, timezone: string): number {
  return hourFacts(at, timezone).weekStart;
}

/** The start of the local day after the one starting at `dayStart`. */
export function nextLocalDayStart(dayStart: number, timezone: string): number {
  return DateTime.fromMillis(dayStart, { zone: timezone }).plus({ days: 1 }).toMillis();
}

/** The start of the local week after the one starting at `weekStart`. */
export function nextLocalWeekStart(weekStart: number, timezone: string): number {
  return DateTime.fromMillis(weekStart, { zone: timezone }).plus({ weeks: 1 }).toMillis();
}

export function localDateOf(at: number, timezone: string): string {
  return hourFacts(at, timezone).date;
}
