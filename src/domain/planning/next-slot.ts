// Posting slots on the workspace clock. Zone math is luxon's, never the server's TZ: a slot
// "Monday 09:00" in Asia/Jakarta is 02:00 UTC whatever zone the server runs in, across DST
// changes elsewhere; a local time that does not exist (a DST gap in the workspace's zone) moves
// forward as luxon does.
import { DateTime } from 'luxon';

export interface Slot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  minuteOfDay: number;
}

const searchDays = 56;

/** The slot instants after `after`, earliest first, within eight weeks. */
export function upcomingSlotTimes(slots: readonly Slot[], timezone: string, after: number, limit = 20): number[] {
  const times: number[] = [];
  const start = DateTime.fromMillis(after, { zone: timezone }).startOf('day');
  for (let day = 0; day < searchDays && times.length < limit; day += 1) {
    const date = start.plus({ days: day });
    const today = slots.filter((slot) => slot.weekday === date.weekday).map((slot) => slot.minuteOfDay).sort((a, b) => a - b);
    for (const minute of new Set(today)) {
      const at = DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour: Math.floor(minute / 60), minute: minute % 60 }, { zone: timezone }).toMillis();
      if (at > after && times.length < limit) times.push(at);
    }
  }
  return times;
}

/** The first slot time not already taken by another post on the same channels. */
export function nextFreeSlot(slots: readonly Slot[], timezone: string, after: number, taken: ReadonlySet<number>): number | null {
  return upcomingSlotTimes(slots, timezone, after, 200).find((at) => !taken.has(at)) ?? null;
}
