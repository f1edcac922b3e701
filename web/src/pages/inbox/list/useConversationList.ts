import { useMemo } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { fetchConversations } from '../../api/workspaceApi';
import { queryKeys } from '../../api/queryKeys';
import type { ConversationStatusFilter, ConversationSummary } from '../../api/types';

const PAGE_SIZE = 50;

/** The inbox list, page by page (cursor), in the server's priority order. */
export function useConversationList(workspaceId: string, status: ConversationStatusFilter) {
  const query = useInfiniteQuery({
    queryKey: queryKeys.conversationList(workspaceId, status),
    queryFn: ({ pageParam, signal }) => fetchConversations(workspaceId, { status, cursor: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });

  // A conversation that moved up while later pages loaded could appear twice; keep its first place.
  const conversations = useMemo(() => {
    const seen = new Set<string>();
    const unique: ConversationSummary[] = [];
    for (const page of query.data?.pages ?? []) {
      for (const conversation of page.items) {
        if (seen.has(conversation.id)) continue;
        seen.add(conversation.id);
        unique.push(conversation);
      }
    }
    return unique;
  }, [query.data]);

  return { ...query, conversations };
}
