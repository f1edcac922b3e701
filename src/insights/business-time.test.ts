import { describe, expect, it } from 'vitest';
import { businessDurationMs } from './business-time.js';

const weekdays = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
const zone = 'Asia/Jakarta';
const wib = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour - 7, minute);

describe('businessDurationMs', () => {
  it('counts only the open hours', () => {
    // Friday 2026-12-04 16:30 WIB to Monday 2026-12-07 09:15 WIB: 30 min + 15 min.
    expect(businessDurationMs(wib(4, 16, 30), wib(7, 9, 15), weekdays, zone)).toBe(45 * 60_000);
  });

  it('is the wall-clock time inside one open day and zero overnight', () => {
    expect(businessDurationMs(wib(1, 10), wib(1, 11, 5), weekdays, zone)).toBe(65 * 60_000);
    expect(businessDurationMs(wib(1, 18), wib(2, 8), weekdays, zone)).toBe(0);
  });
});
