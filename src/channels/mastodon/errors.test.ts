// Mastodon's error answers, recorded from the documentation (api/guidelines, rate-limits) and from
// snac2 2.75 on loopback, replayed through the connector's HTTP layer.
import { describe, expect, it } from 'vitest';
import { ChannelError } from '../types.js';
import { createMastodonApi } from './api.js';
import { retryAfterFrom } from './errors.js';

interface Recorded {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const json = { 'content-type': 'application/json; charset=utf-8' };
const snacHtml = { 'content-type': 'text/html; charset=utf-8', 'x-creator': 'snac/2.75' };

const recorded = {
  revokedToken: { status: 401, headers: json, body: '{"error":"The access token is invalid"}' },
  outsideScopes: { status: 403, headers: json, body: '{"error":"This action is outside the authorized scopes"}' },
  missingStatus: { status: 404, headers: json, body: '{"error":"Record not found"}' },
  snacMissing: { status: 404, headers: snacHtml, body: '<h1>404 Not Found (snac/2.75)</h1>' },
  tooLong: { status: 422, headers: json, body: '{"error":"Validation failed: Text character limit of 500 exceeded"}' },
  rateLimited: {
    status: 429,
    headers: { ...json, 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2026-12-05T10:05:00.000Z' },
    body: '{"error":"Too many requests"}',
  },
  proxyDown: { status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
  unavailable: { status: 503, headers: json, body: '{"error":"Service Unavailable"}' },
} satisfies Record<string, Recorded>;

function replaying(answer: Recorded): typeof fetch {
  return () => Promise.resolve(new Response(answer.body, { status: answer.status, headers: answer.headers }));
}

async function codeOf(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(ChannelError);
  return error as ChannelError;
}

const api = (answer: Recorded) => createMastodonApi('https://social.example', 'token-never-shown', replaying(answer));

describe('Mastodon errors', () => {
  it.each([
    ['revokedToken', 'AUTH_REVOKED'], ['outsideScopes', 'AUTH_REVOKED'], ['missingStatus', 'NOT_FOUND'], ['snacMissing', 'NOT_FOUND'],
    ['tooLong', 'INVALID_CONTENT'], ['rateLimited', 'RATE_LIMITED'], ['proxyDown', 'TEMPORARY'], ['unavailable', 'TEMPORARY'],
  ] as const)('%s → %s', async (name, code) => {
    const error = await codeOf(api(recorded[name]).createStatus({ status: 'Halo', visibility: 'public' }, 'key-1'));
    expect(error.code).toBe(code);
    expect(error.message).not.toContain('token-never-shown');
  });

  it('keeps the server words but never the token', async () => {
    const error = await codeOf(api(recorded.tooLong).status('1'));
    expect(error.message).toContain('character limit of 500');
  });

  it('reads the ISO-8601 X-RateLimit-Reset as the wait', () => {
    const headers = new Headers(recorded.rateLimited.headers);
    expect(retryAfterFrom(headers, Date.parse('2026-12-05T10:04:00.000Z'))).toBe(60_000);
    expect(retryAfterFrom(new Headers(), 0)).toBe(60_000);
  });

  it('a lost answer to a send is UNKNOWN_OUTCOME, to a read TEMPORARY', async () => {
    const reset: typeof fetch = () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) }));
    const client = createMastodonApi('https://social.example', 't', reset);
    expect((await codeOf(client.createStatus({ status: 'Halo', visibility: 'public' }, 'k'))).code).toBe('UNKNOWN_OUTCOME');
    expect((await codeOf(client.status('1'))).code).toBe('TEMPORARY');
    const timeout: typeof fetch = () => Promise.reject(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    expect((await codeOf(createMastodonApi('https://social.example', 't', timeout).createStatus({ status: 'Halo', visibility: 'public' }, 'k'))).code).toBe('UNKNOWN_OUTCOME');
  });

  it('a refused connection sent nothing: TEMPORARY even for a send', async () => {
    const refused: typeof fetch = () => Promise.reject(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }));
    expect((await codeOf(createMastodonApi('https://social.example', 't', refused).createStatus({ status: 'Halo', visibility: 'public' }, 'k'))).code).toBe('TEMPORARY');
  });
});
