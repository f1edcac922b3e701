import { useQuery } from '@tanstack/react-query';
import { fetchChannels } from '../../api/workspaceApi';
import { queryKeys } from '../../api/queryKeys';
import type { TFunction } from 'i18next';
import type { Channel } from '../../api/types';

export function useChannels(workspaceId: string): Channel[] {
  return useQuery({ queryKey: queryKeys.channels(workspaceId), queryFn: ({ signal }) => fetchChannels(workspaceId, signal) }).data ?? [];
}

/** "Glowria Skincare (Instagram)": the network by its name in the reader's language, not its id. */
export function channelLabel(channels: readonly Channel[], channelId: string, t: TFunction): string {
  const channel = channels.find((c) => c.id === channelId);
  return channel === undefined ? channelId : `${channel.displayName} (${t(`network.${channel.network}`)})`;
}
