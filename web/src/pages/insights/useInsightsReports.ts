import { useQuery } from '@tanstack/react-query';
import { insightsApi, type InsightsFilter } from '../../api/insightsApi';

/** The reports every Insights view shows, keyed by the filter in the URL. */
export function useInsightsReports(workspaceId: string, filter: InsightsFilter) {
  const key = ['workspaces', workspaceId, 'insights'] as const;
  const proximity = useQuery({ queryKey: [...key, 'proximity', filter], queryFn: () => insightsApi.proximity(workspaceId, filter) });
  const backlog = useQuery({ queryKey: [...key, 'backlog', filter], queryFn: () => insightsApi.backlog(workspaceId, filter) });
  const emotion = useQuery({ queryKey: [...key, 'emotion', filter], queryFn: () => insightsApi.emotion(workspaceId, filter) });
  const loyalty = useQuery({ queryKey: [...key, 'loyalty', filter], queryFn: () => insightsApi.loyalty(workspaceId, filter) });
  const trust = useQuery({ queryKey: [...key, 'trust', filter], queryFn: () => insightsApi.trust(workspaceId, filter) });
  const engagement = useQuery({ queryKey: [...key, 'engagement', filter], queryFn: () => insightsApi.engagement(workspaceId, filter) });
  return {
    proximity: proximity.data, backlog: backlog.data, emotion: emotion.data, loyalty: loyalty.data, trust: trust.data, engagement: engagement.data,
    error: proximity.error ?? backlog.error ?? emotion.error ?? loyalty.error ?? trust.error ?? engagement.error,
  };
}
