import { apiRequest, withQuery } from './http';
import type { ApiRequestBody, ApiResponse, Network } from './types';
import { workspacePath } from './workspaceApi';

// Saved searches and what they found: shapes are aliases of the generated OpenAPI types
// (generated.ts), with `network` narrowed to the values the web knows.
type SearchesPath = '/api/workspaces/{workspaceId}/listening/searches';
type GeneratedSearches = ApiResponse<SearchesPath, 'get'>;
type GeneratedPost = ApiResponse<'/api/workspaces/{workspaceId}/listening/posts', 'get'>['items'][number];
type WithNetwork<T extends { network: string }> = Omit<T, 'network'> & { network: Network };

export type SearchChannel = WithNetwork<GeneratedSearches['channels'][number]>;
export type SavedSearch = Omit<GeneratedSearches['items'][number], 'channel'> & { channel: SearchChannel };
export type ListeningPost = Omit<GeneratedPost, 'channel'> & { channel: WithNetwork<GeneratedPost['channel']> };
type AddSearchBody = ApiRequestBody<SearchesPath, 'post'>;
type ToConversationResult = ApiResponse<'/api/workspaces/{workspaceId}/listening/posts/{postId}/conversation', 'post'>;

export interface PostFilter {
  searchId?: string | undefined;
  sentiment?: string | undefined;
  channelId?: string | undefined;
}

export type ListeningSummary = ApiResponse<'/api/workspaces/{workspaceId}/listening/summary', 'get'>;

const base = (workspaceId: string) => `${workspacePath(workspaceId)}/listening`;

export const listeningApi = {
  searches: (workspaceId: string) => apiRequest<{ items: SavedSearch[]; channels: SearchChannel[] }>(`${base(workspaceId)}/searches`),
  addSearch: (workspaceId: string, body: AddSearchBody) => apiRequest<SavedSearch>(`${base(workspaceId)}/searches`, { method: 'POST', body }),
  removeSearch: (workspaceId: string, searchId: string) => apiRequest<undefined>(`${base(workspaceId)}/searches/${encodeURIComponent(searchId)}`, { method: 'DELETE' }),
  posts: (workspaceId: string, filter: PostFilter, cursor: string | null) =>
    apiRequest<{ items: ListeningPost[]; nextCursor: string | null }>(withQuery(`${base(workspaceId)}/posts`, { ...filter, cursor, limit: 30 })),
  toConversation: (workspaceId: string, postId: string) =>
    apiRequest<ToConversationResult>(`${base(workspaceId)}/posts/${encodeURIComponent(postId)}/conversation`, { method: 'POST' }),
  summary: (workspaceId: string) => apiRequest<ListeningSummary>(`${base(workspaceId)}/summary`),
};
