// First-response targets: how long a follower may wait for a first answer, per channel and
// intent, counted around the clock or in business hours of the workspace's timezone.
import { DateTime } from 'luxon';
import type { MessageUnderstanding } from './understanding.js';

export type TargetIntent = 'urgent' | 'complaint' | 'question' | 'purchase_intent' | 'other';

export interface ResponseTarget {
  /** A network name, or '*' for every channel. */
  network: string;
  intent: TargetIntent;
  minutes: number;
}

export interface BusinessHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** Local wall-clock times in the workspace timezone, "HH:mm". */
  start: string;
  end: string;
}

export interface ResponsePolicy {
  targets: ResponseTarget[];
  /** null: the clock runs around the clock. */
  businessHours: BusinessHours | null;
  /** Warn this share of the target before breach (0.2 = when 80% has elapsed). */
  warnBeforeShare: number;
}

export const defaultResponsePolicy: ResponsePolicy = {
  targets: [
    { network: '*', intent: 'urgent', minutes: 10 },
    { network: '*', intent: 'complaint', minutes: 30 },
    { network: '*', intent: 'question', minutes: 15 },
    { network: '*', intent: 'purchase_intent', minutes: 15 },
    // Praise and thanks deserve an answer too, but not at the pace of a question.
    { network: '*', intent: 'other', minutes: 24 * 60 },
  ],
  businessHours: null,
  warnBeforeShare: 0.2,
};

export function targetIntentOf(understanding: MessageUnderstanding | null): TargetIntent {
  if (understanding === null) return 'other';
  if (understanding.urgency === 'high') return 'urgent';
  if (understanding.intents.includes('complaint')) return 'complaint';
  if (understanding.intents.includes('question')) return 'question';
  if (understanding.intents.includes('purchase_intent')) return 'purchase_intent';
  return 'other';
}

export function targetMinutes(policy: ResponsePolicy, network: string, intent: TargetIntent): number {
  const exact = policy.targets.find((target) => target.network === network && target.intent === intent);
  const anyNetwork = policy.targets.find((target) => target.network === '*' && target.intent === intent);
  const fallback = policy.targets.find((target) => target.network === '*' && target.intent === 'other');
  return (exact ?? anyNetwork ?? fallback)?.minutes ?? 120;
}

function parseClock(hhmm: string): { hour: number; minute: number } {
  const [hour, minute] = hhmm.split(':').map(Number);
  return { hour: hour ?? 0, minute: minute ?? 0 };
}

/** Adds `minutes` of business time to an instant; outside hours the clock waits for the next opening. */
export function addBusinessMinutes(from: number, minutes: number, hours: BusinessHours, timezone: string): number {
  let cursor = DateTime.fromMillis(from, { zone: timezone });
  let remainingMs = minutes * 60_000;
  const start = parseClock(hours.start);
  const end = parseClock(hours.end);
  // At most a few weeks of days are walked; a policy with no open day falls back to the clock.
  for (let day = 0; day < 60 && remainingMs > 0; day++) {
    const open = cursor.set({ hour: start.hour, minute: start.minute, second: 0, millisecond: 0 });
    const close = cursor.set({ hour: end.hour, minute: end.minute, second: 0, millisecond: 0 });
    if (hours.days.includes(cursor.weekday) && cursor < close) {
      const effectiveStart = cursor < open ? open : cursor;
      const available = close.toMillis() - effectiveStart.toMillis();
      if (available >= remainingMs) return effectiveStart.toMillis() + remainingMs;
      remainingMs -= available;
    }
    cursor = cursor.plus({ days: 1 }).set({ hour: 0, minute: 0, second: 0, millisecond: 0 });
  }
  return remainingMs > 0 ? from + minutes * 60_000 : cursor.toMillis();
}

/** Spam gets no first-response clock: nobody should be hurried to answer it. */
export function firstResponseDue(
  receivedAt: number,
  understanding: MessageUnderstanding | null,
  options: { policy?: ResponsePolicy; network?: string; timezone?: string } = {},
): number | null {
  if (understanding?.intents.includes('spam') === true) return null;
  const policy = options.policy ?? defaultResponsePolicy;
  const minutes = targetMinutes(policy, options.network ?? '*', targetIntentOf(understanding));
  return policy.businessHours === null
    ? receivedAt + minutes * 60_000
    : addBusinessMinutes(receivedAt, minutes, policy.businessHours, options.timezone ?? 'Asia/Jakarta');
}

/** Where a waiting conversation stands against its target. */
export type TargetState = 'ok' | 'due_soon' | 'breached';

export function targetState(dueAt: number | null, awaitingSince: number | null, now: number, policy: ResponsePolicy = defaultResponsePolicy): TargetState | null {
  if (dueAt === null) return null;
  if (now >= dueAt) return 'breached';
  const total = awaitingSince === null ? 0 : dueAt - awaitingSince;
  return dueAt - now <= total * policy.warnBeforeShare ? 'due_soon' : 'ok';
}
