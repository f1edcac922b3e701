// POST /api/v2/media as documented (docs.joinmastodon.org/methods/media): multipart `file` and
// `description` (the alt text); 200 when processed, 202 with `url: null` while still processing,
// then GET /api/v1/media/:id until it has a url. Answered by a stub fetch, no server.
import { describe, expect, it } from 'vitest';
import { createMastodonApi } from './api.js';

describe('mastodon media upload', () => {
  it('sends the bytes and alt text as multipart, and waits out a 202 until the attachment has a url', async () => {
    const seen: { method: string; path: string; file?: Blob; description?: string }[] = [];
    let reads = 0;
    const fetchStub = (async (input: URL, init: RequestInit = {}) => {
      const form = init.body instanceof FormData ? init.body : undefined;
      const file = form?.get('file');
      const description = form?.get('description');
      seen.push({ method: init.method ?? 'GET', path: input.pathname, ...(file instanceof Blob ? { file } : {}), ...(typeof description === 'string' ? { description } : {}) });
      if (input.pathname === '/api/v2/media') return new Response(JSON.stringify({ id: '42', type: 'image', url: null, description }), { status: 202 });
      reads += 1;
      return new Response(JSON.stringify({ id: '42', type: 'image', url: reads < 2 ? null : 'https://files.example/42.png' }), { status: 200 });
    }) as typeof fetch;
    const api = createMastodonApi('https://mastodon.example', 'token', fetchStub);
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(await api.uploadMedia({ bytes, contentType: 'image/png', description: 'Botol serum' })).toEqual({ id: '42' });
    expect(seen.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /api/v2/media', 'GET /api/v1/media/42', 'GET /api/v1/media/42']);
    expect(seen[0]?.description).toBe('Botol serum');
    expect(seen[0]?.file?.type).toBe('image/png');
    expect(new Uint8Array(await (seen[0]?.file as Blob).arrayBuffer())).toEqual(bytes);
  });
});
