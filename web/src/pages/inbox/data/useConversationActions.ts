// Assign, tag, snooze, close, reopen, spam — for one conversation or many. After a change
// the list, the counts and the open thread are refetched; the live stream would do it too,
// but the officer who acted should not wait for the round trip through the server.
import { useMutation, useQueryClient, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import { bulkUpdateConversations, updateConversation } from '../../../api/conversationsApi';
import type { ConversationChanges } from '../../../api/inboxTypes';
import type { ConversationDetail, ConversationPage } from '../../../api/types';
import { queryKeys } from '../../../api/queryKeys';
import { notifySuccess } from '../../../ui/notifyApiError';
import { applyChanges } from './applyChanges';

export interface ConversationUpdate {
  conversationIds: string[];
  changes: ConversationChanges;
  /** Shown once the change is saved. */
  successMessage?: string;
}

export function useConversationActions(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ conversationIds, changes }: ConversationUpdate) => {
      if (conversationIds.length === 1 && conversationIds[0] !== undefined) {
        await updateConversation(workspaceId, conversationIds[0], changes);
        return;
      }
      await bulkUpdateConversations(workspaceId, conversationIds, changes);
    },
    onMutate: ({ conversationIds, changes }) => showChangesAtOnce(queryClient, workspaceId, conversationIds, changes),
    onSuccess: (_result, { successMessage }) => {
      if (successMessage) notifySuccess(successMessage);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.conversations(workspaceId) }),
  });
}

/** Adds a tag to many conversations, keeping each one's other tags (the bulk API sets one list for all). */
export function useAddTagToMany(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ targets, tag }: { targets: { id: string; tags: readonly string[] }[]; tag: string }) =>
      Promise.all(targets.filter(({ tags }) => !tags.includes(tag)).map(({ id, tags }) => updateConversation(workspaceId, id, { tags: [...tags, tag] }))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.conversations(workspaceId) }),
  });
}

/** Shows the change in the open thread and the list before the server confirms it. */
async function showChangesAtOnce(queryClient: QueryClient, workspaceId: string, conversationIds: string[], changes: ConversationChanges): Promise<void> {
  await queryClient.cancelQueries({ queryKey: queryKeys.conversations(workspaceId) });
  const ids = new Set(conversationIds);
  for (const id of conversationIds) {
    queryClient.setQueryData<ConversationDetail>(queryKeys.conversation(workspaceId, id), (detail) =>
      detail ? { ...detail, conversation: applyChanges(detail.conversation, changes) } : detail,
    );
  }
  queryClient.setQueriesData<InfiniteData<ConversationPage>>({ queryKey: [...queryKeys.conversations(workspaceId), 'list'] }, (list) =>
    list
      ? { ...list, pages: list.pages.map((page) => ({ ...page, items: page.items.map((item) => (ids.has(item.id) ? applyChanges(item, changes) : item)) })) }
      : list,
  );
}
