// Slots are computed on the workspace clock, whatever the server's TZ and its DST changes.
import { afterEach, describe, expect, it } from 'vitest';
import { nextFreeSlot, upcomingSlotTimes } from './next-slot.js';

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe('posting slots', () => {
  it('gives 09:00 WIB on a server in America/New_York across its spring-forward change', () => {
    process.env.TZ = 'America/New_York';
    // Saturday 7 March 2026, noon UTC; New York moves its clocks on Sunday 8 March.
    const after = Date.parse('2026-03-07T12:00:00Z');
    const monday = { weekday: 1, minuteOfDay: 9 * 60 };
    expect(new Date(upcomingSlotTimes([monday], 'Asia/Jakarta', after, 1)[0] ?? 0).toISOString()).toBe('2026-03-09T02:00:00.000Z');
    // A week later, after the change, still 09:00 WIB.
    expect(new Date(upcomingSlotTimes([monday], 'Asia/Jakarta', after, 2)[1] ?? 0).toISOString()).toBe('2026-03-16T02:00:00.000Z');
  });

  it('skips times already taken and today\'s slots that have passed', () => {
    const slots = [{ weekday: 6, minuteOfDay: 10 * 60 }, { weekday: 6, minuteOfDay: 19 * 60 + 30 }];
    // Saturday 7 March 2026, 12:00 WIB: 10:00 has passed, 19:30 is taken, so next Saturday 10:00.
    const after = Date.parse('2026-03-07T05:00:00Z');
    const taken = new Set([Date.parse('2026-03-07T12:30:00Z')]);
    expect(new Date(nextFreeSlot(slots, 'Asia/Jakarta', after, taken) ?? 0).toISOString()).toBe('2026-03-14T03:00:00.000Z');
    expect(nextFreeSlot([], 'Asia/Jakarta', after, taken)).toBeNull();
  });

  it('keeps local wall time in a zone with DST (Europe/Berlin 09:00 before and after the change)', () => {
    const slots = [{ weekday: 1, minuteOfDay: 9 * 60 }];
    const [before, after] = upcomingSlotTimes(slots, 'Europe/Berlin', Date.parse('2026-03-20T00:00:00Z'), 2);
    // Berlin moves to summer time on Sunday 29 March 2026.
    expect(new Date(before ?? 0).toISOString()).toBe('2026-03-23T08:00:00.000Z');
    expect(new Date(after ?? 0).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
});
