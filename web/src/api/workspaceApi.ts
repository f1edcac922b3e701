import { apiRequest, withQuery } from './http';
import type { Channel, ConversationDetail, ConversationPage, ConversationStatusFilter } from './types';

const workspacePath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export async function fetchChannels(workspaceId: string, signal?: AbortSignal): Promise<Channel[]> {
  const { items } = await apiRequest<{ items: Channel[] }>(`${workspacePath(workspaceId)}/channels`, { signal });
  return items;
}

export interface ConversationListParams {
  status: ConversationStatusFilter;
  cursor?: string | null;
  limit?: number;
}

export function fetchConversations(workspaceId: string, params: ConversationListParams, signal?: AbortSignal): Promise<ConversationPage> {
  const path = withQuery(`${workspacePath(workspaceId)}/conversations`, {
    status: params.status,
    limit: params.limit ?? 50,
    cursor: params.cursor,
  });
  return apiRequest<ConversationPage>(path, { signal });
}

export function fetchConversation(workspaceId: string, conversationId: string, signal?: AbortSignal): Promise<ConversationDetail> {
  return apiRequest<ConversationDetail>(`${workspacePath(workspaceId)}/conversations/${encodeURIComponent(conversationId)}`, { signal });
}

/** URL of the workspace's Server-Sent Events stream (same origin, so the session cookie goes along). */
export function workspaceEventsUrl(workspaceId: string): string {
  return `${workspacePath(workspaceId)}/events`;
}
