// The calendar's view, date and filters round-trip through the URL; junk falls back.
import { describe, expect, it } from 'vitest';
import { readCalendarSearch, writeCalendarSearch } from './calendarSearch';

describe('calendar URL state', () => {
  const today = '2026-12-06';

  it('round-trips view, date and filters', () => {
    const search = { view: 'week' as const, date: '2026-12-10', channels: ['c1', 'c2'], states: ['draft' as const, 'failed' as const], authors: ['u1'] };
    const params = writeCalendarSearch(search, today);
    expect(params.toString()).toBe('view=week&date=2026-12-10&channel=c1&channel=c2&state=draft&state=failed&author=u1');
    expect(readCalendarSearch(params, today)).toEqual(search);
  });

  it('keeps a plain URL for the defaults and ignores what it does not know', () => {
    expect(writeCalendarSearch({ view: 'month', date: today, channels: [], states: [], authors: [] }, today).toString()).toBe('');
    expect(readCalendarSearch(new URLSearchParams('view=year&date=2026-02-30&state=lost&state=draft&channel=&channel=a&channel=a'), today))
      .toEqual({ view: 'month', date: today, channels: ['a'], states: ['draft'], authors: [] });
  });
});
