import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, rememberCsrfToken, withQuery } from './http';

function stubFetch(response: Response) {
  const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function sentHeaders(fetchMock: ReturnType<typeof stubFetch>): Record<string, string> {
  return (fetchMock.mock.calls[0]?.[1]?.headers ?? {}) as Record<string, string>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  rememberCsrfToken(null);
});

describe('apiRequest', () => {
  it('sends the CSRF token on writes only, with same-origin credentials', async () => {
    rememberCsrfToken('token-1');
    const write = stubFetch(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    await apiRequest('/api/me', { method: 'PATCH', body: { locale: 'id' } });
    expect(sentHeaders(write)['x-csrf-token']).toBe('token-1');
    expect(write.mock.calls[0]?.[1]?.credentials).toBe('same-origin');

    const read = stubFetch(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    await apiRequest('/api/session');
    expect(sentHeaders(read)['x-csrf-token']).toBeUndefined();
  });

  it('turns error bodies into ApiError with the server message', async () => {
    stubFetch(new Response(JSON.stringify({ statusCode: 429, error: 'Too Many Requests', message: 'Try again in 60 s.' }), { status: 429 }));
    const failure = await apiRequest('/api/auth/sign-in', { method: 'POST', body: {} }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 429, message: 'Try again in 60 s.' });
  });

  it('keeps the server\'s stable error code', async () => {
    stubFetch(new Response(JSON.stringify({ statusCode: 404, error: 'Not Found', code: 'post.not_found', message: 'Post not found.' }), { status: 404 }));
    await expect(apiRequest('/api/workspaces/w/posts/p')).rejects.toMatchObject({ status: 404, code: 'post.not_found', message: 'Post not found.' });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(apiRequest('/api/session')).rejects.toMatchObject({ status: 0 });
  });

  it('returns nothing for 204', async () => {
    stubFetch(new Response(null, { status: 204 }));
    await expect(apiRequest('/api/auth/sign-out', { method: 'POST' })).resolves.toBeUndefined();
  });
});

describe('withQuery', () => {
  it('leaves out unset parameters', () => {
    expect(withQuery('/x', { status: 'open', cursor: null, limit: 50 })).toBe('/x?status=open&limit=50');
    expect(withQuery('/x', { cursor: undefined })).toBe('/x');
  });
});
