// The inbox's conversation endpoints: the filtered list, counts, actions, notes, replies,
// presence and suggestions (src/server/routes/conversations).
import { apiRequest, withQuery } from './http';
import { workspacePath } from './workspaceApi';
import type { ApiRequestBody, ConversationPage } from './types';
import type {
  BulkUpdateResult, ConversationChanges, ConversationCounts, PresenceState, ReplyQueued, ReplySuggestion,
} from './inboxTypes';

const conversationPath = (workspaceId: string, conversationId: string) =>
  `${workspacePath(workspaceId)}/conversations/${encodeURIComponent(conversationId)}`;

/** Query parameters of GET conversations, already validated; unset ones are left out. */
export type ConversationListQuery = Record<string, string | undefined>;

export function fetchConversationPage(
  workspaceId: string,
  query: ConversationListQuery,
  page: { cursor: string | null; limit: number },
  signal?: AbortSignal,
): Promise<ConversationPage> {
  const path = withQuery(`${workspacePath(workspaceId)}/conversations`, { ...query, limit: page.limit, cursor: page.cursor });
  return apiRequest<ConversationPage>(path, { signal });
}

export function fetchConversationCounts(workspaceId: string, signal?: AbortSignal): Promise<ConversationCounts> {
  return apiRequest<ConversationCounts>(`${workspacePath(workspaceId)}/conversations/counts`, { signal });
}

export async function updateConversation(workspaceId: string, conversationId: string, changes: ConversationChanges): Promise<void> {
  await apiRequest<undefined>(conversationPath(workspaceId, conversationId), { method: 'PATCH', body: changes });
}

export function bulkUpdateConversations(workspaceId: string, conversationIds: string[], changes: ConversationChanges): Promise<BulkUpdateResult> {
  return apiRequest<BulkUpdateResult>(`${workspacePath(workspaceId)}/conversations/bulk`, { method: 'POST', body: { conversationIds, changes } });
}

export function addConversationNote(workspaceId: string, conversationId: string, text: string): Promise<{ id: string }> {
  return apiRequest<{ id: string }>(`${conversationPath(workspaceId, conversationId)}/notes`, { method: 'POST', body: { text } });
}

export type ReplyRequest = ApiRequestBody<'/api/workspaces/{workspaceId}/conversations/{conversationId}/replies', 'post'>;

/** 202 queued, 200 duplicate; 422 (guard) and 409 (pacing) come back as ApiError with their body. */
export function sendReply(workspaceId: string, conversationId: string, reply: ReplyRequest): Promise<ReplyQueued> {
  return apiRequest<ReplyQueued>(`${conversationPath(workspaceId, conversationId)}/replies`, { method: 'POST', body: reply });
}

export async function sendPresence(workspaceId: string, conversationId: string, state: PresenceState): Promise<void> {
  await apiRequest<undefined>(`${conversationPath(workspaceId, conversationId)}/presence`, { method: 'POST', body: { state } });
}

export async function fetchReplySuggestions(workspaceId: string, conversationId: string, signal?: AbortSignal): Promise<ReplySuggestion[]> {
  const { items } = await apiRequest<{ items: ReplySuggestion[] }>(`${conversationPath(workspaceId, conversationId)}/suggestions`, { signal });
  return items;
}

export async function markReplyGood(workspaceId: string, conversationId: string, messageId: string, good: boolean): Promise<void> {
  await apiRequest<undefined>(`${conversationPath(workspaceId, conversationId)}/messages/${encodeURIComponent(messageId)}/good`, { method: 'PUT', body: { good } });
}
