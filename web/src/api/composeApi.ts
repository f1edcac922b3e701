// Compose (drafts, scheduling) and Settings → Brand (profile, audit) calls.
import type { BrandProfile } from '../content-guard/guard';
import { apiRequest, withQuery } from './http';
import type { ApprovalStep, AuditEntry, DraftBody, Post } from './composeTypes';
import type { ApiResponse } from './types';

const workspacePath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

// Cache keys sit under the workspace like those in queryKeys.ts, so a workspace-wide
// invalidation reaches them too; kept here to stay out of the inbox's way.
export const composeKeys = {
  brandProfile: (workspaceId: string) => ['workspaces', workspaceId, 'brand-profile'] as const,
  audit: (workspaceId: string, action: string) => ['workspaces', workspaceId, 'audit', action] as const,
  posts: (workspaceId: string) => ['workspaces', workspaceId, 'posts'] as const,
  /** Under `posts`, so every invalidation of the list reaches it too. */
  pendingPosts: (workspaceId: string) => ['workspaces', workspaceId, 'posts', 'pending-approval'] as const,
  post: (workspaceId: string, postId: string) => ['workspaces', workspaceId, 'posts', 'one', postId] as const,
  approvalSetting: (workspaceId: string) => ['workspaces', workspaceId, 'post-approval'] as const,
  approvals: (workspaceId: string, postId: string) => ['workspaces', workspaceId, 'posts', postId, 'approvals'] as const,
  composeLimits: (workspaceId: string) => ['workspaces', workspaceId, 'compose-limits'] as const,
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

/** A page of posts; `nextOffset` is where the next page starts, or null on the last one. */
export type PostPage = Omit<ApiResponse<'/api/workspaces/{workspaceId}/posts', 'get'>, 'items'> & { items: Post[] };

/** How many posts the composer's list shows at a time. */
export const postPageSize = 20;

export function fetchPostPage(workspaceId: string, offset: number, signal?: AbortSignal): Promise<PostPage> {
  return apiRequest<PostPage>(withQuery(`${workspacePath(workspaceId)}/posts`, { limit: postPageSize, offset }), { signal });
}

/** The drafts waiting for approval, from every page (the "Awaiting approval" filter). */
export async function fetchPendingApproval(workspaceId: string, signal?: AbortSignal): Promise<Post[]> {
  return (await apiRequest<PostPage>(withQuery(`${workspacePath(workspaceId)}/posts`, { approval: 'pending', limit: 200 }), { signal })).items;
}

/** Every post on the pages loaded so far (an infinite query's data), in order. */
export function postsOfPages(data: { pages: readonly PostPage[] } | undefined): Post[] {
  return data?.pages.flatMap((page) => page.items) ?? [];
}

export function fetchPost(workspaceId: string, postId: string, signal?: AbortSignal): Promise<Post> {
  return apiRequest<Post>(`${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}`, { signal });
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

const postPath = (workspaceId: string, postId: string) => `${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}`;

export async function fetchApprovalRequired(workspaceId: string, signal?: AbortSignal): Promise<boolean> {
  const { required } = await apiRequest<{ required: boolean }>(`${workspacePath(workspaceId)}/post-approval`, { signal });
  return required;
}

export async function saveApprovalRequired(workspaceId: string, required: boolean): Promise<boolean> {
  const saved = await apiRequest<{ required: boolean }>(`${workspacePath(workspaceId)}/post-approval`, { method: 'PUT', body: { required } });
  return saved.required;
}

/** Officer: send a draft to the managers, planned for this time. */
export async function submitForApproval(workspaceId: string, postId: string, plannedAt: string): Promise<Post> {
  const { post } = await apiRequest<{ post: Post }>(`${postPath(workspaceId, postId)}/submit`, { method: 'POST', body: { plannedAt } });
  return post;
}

/** Manager: approve (which schedules it); a blocking finding needs a written reason. */
export async function approvePost(workspaceId: string, postId: string, overrideReason?: string): Promise<Post> {
  const body = overrideReason === undefined ? {} : { overrideReason };
  const { post } = await apiRequest<{ post: Post }>(`${postPath(workspaceId, postId)}/approve`, { method: 'POST', body });
  return post;
}

export async function rejectPost(workspaceId: string, postId: string, comment: string): Promise<Post> {
  const { post } = await apiRequest<{ post: Post }>(`${postPath(workspaceId, postId)}/reject`, { method: 'POST', body: { comment } });
  return post;
}

export async function fetchApprovalHistory(workspaceId: string, postId: string, signal?: AbortSignal): Promise<ApprovalStep[]> {
  const { items } = await apiRequest<{ items: ApprovalStep[] }>(`${postPath(workspaceId, postId)}/approvals`, { signal });
  return items;
}

export type InstanceLimits = ApiResponse<'/api/workspaces/{workspaceId}/compose-limits', 'get'>['items'][number];

/** What each Mastodon channel's instance allows (the rest follow the limits table). */
export async function fetchComposeLimits(workspaceId: string, signal?: AbortSignal): Promise<InstanceLimits[]> {
  const { items } = await apiRequest<{ items: InstanceLimits[] }>(`${workspacePath(workspaceId)}/compose-limits`, { signal });
  return items;
}
