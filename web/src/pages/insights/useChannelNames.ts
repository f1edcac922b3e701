import { useQuery } from '@tanstack/react-query';
import { fetchChannels } from '../../api/workspaceApi';
import { queryKeys } from '../../api/queryKeys';
import type { Channel } from '../../api/types';

export function useChannels(workspaceId: string): Channel[] {
  return useQuery({ queryKey: queryKeys.channels(workspaceId), queryFn: ({ signal }) => fetchChannels(workspaceId, signal) }).data ?? [];
}

export function channelLabel(channels: readonly Channel[], channelId: string): string {
  const channel = channels.find((c) => c.id === channelId);
  return channel === undefined ? channelId : `${channel.displayName} (${channel.network})`;
}
