// Calendar, posting slots and CSV import calls. Cache keys sit under the workspace like those in
// queryKeys.ts, so a workspace-wide invalidation reaches them too.
import { apiRequest } from './http';
import type { Post } from './composeTypes';

const workspacePath = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;
const postPath = (workspaceId: string, postId: string) => `${workspacePath(workspaceId)}/posts/${encodeURIComponent(postId)}`;

export const calendarStates = ['draft', 'pending_approval', 'rejected', 'scheduled', 'publishing', 'published', 'failed'] as const;
export type CalendarState = typeof calendarStates[number];

export interface CalendarItem {
  id: string;
  state: CalendarState;
  text: string;
  at: string;
  author: { id: string; name: string | null } | null;
  rejection: { comment: string; at: string } | null;
  variants: Array<{ id: string; channel: { id: string; network: string; handle: string }; state: string; error: string | null; networkUrl: string | null }>;
}

export interface CalendarQuery { from: string; to: string; channelIds: string[]; states: string[]; authorIds: string[] }
export interface PostingSlot { id: string; channelId: string; weekday: number; minuteOfDay: number }
export interface RowError { code: string; field: string; message: string; value?: string }
export interface ImportPreviewRow { row: number; text: string; at: string | null; imageUrl: string | null; channels: Array<{ id: string; network: string; handle: string }>; errors: RowError[] }
export interface ImportResult { alreadyImported: boolean; imported: number; rows: Array<{ row: number; postId: string | null; errors: RowError[] }> }

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

export function addPostingSlot(workspaceId: string, slot: Omit<PostingSlot, 'id'>): Promise<PostingSlot> {
  return apiRequest<PostingSlot>(`${workspacePath(workspaceId)}/posting-slots`, { method: 'POST', body: slot });
}

export function deletePostingSlot(workspaceId: string, slotId: string): Promise<void> {
  return apiRequest<undefined>(`${workspacePath(workspaceId)}/posting-slots/${encodeURIComponent(slotId)}`, { method: 'DELETE' });
}

export async function previewImport(workspaceId: string, csv: string): Promise<ImportPreviewRow[]> {
  const { rows } = await apiRequest<{ rows: ImportPreviewRow[] }>(`${workspacePath(workspaceId)}/posts/import/preview`, { method: 'POST', body: { csv } });
  return rows;
}

export function runImport(workspaceId: string, csv: string): Promise<ImportResult> {
  return apiRequest<ImportResult>(`${workspacePath(workspaceId)}/posts/import`, { method: 'POST', body: { csv } });
}
