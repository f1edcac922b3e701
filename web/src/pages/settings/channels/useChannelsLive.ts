import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import { useWorkspaceEvents } from '../../../live/useWorkspaceEvents';

/** While Settings → Channels is open, a channel's change of state (needs reconnect, rate limit) shows at once. */
export function useChannelsLive(workspaceId: string): void {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.channels(workspaceId) });
  useWorkspaceEvents(workspaceId, {
    onEvent: (event) => {
      if (event.type === 'channel.updated') refresh();
    },
    onResync: refresh,
  });
}
