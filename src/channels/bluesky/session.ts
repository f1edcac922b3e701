// An app-password session for @atproto/api's Agent. Sapa stores the session (accessJwt,
// refreshJwt, did) with the channel's credentials so a restart does not log in again
// (createSession allows 30 per 5 min). An expired access token (HTTP 400 ExpiredToken, the PDS
// does not answer 401) is refreshed once; the rotated pair is saved before it is used. A
// refresh that fails for a network reason keeps the refresh token we have: only a refused one is
// given up, and then the app password logs in again. Anything else is AUTH_REVOKED.
import { ChannelError } from '../types.js';
import { TOKEN_ERRORS, toChannelError } from './errors.js';

export interface StoredSession {
  did: string;
  handle: string;
  accessJwt: string;
  refreshJwt: string;
}

export interface AppPasswordSessionOptions {
  /** The PDS (or entryway) every call goes to, e.g. https://bsky.social. */
  service: string;
  identifier: string;
  appPassword: string | undefined;
  stored: StoredSession | undefined;
  fetch: typeof fetch;
  /** Persists a new session; called before the session is used. */
  save(session: StoredSession): Promise<void>;
  requestTimeoutMs?: number;
}

interface SessionReply {
  did: string;
  handle: string;
  accessJwt: string;
  refreshJwt: string;
}

function isSessionReply(value: unknown): value is SessionReply {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return ['did', 'handle', 'accessJwt', 'refreshJwt'].every((key) => typeof record[key] === 'string');
}

async function errorName(response: Response): Promise<string | undefined> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return undefined;
  try {
    const body: unknown = await response.clone().json();
    return body !== null && typeof body === 'object' && typeof (body as { error?: unknown }).error === 'string' ? (body as { error: string }).error : undefined;
  } catch {
    return undefined;
  }
}

/** The access token was refused: 400 ExpiredToken/InvalidToken, or 401 on a call that sent one. */
async function tokenRefused(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  return response.status === 400 && TOKEN_ERRORS.includes((await errorName(response)) ?? '');
}

/** Passed to `new Agent(session)`: @atproto/api calls fetchHandler for every XRPC request. */
export class AppPasswordSession {
  private session: StoredSession | undefined;
  private renewing: Promise<StoredSession> | undefined;
  private unsaved: StoredSession | undefined;

  constructor(private readonly options: AppPasswordSessionOptions) {
    this.session = options.stored;
  }

  get did(): string | undefined {
    return this.session?.did;
  }

  get handle(): string | undefined {
    return this.session?.handle;
  }

  /** The session in use, logging in first when there is none. */
  async current(): Promise<StoredSession> {
    if (this.unsaved !== undefined) await this.persist(this.unsaved);
    if (this.session !== undefined) return this.session;
    return this.renew(undefined);
  }

  async fetchHandler(url: string, init: RequestInit): Promise<Response> {
    const used = await this.current();
    const first = await this.send(url, init, used.accessJwt);
    if (!(await tokenRefused(first))) return first;
    await first.body?.cancel();
    const renewed = await this.renew(used);
    const second = await this.send(url, init, renewed.accessJwt);
    if (await tokenRefused(second)) throw new ChannelError('AUTH_REVOKED', 'Bluesky refused a freshly refreshed session: connect the account again');
    return second;
  }

  private send(url: string, init: RequestInit, accessJwt: string): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${accessJwt}`);
    const timeout = AbortSignal.timeout(this.options.requestTimeoutMs ?? 20_000);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return this.options.fetch(new URL(url, this.options.service), { ...init, headers, signal });
  }

  /** One renewal at a time; a caller whose token was already replaced gets the new session. */
  private renew(failed: StoredSession | undefined): Promise<StoredSession> {
    if (this.session !== undefined && this.session !== failed) return Promise.resolve(this.session);
    this.renewing ??= this.renewOnce(failed).finally(() => {
      this.renewing = undefined;
    });
    return this.renewing;
  }

  private async renewOnce(failed: StoredSession | undefined): Promise<StoredSession> {
    if (failed !== undefined) {
      const refreshed = await this.call('com.atproto.server.refreshSession', { authorization: `Bearer ${failed.refreshJwt}` }, undefined);
      if (refreshed.kind === 'session') return this.adopt(refreshed.session);
      if (refreshed.kind === 'unreachable') throw refreshed.error;
      // The refresh token itself was refused (expired, revoked): only the app password is left.
    }
    const appPassword = this.options.appPassword;
    if (appPassword === undefined || appPassword === '') throw new ChannelError('AUTH_REVOKED', 'The Bluesky session ended and no app password is stored: connect the account again');
    const created = await this.call('com.atproto.server.createSession', {}, { identifier: this.options.identifier, password: appPassword });
    if (created.kind === 'session') return this.adopt(created.session);
    if (created.kind === 'unreachable') throw created.error;
    throw new ChannelError('AUTH_REVOKED', `Bluesky refused the app password (${created.status} ${created.error}): create a new app password and connect again`);
  }

  private async adopt(next: SessionReply): Promise<StoredSession> {
    if (this.session !== undefined && next.did !== this.session.did) throw new ChannelError('AUTH_REVOKED', 'Bluesky answered for a different account: connect the account again');
    const session: StoredSession = { did: next.did, handle: next.handle, accessJwt: next.accessJwt, refreshJwt: next.refreshJwt };
    this.session = session;
    await this.persist(session);
    return session;
  }

  /** A save that fails is tried again before the next call; the session in memory keeps working. */
  private async persist(session: StoredSession): Promise<void> {
    this.unsaved = session;
    try {
      await this.options.save(session);
      if (this.unsaved === session) this.unsaved = undefined;
    } catch (error) {
      throw new ChannelError('TEMPORARY', `The renewed Bluesky session could not be stored yet (${error instanceof Error ? error.message : 'error'})`);
    }
  }

  private async call(nsid: string, headers: Record<string, string>, body: Record<string, string> | undefined): Promise<
    | { kind: 'session'; session: SessionReply }
    | { kind: 'refused'; status: number; error: string }
    | { kind: 'unreachable'; error: ChannelError }
  > {
    let response: Response;
    try {
      response = await this.options.fetch(new URL(`/xrpc/${nsid}`, this.options.service), {
        method: 'POST',
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 20_000),
      });
    } catch (error) {
      return { kind: 'unreachable', error: toChannelError(error, { write: false, action: 'renewing the session' }) };
    }
    if (response.ok) {
      const reply: unknown = await response.json().catch(() => undefined);
      if (isSessionReply(reply)) return { kind: 'session', session: reply };
      return { kind: 'unreachable', error: new ChannelError('TEMPORARY', 'Bluesky answered the session call with an unexpected body') };
    }
    const error = (await errorName(response)) ?? 'Unknown';
    if (response.status === 429) {
      const reset = Number(response.headers.get('ratelimit-reset'));
      return { kind: 'unreachable', error: new ChannelError('RATE_LIMITED', 'Bluesky limits session calls: waiting', Number.isFinite(reset) && reset > 0 ? Math.max(1_000, reset * 1000 - Date.now()) : 300_000) };
    }
    if (response.status >= 500) return { kind: 'unreachable', error: new ChannelError('TEMPORARY', `Bluesky failed the session call (${response.status} ${error})`) };
    return { kind: 'refused', status: response.status, error };
  }
}
