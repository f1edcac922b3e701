import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { InsightsFilter } from '../../api/insightsApi';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** The date range and channel live in the URL, so a reload or a shared link shows the same view. */
export function useInsightsFilter(): { filter: InsightsFilter; search: string; update: (change: Partial<Record<keyof InsightsFilter, string | null>>) => void } {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const channelId = params.get('channel') ?? '';
  const filter = useMemo<InsightsFilter>(() => ({
    ...(datePattern.test(from) ? { from } : {}),
    ...(datePattern.test(to) ? { to } : {}),
    ...(channelId === '' ? {} : { channelId }),
  }), [from, to, channelId]);
  const update = useCallback((change: Partial<Record<keyof InsightsFilter, string | null>>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(change)) {
        const name = key === 'channelId' ? 'channel' : key;
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
      }
      return next;
    }, { replace: true });
  }, [setParams]);
  const search = params.toString();
  return { filter, search: search === '' ? '' : `?${search}`, update };
}
