import { describe, expect, it } from 'vitest';
import { quickSnoozeUntil, wallClockToIso } from './snoozeTimes';

// Thursday 26 Nov 2026, 23:30 in Jakarta (UTC+7) = 16:30 UTC.
const now = new Date('2026-11-26T16:30:00Z');

describe('quickSnoozeUntil', () => {
  it('adds hours for the short choices', () => {
    expect(quickSnoozeUntil('oneHour', now, 'Asia/Jakarta')).toBe('2026-11-26T17:30:00.000Z');
    expect(quickSnoozeUntil('threeHours', now, 'Asia/Jakarta')).toBe('2026-11-26T19:30:00.000Z');
  });

  it('means tomorrow 09:00 on the workspace clock', () => {
    // Tomorrow in Jakarta is Friday 27 Nov; 09:00 WIB = 02:00 UTC.
    expect(quickSnoozeUntil('tomorrowMorning', now, 'Asia/Jakarta')).toBe('2026-11-27T02:00:00.000Z');
    // Already Friday in Jayapura (UTC+9, 01:30): tomorrow is Saturday 28 Nov, 09:00 WIT = 00:00 UTC.
    expect(quickSnoozeUntil('tomorrowMorning', now, 'Asia/Jayapura')).toBe('2026-11-28T00:00:00.000Z');
  });

  it('picks the coming Monday morning', () => {
    expect(quickSnoozeUntil('nextMonday', now, 'Asia/Jakarta')).toBe('2026-11-30T02:00:00.000Z');
    // On a Monday, next Monday is a week away.
    expect(quickSnoozeUntil('nextMonday', new Date('2026-11-30T03:00:00Z'), 'Asia/Jakarta')).toBe('2026-12-07T02:00:00.000Z');
  });
});

describe('wallClockToIso', () => {
  it('reads the picker value on the workspace clock', () => {
    expect(wallClockToIso('2026-11-27 13:15:00', 'Asia/Makassar')).toBe('2026-11-27T05:15:00.000Z');
  });
});
