import { apiRequest } from './http';
import type { ApiRequestBody, ApiResponse } from './types';

// Shapes are aliases of the types generated from the OpenAPI document (generated.ts).
export type ApiTokenSummary = ApiResponse<'/api/tokens', 'get'>['items'][number];
export type ApiTokenScope = ApiTokenSummary['scope'];
export type CreatedApiToken = ApiResponse<'/api/tokens', 'post', 201>;
type NewApiToken = ApiRequestBody<'/api/tokens', 'post'>;

export async function listApiTokens(signal?: AbortSignal): Promise<ApiTokenSummary[]> {
  return (await apiRequest<ApiResponse<'/api/tokens', 'get'>>('/api/tokens', { signal })).items;
}

export function createApiToken(input: NewApiToken): Promise<CreatedApiToken> {
  return apiRequest<CreatedApiToken>('/api/tokens', { method: 'POST', body: input });
}

export async function revokeApiToken(id: string): Promise<void> {
  await apiRequest<undefined>(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
