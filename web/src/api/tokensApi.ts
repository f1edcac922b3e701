import { apiRequest } from './http';

export type ApiTokenScope = 'read' | 'full';

export interface ApiTokenSummary {
  id: string;
  name: string;
  scope: ApiTokenScope;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  token: string;
  expiresAt: string;
}

export async function listApiTokens(signal?: AbortSignal): Promise<ApiTokenSummary[]> {
  return (await apiRequest<{ items: ApiTokenSummary[] }>('/api/tokens', { signal })).items;
}

export function createApiToken(input: { name: string; scope: ApiTokenScope; expiresInDays: number }): Promise<CreatedApiToken> {
  return apiRequest<CreatedApiToken>('/api/tokens', { method: 'POST', body: input });
}

export async function revokeApiToken(id: string): Promise<void> {
  await apiRequest<undefined>(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
