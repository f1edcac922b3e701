import { useCallback, useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../api/queryKeys';
import type { PresenceEvent, TargetEventType } from '../../../live/liveEvents';
import { useWorkspaceEvents, type LiveConnectionState } from '../../../live/useWorkspaceEvents';

// A burst of follower messages (a viral post) should cause one refetch, not fifty;
// 100 ms keeps new messages well inside the one-second target.
const COALESCE_MS = 100;

interface LiveInboxHandlers {
  onPresence: (event: PresenceEvent) => void;
  onTargetWarning: (type: TargetEventType, conversationId: string) => void;
}

/** Keeps the inbox list, its counts and any open conversation fresh from the workspace's live events. */
export function useLiveInbox(workspaceId: string, handlers: LiveInboxHandlers): LiveConnectionState {
  const queryClient = useQueryClient();
  const pendingConversationIds = useRef(new Set<string>());
  const flushTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    flushTimer.current = undefined;
    const changed = [...pendingConversationIds.current];
    pendingConversationIds.current.clear();
    void queryClient.invalidateQueries({ queryKey: [...queryKeys.conversations(workspaceId), 'list'] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.conversationCounts(workspaceId) });
    for (const conversationId of changed) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversation(workspaceId, conversationId) });
    }
  }, [queryClient, workspaceId]);

  useEffect(() => () => clearTimeout(flushTimer.current), []);

  return useWorkspaceEvents(workspaceId, {
    onEvent: (event) => {
      if (event.type === 'presence') {
        handlers.onPresence(event);
        return;
      }
      if (event.type === 'channel.updated') {
        // The shell's "needs reconnect" banner and the channel filters read this list.
        void queryClient.invalidateQueries({ queryKey: queryKeys.channels(workspaceId) });
        return;
      }
      if (event.type === 'post.updated') return;
      if (event.type === 'target.due_soon' || event.type === 'target.breached') handlers.onTargetWarning(event.type, event.conversationId);
      // A target warning also changes the row's colour and the breaching count.
      pendingConversationIds.current.add(event.conversationId);
      flushTimer.current ??= setTimeout(flush, COALESCE_MS);
    },
    onResync: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversations(workspaceId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.channels(workspaceId) });
    },
  });
}
