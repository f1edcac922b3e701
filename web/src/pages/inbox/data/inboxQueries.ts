// Small reference data the inbox reads in many places; cached by react-query so every
// component asking for it shares one request.
import { useQuery } from '@tanstack/react-query';
import { fetchConversationCounts } from '../../../api/conversationsApi';
import { fetchMembers, fetchResponsePolicy, fetchSavedReplies } from '../../../api/inboxSettingsApi';
import { fetchChannels } from '../../../api/workspaceApi';
import { queryKeys } from '../../../api/queryKeys';

export function useInboxCounts(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.conversationCounts(workspaceId),
    queryFn: ({ signal }) => fetchConversationCounts(workspaceId, signal),
  });
}

export function useMembers(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.members(workspaceId),
    queryFn: ({ signal }) => fetchMembers(workspaceId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useChannels(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.channels(workspaceId),
    queryFn: ({ signal }) => fetchChannels(workspaceId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useSavedReplies(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.savedReplies(workspaceId),
    queryFn: ({ signal }) => fetchSavedReplies(workspaceId, signal),
  });
}

export function useResponsePolicy(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.responsePolicy(workspaceId),
    queryFn: ({ signal }) => fetchResponsePolicy(workspaceId, signal),
    staleTime: 5 * 60_000,
  });
}
