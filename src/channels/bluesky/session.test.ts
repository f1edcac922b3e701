// The session's refresh rules, on a fake PDS that answers with the recorded payloads
// (400 ExpiredToken / InvalidToken, 401 AuthenticationRequired): cases the local network
// cannot stage on demand (a refresh that fails for a network reason, concurrent expiry).
import { describe, expect, it } from 'vitest';
import { AppPasswordSession, type StoredSession } from './session.js';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

const EXPIRED = { error: 'ExpiredToken', message: 'Token has expired' };

/** A PDS with one account: tokens "access-N" / "refresh-N"; only the newest pair works. */
function fakePds(options: { refreshFails?: 'network' | 'refused' } = {}): { fetch: typeof fetch; calls: string[] } {
  let generation = 1;
  const calls: string[] = [];
  const pair = (): Record<string, string> => ({ did: 'did:plc:brand', handle: 'brand.test', accessJwt: `access-${generation}`, refreshJwt: `refresh-${generation}` });
  const handler = (input: Request | URL | string, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = url.pathname.replace('/xrpc/', '');
    const auth = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined)).get('authorization') ?? '';
    calls.push(method);
    if (method === 'com.atproto.server.refreshSession') {
      if (options.refreshFails === 'network') return Promise.reject(new TypeError('fetch failed'));
      if (options.refreshFails === 'refused' || auth !== `Bearer refresh-${generation}`) return Promise.resolve(json(400, { error: 'ExpiredToken', message: 'Token has expired' }));
      generation += 1;
      return Promise.resolve(json(200, pair()));
    }
    if (method === 'com.atproto.server.createSession') {
      const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as { password?: string };
      if (body.password !== 'app-pass') return Promise.resolve(json(401, { error: 'AuthenticationRequired', message: 'Invalid identifier or password' }));
      generation += 1;
      return Promise.resolve(json(200, pair()));
    }
    if (auth !== `Bearer access-${generation}`) return Promise.resolve(json(400, EXPIRED));
    return Promise.resolve(json(200, { ok: true }));
  };
  return { fetch: handler, calls };
}

function sessionOn(pds: { fetch: typeof fetch }, stored: StoredSession | undefined, saved: StoredSession[], appPassword: string | undefined = 'app-pass', save?: (session: StoredSession) => Promise<void>): AppPasswordSession {
  return new AppPasswordSession({
    service: 'http://127.0.0.1:1', identifier: 'brand.test', appPassword, stored, fetch: pds.fetch,
    save: save ?? ((session) => {
      saved.push(session);
      return Promise.resolve();
    }),
  });
}

const STALE: StoredSession = { did: 'did:plc:brand', handle: 'brand.test', accessJwt: 'access-0', refreshJwt: 'refresh-1' };

describe('AppPasswordSession', () => {
  it('refreshes once for calls that expire together, and saves the new pair once', async () => {
    const pds = fakePds();
    const saved: StoredSession[] = [];
    const session = sessionOn(pds, STALE, saved);
    const answers = await Promise.all([1, 2, 3].map(() => session.fetchHandler('/xrpc/app.bsky.feed.getPosts', { method: 'GET' })));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(pds.calls.filter((call) => call === 'com.atproto.server.refreshSession')).toHaveLength(1);
    expect(saved).toEqual([{ did: 'did:plc:brand', handle: 'brand.test', accessJwt: 'access-2', refreshJwt: 'refresh-2' }]);
  });

  it('keeps the refresh token it has when the refresh fails for a network reason', async () => {
    const saved: StoredSession[] = [];
    const session = sessionOn(fakePds({ refreshFails: 'network' }), STALE, saved);
    await expect(session.fetchHandler('/xrpc/app.bsky.feed.getPosts', { method: 'GET' })).rejects.toMatchObject({ code: 'TEMPORARY' });
    expect(saved).toEqual([]);
    expect(session.did).toBe('did:plc:brand');
  });

  it('logs in with the app password when the refresh token is refused, and is AUTH_REVOKED without one', async () => {
    const saved: StoredSession[] = [];
    const answer = await sessionOn(fakePds({ refreshFails: 'refused' }), STALE, saved).fetchHandler('/xrpc/x', { method: 'GET' });
    expect(answer.status).toBe(200);
    expect(saved).toHaveLength(1);
    const none: StoredSession[] = [];
    await expect(sessionOn(fakePds({ refreshFails: 'refused' }), STALE, none, '').fetchHandler('/xrpc/x', { method: 'GET' })).rejects.toMatchObject({ code: 'AUTH_REVOKED' });
    expect(none).toEqual([]);
  });

  it('is AUTH_REVOKED for a refused app password', async () => {
    await expect(sessionOn(fakePds(), undefined, [], 'wrong').current()).rejects.toMatchObject({ code: 'AUTH_REVOKED' });
  });

  it('saves again before the next call when storing the new pair failed', async () => {
    const attempts: StoredSession[] = [];
    let failNext = true;
    const session = sessionOn(fakePds(), STALE, [], 'app-pass', (next) => {
      attempts.push(next);
      if (failNext) {
        failNext = false;
        return Promise.reject(new Error('database is locked'));
      }
      return Promise.resolve();
    });
    await expect(session.fetchHandler('/xrpc/x', { method: 'GET' })).rejects.toMatchObject({ code: 'TEMPORARY' });
    expect((await session.fetchHandler('/xrpc/x', { method: 'GET' })).status).toBe(200);
    expect(attempts.map((attempt) => attempt.refreshJwt)).toEqual(['refresh-2', 'refresh-2']);
  });
});
