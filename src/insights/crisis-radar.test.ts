import { describe, expect, it } from 'vitest';
import { expectedShare, judgeWindow, type HourCounts } from './crisis-radar.js';
import { hourMs } from './time-buckets.js';

const zone = 'Asia/Jakarta';
// 2026-11-30 (a Monday) 10:00 WIB
const now = Date.UTC(2026, 10, 30, 3, 0, 0);

function history(days: number, shareAt: (localHour: number) => number, perHour = 40): HourCounts[] {
  const rows: HourCounts[] = [];
  for (let at = now - days * 24 * hourMs; at < now - hourMs; at += hourMs) {
    const localHour = (new Date(at).getUTCHours() + 7) % 24;
    rows.push({ hourAt: at, total: perHour, alarm: Math.round(perHour * shareAt(localHour)) });
  }
  return rows;
}

describe('expectedShare', () => {
  it('knows the hour of day: a grumpy evening does not make the morning grumpy', () => {
    const rows = history(7, (hour) => (hour >= 19 && hour <= 22 ? 0.5 : 0.1));
    expect(expectedShare(rows, now, zone)).toBeCloseTo(0.1, 1);
    expect(expectedShare(rows, now + 10 * hourMs, zone)).toBeGreaterThan(0.35);
  });

  it('knows the weekday once two weeks are known', () => {
    const mondays = history(21, () => 0.1).map((row) => ({ ...row, alarm: new Date(row.hourAt + 7 * hourMs).getUTCDay() === 1 ? 16 : 4 }));
    expect(expectedShare(mondays, now, zone)).toBeGreaterThan(0.25);
  });

  it('falls back to the floor without history', () => {
    expect(expectedShare([], now, zone)).toBe(0.02);
  });
});

describe('judgeWindow', () => {
  it('alerts on a storm and stays quiet on a busy but ordinary window', () => {
    expect(judgeWindow({ alarm: 30, total: 40 }, 0.2).alert).toBe(true);
    expect(judgeWindow({ alarm: 25, total: 100 }, 0.2).alert).toBe(false);
  });

  it('needs a minimum count however unusual the share', () => {
    expect(judgeWindow({ alarm: 5, total: 5 }, 0.05).alert).toBe(false);
  });
});
