import { apiRequest, withQuery } from './http';
import type { Network } from './types';
import { workspacePath } from './workspaceApi';

export interface SearchChannel { id: string; network: Network; handle: string }

export interface SavedSearch {
  id: string;
  query: string;
  channel: SearchChannel;
  createdAt: string;
  lastRunAt: string | null;
  nextRunAt: string | null;
  failures: number;
  lastError: string | null;
}

export interface ListeningPost {
  id: string;
  searchId: string;
  query: string;
  channel: { id: string; network: Network };
  author: { networkId: string; handle: string; name: string };
  text: string;
  url: string | null;
  sentAt: string;
  foundAt: string;
  sentiment: string | null;
  emotion: string | null;
  intents: string[];
  language: string | null;
  conversationId: string | null;
}

export interface PostFilter {
  searchId?: string | undefined;
  sentiment?: string | undefined;
  channelId?: string | undefined;
}

export interface ListeningSummary { total: number; sentiment: Record<string, number>; emotion: Record<string, number>; alarm: number }

const base = (workspaceId: string) => `${workspacePath(workspaceId)}/listening`;

export const listeningApi = {
  searches: (workspaceId: string) => apiRequest<{ items: SavedSearch[]; channels: SearchChannel[] }>(`${base(workspaceId)}/searches`),
  addSearch: (workspaceId: string, body: { channelId: string; query: string }) => apiRequest<SavedSearch>(`${base(workspaceId)}/searches`, { method: 'POST', body }),
  removeSearch: (workspaceId: string, searchId: string) => apiRequest<undefined>(`${base(workspaceId)}/searches/${encodeURIComponent(searchId)}`, { method: 'DELETE' }),
  posts: (workspaceId: string, filter: PostFilter, cursor: string | null) =>
    apiRequest<{ items: ListeningPost[]; nextCursor: string | null }>(withQuery(`${base(workspaceId)}/posts`, { ...filter, cursor, limit: 30 })),
  toConversation: (workspaceId: string, postId: string) =>
    apiRequest<{ conversationId: string; created: boolean }>(`${base(workspaceId)}/posts/${encodeURIComponent(postId)}/conversation`, { method: 'POST' }),
  summary: (workspaceId: string) => apiRequest<ListeningSummary>(`${base(workspaceId)}/summary`),
};
