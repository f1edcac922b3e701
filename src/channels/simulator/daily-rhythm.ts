// When followers write and when the brand answers, in Jakarta time (WIB, UTC+7, no daylight
// saving): quiet nights, a lunch bump, and the evening peak after work and after dinner.
import { randomInt, type RandomSource } from './random.js';

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** Relative activity for each WIB hour 0–23. */
export const HOURLY_ACTIVITY_WIB: readonly number[] = [
  2.2, 1.2, 0.6, 0.4, 0.6, 1.2, 2.2, 3, 3.8, 4.2, 4.4, 4.8, 6, 5.4, 4.6, 4.6, 5, 5.6, 6.4, 8.4, 10, 10, 8.2, 4.8,
];
const PEAK_ACTIVITY = Math.max(...HOURLY_ACTIVITY_WIB);

export function wibHour(utcMs: number): number {
  return new Date(utcMs + WIB_OFFSET_MS).getUTCHours();
}

/** 0 = Sunday, as Date.getUTCDay. */
export function wibWeekday(utcMs: number): number {
  return new Date(utcMs + WIB_OFFSET_MS).getUTCDay();
}

/** The UTC instant of hh:mm WIB on the WIB calendar day that contains `utcMs`. */
export function wibTimeOnDay(utcMs: number, hour: number, minute = 0): number {
  const startOfWibDay = Math.floor((utcMs + WIB_OFFSET_MS) / DAY_MS) * DAY_MS - WIB_OFFSET_MS;
  return startOfWibDay + hour * HOUR_MS + minute * 60_000;
}

/** A moment in [from, to) drawn with the daily rhythm (rejection sampling on the hourly weights). */
export function sampleActivityTime(random: RandomSource, from: number, to: number): number {
  for (;;) {
    const candidate = from + Math.floor(random() * (to - from));
    if (random() * PEAK_ACTIVITY < (HOURLY_ACTIVITY_WIB[wibHour(candidate)] ?? 0)) return candidate;
  }
}

/** A standard normal draw (Box–Muller). */
function normal(random: RandomSource): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Service hours of the demo brand: Monday–Saturday 08.00–21.00 WIB. */
export function withinServiceHours(utcMs: number): boolean {
  const hour = wibHour(utcMs);
  return wibWeekday(utcMs) !== 0 && hour >= 8 && hour < 21;
}

/**
 * How long the officer took to answer a message sent at `at`: minutes during service hours
 * (log-normal, median about 12 minutes, a long tail), or the next working morning otherwise.
 */
export function replyDelayMs(random: RandomSource, at: number): number {
  if (withinServiceHours(at)) {
    const minutes = Math.min(8 * 60, Math.max(1, Math.exp(Math.log(12) + normal(random))));
    return Math.round(minutes * 60_000);
  }
  let morning = wibTimeOnDay(at, 8, randomInt(random, 0, 90));
  while (morning <= at || wibWeekday(morning) === 0) morning += DAY_MS;
  return morning - at;
}
