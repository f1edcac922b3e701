import type { ApiErrorBody } from './types';

/** An HTTP error from the API, carrying the server's status, stable code (e.g. `post.not_found`) and English message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The server's stable code; the status text for answers without one, `NetworkError` when unreachable. */
    readonly code: string,
    /** The parsed error body, for answers that carry more than a message (e.g. guard findings). */
    readonly body: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// The CSRF token comes with the session (GET /api/session or sign-in) and must
// accompany every cookie-authenticated write; it lives here so every call sends it.
let csrfToken: string | null = null;

export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** Raw bytes sent as they are, with the blob's own type (uploads); instead of `body`. */
  rawBody?: Blob;
  signal?: AbortSignal;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.rawBody !== undefined) headers['content-type'] = options.rawBody.type || 'application/octet-stream';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.rawBody ?? (options.body === undefined ? null : JSON.stringify(options.body)),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    // Status 0 marks "the server could not be reached" for the error notifications.
    throw new ApiError(0, cause instanceof Error ? cause.message : 'Network error', 'NetworkError');
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  const fallback = response.statusText || `HTTP ${response.status}`;
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>;
    return new ApiError(response.status, body.message ?? fallback, body.code ?? body.error ?? fallback, body);
  } catch {
    return new ApiError(response.status, fallback, fallback);
  }
}

/** Builds a query string, leaving out parameters that are not set. */
export function withQuery(path: string, params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
