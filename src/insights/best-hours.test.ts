import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { bestHours } from './best-hours.js';
import { nextMetricsFetch } from './metrics-schedule.js';

const jakarta = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Jakarta' }).toMillis();

describe('bestHours', () => {
  it('buckets posts by local weekday and hour in the workspace zone', () => {
    // 2024-06-03 is a Monday; 19:30 in Jakarta is 12:30 UTC.
    const result = bestHours([{ publishedAt: jakarta('2024-06-03T19:30'), engagement: 10 }], 'Asia/Jakarta', 1);
    expect(result.slots).toEqual([{ weekday: 1, hour: 19, posts: 1, meanEngagement: 10 }]);
  });

  it('does not rank a slot with fewer posts than the minimum, however high its mean', () => {
    const items = [
      { publishedAt: jakarta('2024-06-03T08:00'), engagement: 500 },
      ...[3, 10, 17].map((day) => ({ publishedAt: jakarta(`2024-06-${String(day).padStart(2, '0')}T19:00`), engagement: 20 })),
      ...[4, 11, 18].map((day) => ({ publishedAt: jakarta(`2024-06-${String(day).padStart(2, '0')}T12:00`), engagement: 5 })),
    ];
    const result = bestHours(items, 'Asia/Jakarta', 3);
    expect(result.best.map((slot) => [slot.weekday, slot.hour])).toEqual([[1, 19], [2, 12]]);
    expect(result.slots.find((slot) => slot.hour === 8)?.posts).toBe(1);
    expect(result.overallMean).toBeCloseTo((500 + 60 + 15) / 7, 0);
  });

  it('has no mean without posts', () => {
    expect(bestHours([], 'Asia/Jakarta')).toMatchObject({ slots: [], best: [], overallMean: null });
  });
});

describe('nextMetricsFetch', () => {
  const published = 1_700_000_000_000;
  it('asks every 10 minutes in the first day, hourly for a week, daily to 30 days, then stops', () => {
    expect(nextMetricsFetch(published, published + 3_600_000)).toBe(published + 3_600_000 + 600_000);
    expect(nextMetricsFetch(published, published + 2 * 86_400_000)).toBe(published + 2 * 86_400_000 + 3_600_000);
    expect(nextMetricsFetch(published, published + 10 * 86_400_000)).toBe(published + 11 * 86_400_000);
    expect(nextMetricsFetch(published, published + 31 * 86_400_000)).toBeNull();
  });
});
