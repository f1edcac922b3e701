// Saved replies, workspace members (for assigning) and first-response targets.
import { apiRequest } from './http';
import { workspacePath } from './workspaceApi';
import type { Member, ResponsePolicy, SavedReply, SavedReplyInput } from './inboxTypes';

export async function fetchSavedReplies(workspaceId: string, signal?: AbortSignal): Promise<SavedReply[]> {
  const { items } = await apiRequest<{ items: SavedReply[] }>(`${workspacePath(workspaceId)}/saved-replies`, { signal });
  return items;
}

export function createSavedReply(workspaceId: string, input: SavedReplyInput): Promise<SavedReply> {
  return apiRequest<SavedReply>(`${workspacePath(workspaceId)}/saved-replies`, { method: 'POST', body: input });
}

export function updateSavedReply(workspaceId: string, savedReplyId: string, input: SavedReplyInput): Promise<SavedReply> {
  return apiRequest<SavedReply>(`${workspacePath(workspaceId)}/saved-replies/${encodeURIComponent(savedReplyId)}`, { method: 'PUT', body: input });
}

export async function deleteSavedReply(workspaceId: string, savedReplyId: string): Promise<void> {
  await apiRequest<undefined>(`${workspacePath(workspaceId)}/saved-replies/${encodeURIComponent(savedReplyId)}`, { method: 'DELETE' });
}

export async function fetchMembers(workspaceId: string, signal?: AbortSignal): Promise<Member[]> {
  const { items } = await apiRequest<{ items: Member[] }>(`${workspacePath(workspaceId)}/members`, { signal });
  return items;
}

export interface ResponsePolicySettings {
  timezone: string;
  policy: ResponsePolicy;
}

export function fetchResponsePolicy(workspaceId: string, signal?: AbortSignal): Promise<ResponsePolicySettings> {
  return apiRequest<ResponsePolicySettings>(`${workspacePath(workspaceId)}/settings/response-policy`, { signal });
}

export async function saveResponsePolicy(workspaceId: string, policy: ResponsePolicy): Promise<void> {
  await apiRequest<undefined>(`${workspacePath(workspaceId)}/settings/response-policy`, { method: 'PUT', body: policy });
}
