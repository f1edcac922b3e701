import { useMemo } from 'react';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { fetchConversationPage, type ConversationListQuery } from '../../../api/conversationsApi';
import { queryKeys } from '../../../api/queryKeys';
import type { ConversationSummary } from '../../../api/types';

const PAGE_SIZE = 50;

/** The inbox list, page by page (cursor), in the server's priority order. */
export function useConversationList(workspaceId: string, query: ConversationListQuery) {
  const list = useInfiniteQuery({
    queryKey: queryKeys.conversationList(workspaceId, query),
    queryFn: ({ pageParam, signal }) => fetchConversationPage(workspaceId, query, { cursor: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    // Typing in the search box changes the query each time; keep the old rows until the new ones arrive.
    placeholderData: keepPreviousData,
  });

  // A conversation that moved up while later pages loaded could appear twice; keep its first place.
  const conversations = useMemo(() => {
    const seen = new Set<string>();
    const unique: ConversationSummary[] = [];
    for (const page of list.data?.pages ?? []) {
      for (const conversation of page.items) {
        if (seen.has(conversation.id)) continue;
        seen.add(conversation.id);
        unique.push(conversation);
      }
    }
    return unique;
  }, [list.data]);

  return { ...list, conversations };
}

export type ConversationListState = ReturnType<typeof useConversationList>;
