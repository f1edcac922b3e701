// Calendar, posting slots and CSV import calls. Cache keys sit under the workspace like those in
// queryKeys.ts, so a workspace-wide invalidation reaches them too.
import { apiRequest } from './http';
import type { Post } from './composeTypes';
import type { ApiRequestBody, ApiResponse } from './types';

const workspacePath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;
const postPath = (workspaceId: string, postId: string) => `${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}`;

export const calendarStates = ['draft', 'pending_approval', 'rejected', 'scheduled', 'publishing', 'published', 'failed'] as const;
export type CalendarState = typeof calendarStates[number];

// Shapes are aliases of the types generated from the OpenAPI document (generated.ts).
type ImportPreview = ApiResponse<'/api/workspaces/{workspaceId}/posts/import/preview', 'post'>;
type SlotsPath = '/api/workspaces/{workspaceId}/posting-slots';
type GeneratedCalendarItem = ApiResponse<'/api/workspaces/{workspaceId}/calendar', 'get'>['items'][number];
export type CalendarItem = Omit<GeneratedCalendarItem, 'state'> & { state: CalendarState };
export interface CalendarQuery { from: string; to: string; channelIds: string[]; states: string[]; authorIds: string[] }
export type PostingSlot = ApiResponse<SlotsPath, 'get'>['items'][number];
export type ImportPreviewRow = ImportPreview['rows'][number];
export type RowError = ImportPreviewRow['errors'][number];
export type ImportResult = ApiResponse<'/api/workspaces/{workspaceId}/posts/import', 'post'>;

export const calendarKeys = {
  all: (workspaceId: string) => ['workspaces', workspaceId, 'calendar'] as const,
  range: (workspaceId: string, query: CalendarQuery) => ['workspaces', workspaceId, 'calendar', query] as const,
  slots: (workspaceId: string) => ['workspaces', workspaceId, 'posting-slots'] as const,
};

export async function fetchCalendar(workspaceId: string, query: CalendarQuery, signal?: AbortSignal): Promise<CalendarItem[]> {
  const search = new URLSearchParams({ from: query.from, to: query.to });
  for (const id of query.channelIds) search.append('channelId', id);
  for (const state of query.states) search.append('state', state);
  for (const id of query.authorIds) search.append('authorId', id);
  const { items } = await apiRequest<{ items: CalendarItem[] }>(`${workspacePath(workspaceId)}/calendar?${search.toString()}`, { signal });
  return items;
}

export function movePost(workspaceId: string, postId: string, at: string): Promise<Post> {
  return apiRequest<Post>(`${postPath(workspaceId, postId)}/move`, { method: 'POST', body: { at } });
}

export function duplicatePost(workspaceId: string, postId: string): Promise<Post> {
  return apiRequest<Post>(`${postPath(workspaceId, postId)}/duplicate`, { method: 'POST' });
}

export function scheduleAtNextSlot(workspaceId: string, postId: string): Promise<Post> {
  return apiRequest<Post>(`${postPath(workspaceId, postId)}/next-slot`, { method: 'POST' });
}

export async function fetchPostingSlots(workspaceId: string, signal?: AbortSignal): Promise<PostingSlot[]> {
  const { items } = await apiRequest<{ items: PostingSlot[] }>(`${workspacePath(workspaceId)}/posting-slots`, { signal });
  return items;
}

export function addPostingSlot(workspaceId: string, slot: ApiRequestBody<SlotsPath, 'post'>): Promise<PostingSlot> {
  return apiRequest<PostingSlot>(`${workspacePath(workspaceId)}/posting-slots`, { method: 'POST', body: slot });
}

export function deletePostingSlot(workspaceId: string, slotId: string): Promise<void> {
  return apiRequest<undefined>(`${workspacePath(workspaceId)}/posting-slots/${encodeURIComponent(slotId)}`, { method: 'DELETE' });
}

export async function previewImport(workspaceId: string, csv: string): Promise<ImportPreviewRow[]> {
  const { rows } = await apiRequest<ImportPreview>(`${workspacePath(workspaceId)}/posts/import/preview`, { method: 'POST', body: { csv } });
  return rows;
}

export function runImport(workspaceId: string, csv: string): Promise<ImportResult> {
  return apiRequest<ImportResult>(`${workspacePath(workspaceId)}/posts/import`, { method: 'POST', body: { csv } });
}
