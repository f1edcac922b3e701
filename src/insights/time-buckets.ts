// Bucket boundaries: rollups count per UTC hour (every timezone's hours line up with them,
// save the few half-hour zones, which Sapa does not offer) and per workspace-local day.
import { DateTime } from 'luxon';

export const hourMs = 3_600_000;
export const dayMs = 24 * hourMs;

export function hourStart(at: number): number {
  return Math.floor(at / hourMs) * hourMs;
}

export function localDayStart(at: number, timezone: string): number {
  return DateTime.fromMillis(at, { zone: timezone }).startOf('day').toMillis();
}

/** Local hour of day (0-23) and ISO weekday (1 = Monday … 7 = Sunday) in the workspace's zone. */
export function localHourAndWeekday(at: number, timezone: string): { hour: number; weekday: number } {
  const local = DateTime.fromMillis(at, { zone: timezone });
  return { hour: local.hour, weekday: local.weekday };
}

/** A local calendar date (YYYY-MM-DD) to the instant its day starts in the zone; null when invalid. */
export function startOfLocalDate(date: string, timezone: string): number | null {
  const local = DateTime.fromISO(date, { zone: timezone });
  return local.isValid ? local.startOf('day').toMillis() : null;
}

export function localDateOf(at: number, timezone: string): string {
  return DateTime.fromMillis(at, { zone: timezone }).toISODate() ?? '';
}
