// The first-response clock of one conversation, as the officer sees it tick. The server
// decides the due time (targets, business hours); this only counts down to it.

export type TimerState = 'ok' | 'due_soon' | 'breached' | 'answered';

export interface TimerInput {
  unanswered: boolean;
  firstResponseDueAt: string | null;
  awaitingSince: string | null;
  firstRespondedAt: string | null;
}

export interface TimerReading {
  state: TimerState;
  /** Time left (ok, due_soon) or past the target (breached); 0 once answered. */
  ms: number;
}

/** The server's default: warn when a fifth of the target time is left. */
export const DEFAULT_WARN_BEFORE_SHARE = 0.2;

export function readTimer(input: TimerInput, now: number, warnBeforeShare = DEFAULT_WARN_BEFORE_SHARE): TimerReading | null {
  if (!input.unanswered) return input.firstRespondedAt === null ? null : { state: 'answered', ms: 0 };
  if (input.firstResponseDueAt === null) return null;
  const dueAt = Date.parse(input.firstResponseDueAt);
  const left = dueAt - now;
  if (left <= 0) return { state: 'breached', ms: -left };
  // Same rule as the server's targetState, so the colour changes when its warning fires.
  const total = input.awaitingSince === null ? 0 : dueAt - Date.parse(input.awaitingSince);
  return { state: left <= total * warnBeforeShare ? 'due_soon' : 'ok', ms: left };
}

export type Countdown = { kind: 'clock'; text: string } | { kind: 'days'; days: number };

const pad = (value: number) => String(value).padStart(2, '0');

/** "4:09", "1:02:03"; past two days a clock stops being useful, so whole days. */
export function formatCountdown(ms: number): Countdown {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  if (hours >= 48) return { kind: 'days', days: Math.floor(hours / 24) };
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return { kind: 'clock', text: hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}` };
}
