import { apiRequest } from './http';
import type { Channel, ConversationDetail } from './types';

export const workspacePath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export async function fetchChannels(workspaceId: string, signal?: AbortSignal): Promise<Channel[]> {
  const { items } = await apiRequest<{ items: Channel[] }>(`${workspacePath(workspaceId)}/channels`, { signal });
  return items;
}

export function fetchConversation(workspaceId: string, conversationId: string, signal?: AbortSignal): Promise<ConversationDetail> {
  return apiRequest<ConversationDetail>(`${workspacePath(workspaceId)}/conversations/${encodeURIComponent(conversationId)}`, { signal });
}

/** URL of the workspace's Server-Sent Events stream (same origin, so the session cookie goes along). */
export function workspaceEventsUrl(workspaceId: string): string {
  return `${workspacePath(workspaceId)}/events`;
}
