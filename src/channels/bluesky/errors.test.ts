// Recorded XRPC error responses (status, headers, body) from the local PDS/AppView
// (@atproto/dev-env 0.3.215, pds 0.4.217, bsky 0.0.221) and, for 429, from xrpc-server's
// rate limiter (packages/xrpc-server/src/rate-limiter.ts: RateLimit-* headers, reset in epoch
// seconds). Each is served through @atproto/api's own Agent so the error object is the real one.
import { Agent } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { ChannelError } from '../types.js';
import { toChannelError } from './errors.js';

interface Recorded {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

const NOW = Date.UTC(2026, 11, 5, 9, 30);

const RECORDED = {
  expiredToken: { status: 400, body: '{"error":"ExpiredToken","message":"Token has expired"}' },
  invalidToken: { status: 400, body: '{"error":"InvalidToken","message":"Token could not be verified"}' },
  badPassword: { status: 401, body: '{"error":"AuthenticationRequired","message":"Invalid identifier or password"}' },
  authMissing: { status: 401, body: '{"error":"AuthMissing","message":"Authentication Required"}' },
  threadNotFound: { status: 400, body: '{"error":"NotFound","message":"Post not found: at://did:plc:is7wuaxxxpdpzz6y6og4zvuz/app.bsky.feed.post/3kabcdefghij2"}' },
  recordNotFound: { status: 400, body: '{"error":"RecordNotFound","message":"Could not locate record: at://did:plc:is7wuaxxxpdpzz6y6og4zvuz/app.bsky.feed.post/3kabcdefghij2"}' },
  tooLong: { status: 400, body: '{"error":"InvalidRequest","message":"Invalid app.bsky.feed.post record: grapheme too big (maximum 300, got 301) at $.record.text"}' },
  badRkey: { status: 400, body: '{"error":"InvalidRequest","message":"Invalid record key for app.bsky.feed.post: Invalid TID string (got \\"not-a-tid\\") at $"}' },
  // A second createRecord under an rkey that exists (the repository refuses the duplicate key).
  duplicateRkey: { status: 500, body: '{"error":"InternalServerError","message":"Internal Server Error"}' },
  rateLimited: {
    status: 429,
    headers: { 'ratelimit-limit': '3000', 'ratelimit-remaining': '0', 'ratelimit-reset': String(NOW / 1000 + 120), 'ratelimit-policy': '3000;w=300' },
    body: '{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}',
  },
  chatMissing: { status: 404, body: '{"error":"XRPCNotSupported","message":"XRPC Not Supported"}' },
  upstreamFailure: { status: 502, body: '{"error":"UpstreamFailure","message":"Upstream Failure"}' },
} satisfies Record<string, Recorded>;

function agentAnswering(answer: Recorded | Error): Agent {
  return new Agent((_url, _init) => {
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve(new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/json; charset=utf-8', ...answer.headers } }));
  });
}

async function caught(answer: Recorded | Error, write: boolean): Promise<ChannelError> {
  const agent = agentAnswering(answer);
  try {
    if (write) await agent.com.atproto.repo.createRecord({ repo: 'did:plc:is7wuaxxxpdpzz6y6og4zvuz', collection: 'app.bsky.feed.post', record: { text: 'x', createdAt: new Date(NOW).toISOString() } });
    else await agent.app.bsky.feed.getPostThread({ uri: 'at://did:plc:is7wuaxxxpdpzz6y6og4zvuz/app.bsky.feed.post/3kabcdefghij2' });
  } catch (error) {
    return toChannelError(error, { write, action: 'testing' }, NOW);
  }
  throw new Error('the recorded answer did not fail');
}

describe('Bluesky errors → ChannelError', () => {
  it.each([
    ['expiredToken', 'AUTH_REVOKED'],
    ['invalidToken', 'AUTH_REVOKED'],
    ['badPassword', 'AUTH_REVOKED'],
    ['authMissing', 'AUTH_REVOKED'],
    ['threadNotFound', 'NOT_FOUND'],
    ['recordNotFound', 'NOT_FOUND'],
    ['tooLong', 'INVALID_CONTENT'],
    ['badRkey', 'INVALID_CONTENT'],
    ['chatMissing', 'TEMPORARY'],
  ] as const)('%s is %s', async (name, code) => {
    expect((await caught(RECORDED[name], false)).code).toBe(code);
  });

  it('429 is RATE_LIMITED until RateLimit-Reset (epoch seconds)', async () => {
    const error = await caught(RECORDED.rateLimited, true);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBe(120_000);
  });

  it('a 5xx or a dropped connection is TEMPORARY for a read and UNKNOWN_OUTCOME for a write', async () => {
    expect((await caught(RECORDED.upstreamFailure, false)).code).toBe('TEMPORARY');
    expect((await caught(RECORDED.duplicateRkey, true)).code).toBe('UNKNOWN_OUTCOME');
    const reset = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
    expect((await caught(reset, false)).code).toBe('TEMPORARY');
    expect((await caught(reset, true)).code).toBe('UNKNOWN_OUTCOME');
    expect((await caught(new DOMException('The operation was aborted due to timeout', 'TimeoutError'), true)).code).toBe('UNKNOWN_OUTCOME');
  });

  it('passes a ChannelError raised inside the session through unchanged', async () => {
    const revoked = new ChannelError('AUTH_REVOKED', 'Bluesky refused the app password');
    expect(await caught(revoked, false)).toBe(revoked);
  });

  it('never puts a token in the message', async () => {
    const error = await caught({ status: 400, body: '{"error":"InvalidToken","message":"Token could not be verified"}' }, false);
    expect(error.message).not.toMatch(/eyJ|Bearer/);
  });
});
