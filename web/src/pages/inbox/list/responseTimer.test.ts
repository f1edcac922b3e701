import { describe, expect, it } from 'vitest';
import { formatCountdown, readTimer, type TimerInput } from './responseTimer';

const now = Date.parse('2026-11-26T10:00:00Z');
const waiting = (overrides: Partial<TimerInput>): TimerInput => ({
  unanswered: true,
  awaitingSince: '2026-11-26T09:50:00Z',
  firstResponseDueAt: '2026-11-26T10:05:00Z',
  firstRespondedAt: null,
  ...overrides,
});

describe('readTimer', () => {
  it('counts down while more than the warning share is left', () => {
    expect(readTimer(waiting({}), now)).toEqual({ state: 'ok', ms: 5 * 60_000 });
  });

  it('turns due soon inside the last fifth of the target time (the server rule)', () => {
    // 15-minute target, 3 minutes left = exactly 20 %.
    expect(readTimer(waiting({ firstResponseDueAt: '2026-11-26T10:03:00Z', awaitingSince: '2026-11-26T09:48:00Z' }), now)?.state).toBe('due_soon');
    expect(readTimer(waiting({ firstResponseDueAt: '2026-11-26T10:03:00Z', awaitingSince: '2026-11-26T09:48:00Z' }), now, 0.1)?.state).toBe('ok');
  });

  it('counts up past the target once breached', () => {
    expect(readTimer(waiting({ firstResponseDueAt: '2026-11-26T09:58:30Z' }), now)).toEqual({ state: 'breached', ms: 90_000 });
  });

  it('stops once answered, and shows nothing without a target', () => {
    expect(readTimer(waiting({ unanswered: false, firstRespondedAt: '2026-11-26T09:55:00Z' }), now)).toEqual({ state: 'answered', ms: 0 });
    expect(readTimer(waiting({ unanswered: false }), now)).toBeNull();
    expect(readTimer(waiting({ firstResponseDueAt: null }), now)).toBeNull();
  });
});

describe('formatCountdown', () => {
  it('reads as a clock, then in days', () => {
    expect(formatCountdown(9_400)).toEqual({ kind: 'clock', text: '0:09' });
    expect(formatCountdown(4 * 60_000 + 9_000)).toEqual({ kind: 'clock', text: '4:09' });
    expect(formatCountdown(3_723_000)).toEqual({ kind: 'clock', text: '1:02:03' });
    expect(formatCountdown(50 * 3_600_000)).toEqual({ kind: 'days', days: 2 });
    expect(formatCountdown(-5)).toEqual({ kind: 'clock', text: '0:00' });
  });
});
