// Calendar days on the workspace clock, whatever zone the browser runs in.
import { describe, expect, it } from 'vitest';
import { dateForKey, dayOf, monthWeeks, movedInstant, rangeOf, stepDate, todayIn, weekDays } from './calendarGrid';

describe('calendar grid', () => {
  it('covers a month in whole Monday–Sunday weeks', () => {
    const weeks = monthWeeks('2026-12-15');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe('2026-11-30');
    expect(weeks[4]?.[6]).toBe('2027-01-03');
    expect(weekDays('2026-12-06')).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
  });

  it('reads days and ranges on the workspace clock (WIB is UTC+7)', () => {
    expect(rangeOf(['2026-12-07', '2026-12-13'], 'Asia/Jakarta')).toEqual({ from: '2026-12-06T17:00:00.000Z', to: '2026-12-13T17:00:00.000Z' });
    // 20:30 UTC on the 7th is already 03:30 on the 8th in Jakarta, and still the 7th in New York.
    expect(dayOf('2026-12-07T20:30:00.000Z', 'Asia/Jakarta')).toBe('2026-12-08');
    expect(dayOf('2026-12-07T20:30:00.000Z', 'America/New_York')).toBe('2026-12-07');
    expect(todayIn(Date.parse('2026-12-05T23:40:00Z'), 'Asia/Jakarta')).toBe('2026-12-06');
  });

  it('moves a post to another day keeping its workspace time, or to another hour', () => {
    expect(movedInstant('2026-12-07T02:15:00.000Z', '2026-12-10', 'Asia/Jakarta')).toBe('2026-12-10T02:15:00.000Z');
    expect(movedInstant('2026-12-07T02:15:00.000Z', '2026-12-10', 'Asia/Jakarta', 14)).toBe('2026-12-10T07:15:00.000Z');
    // Across a DST change in New York: 09:00 local stays 09:00 local.
    expect(movedInstant('2026-03-06T14:00:00.000Z', '2026-03-09', 'America/New_York')).toBe('2026-03-09T13:00:00.000Z');
  });

  it('steps by week or month and follows the arrow keys', () => {
    expect(stepDate('2026-12-31', 'month', 1)).toBe('2027-01-01');
    expect(stepDate('2026-12-03', 'week', -1)).toBe('2026-11-26');
    expect(dateForKey('2026-12-31', 'ArrowRight')).toBe('2027-01-01');
    expect(dateForKey('2026-12-03', 'ArrowUp')).toBe('2026-11-26');
    expect(dateForKey('2026-12-03', 'Enter')).toBeNull();
  });
});
