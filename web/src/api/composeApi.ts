// Compose (drafts, scheduling) and Settings → Brand (profile, audit) calls.
import type { BrandProfile } from '../content-guard/guard';
import { apiRequest, withQuery } from './http';
import type { AuditEntry, DraftBody, Post } from './composeTypes';

const workspacePath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

// Cache keys sit under the workspace like those in queryKeys.ts, so a workspace-wide
// invalidation reaches them too; kept here to stay out of the inbox's way.
export const composeKeys = {
  brandProfile: (workspaceId: string) => ['workspaces', workspaceId, 'brand-profile'] as const,
  audit: (workspaceId: string, action: string) => ['workspaces', workspaceId, 'audit', action] as const,
  posts: (workspaceId: string) => ['workspaces', workspaceId, 'posts'] as const,
};

export async function fetchBrandProfile(workspaceId: string, signal?: AbortSignal): Promise<BrandProfile> {
  const { profile } = await apiRequest<{ profile: BrandProfile }>(`${workspacePath(workspaceId)}/brand-profile`, { signal });
  return profile;
}

export async function saveBrandProfile(workspaceId: string, profile: BrandProfile): Promise<BrandProfile> {
  const saved = await apiRequest<{ profile: BrandProfile }>(`${workspacePath(workspaceId)}/brand-profile`, { method: 'PUT', body: profile });
  return saved.profile;
}

export async function fetchAudit(workspaceId: string, action: string, limit: number, signal?: AbortSignal): Promise<AuditEntry[]> {
  const { items } = await apiRequest<{ items: AuditEntry[] }>(withQuery(`${workspacePath(workspaceId)}/audit`, { action, limit }), { signal });
  return items;
}

export async function fetchPosts(workspaceId: string, signal?: AbortSignal): Promise<Post[]> {
  const { items } = await apiRequest<{ items: Post[] }>(withQuery(`${workspacePath(workspaceId)}/posts`, { limit: 50 }), { signal });
  return items;
}

export function saveDraft(workspaceId: string, postId: string | null, body: DraftBody): Promise<Post> {
  return postId === null
    ? apiRequest<Post>(`${workspacePath(workspaceId)}/posts`, { method: 'POST', body })
    : apiRequest<Post>(`${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}`, { method: 'PUT', body });
}

export function deleteDraft(workspaceId: string, postId: string): Promise<void> {
  return apiRequest<undefined>(`${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}`, { method: 'DELETE' });
}

export function schedulePost(workspaceId: string, postId: string, scheduledAt: string, overrideReason?: string): Promise<Post> {
  return apiRequest<Post>(`${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}/schedule`, {
    method: 'POST',
    body: { scheduledAt, ...(overrideReason === undefined ? {} : { overrideReason }) },
  });
}

export function unschedulePost(workspaceId: string, postId: string): Promise<Post> {
  return apiRequest<Post>(`${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}/unschedule`, { method: 'POST' });
}
