// twitter-api-v2 pointed at a configurable API base (settings.apiBase, default https://api.x.com) so tests
// reach a loopback fake: a plugin rewrites every request's origin (the library hard-codes api.x.com, the
// OAuth 2.0 token endpoint included), and an http agent is used when the base is plain http.
// Tokens: OAuth 2.0 user context; the access token lives 2 h and is refreshed with the single-use refresh
// token (offline.access). Refreshes are serialised per connector and every rotated pair is saved at once,
// since replaying an old refresh token can revoke the whole chain.
import { Agent } from 'node:http';
import { TwitterApi, type ITwitterApiClientPlugin } from 'twitter-api-v2';
import { ChannelError } from '../types.js';
import { requestToken, type TokenGrant } from './token-endpoint.js';

export const DEFAULT_X_API_BASE = 'https://api.x.com';
export const X_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'dm.read', 'dm.write', 'offline.access'];

export function baseRewrite(apiBase: string | undefined): { plugins: ITwitterApiClientPlugin[]; httpAgent?: Agent } {
  if (apiBase === undefined || apiBase === '' || apiBase === DEFAULT_X_API_BASE) return { plugins: [] };
  const target = new URL(apiBase);
  const plugin: ITwitterApiClientPlugin = {
    onBeforeRequest: ({ computedParams }) => {
      const url = computedParams.url;
      if (url.hostname !== 'api.x.com') return;
      url.protocol = target.protocol;
      url.host = target.host;
      url.pathname = target.pathname.replace(/\/$/, '') + url.pathname;
    },
  };
  return { plugins: [plugin], ...(target.protocol === 'http:' ? { httpAgent: new Agent({ keepAlive: false }) } : {}) };
}

export interface XTokens {
  accessToken: string;
  refreshToken?: string | undefined;
  /** Epoch ms. */
  expiresAt?: number | undefined;
}

export interface XSession {
  clientId: string;
  clientSecret?: string | undefined;
  apiBase?: string | undefined;
  tokens: XTokens;
  fetch?: typeof fetch | undefined;
  save(tokens: XTokens): Promise<void>;
}

const REFRESH_EARLY_MS = 60_000;

/** Hands out a client with a valid access token, refreshing (once at a time) when it is due or refused. */
export class XClientProvider {
  private client: TwitterApi;
  private refreshing: Promise<void> | undefined;

  constructor(private readonly session: XSession) {
    this.client = this.userClient(session.tokens.accessToken);
  }

  async current(now = Date.now()): Promise<TwitterApi> {
    const { expiresAt, refreshToken } = this.session.tokens;
    if (expiresAt !== undefined && refreshToken !== undefined && expiresAt - REFRESH_EARLY_MS <= now) await this.refresh();
    return this.client;
  }

  /** Refreshes now; concurrent callers share one refresh, so a refresh token is never used twice. */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  hasRefreshToken(): boolean {
    return this.session.tokens.refreshToken !== undefined;
  }

  private async doRefresh(): Promise<void> {
    const refreshToken = this.session.tokens.refreshToken;
    if (refreshToken === undefined) throw new ChannelError('AUTH_REVOKED', 'The X authorisation expired and has no refresh token: connect X again.');
    let result: TokenGrant;
    try {
      result = await requestToken(this.session, { grant_type: 'refresh_token', refresh_token: refreshToken });
    } catch (error) {
      // A refused refresh token will never work again; a timeout or outage may pass.
      if (error instanceof ChannelError && error.code === 'INVALID_CONTENT') throw new ChannelError('AUTH_REVOKED', `X refused the refresh token (${error.message}): connect X again.`);
      throw error;
    }
    const tokens: XTokens = { accessToken: result.accessToken, refreshToken: result.refreshToken ?? refreshToken, expiresAt: Date.now() + result.expiresIn * 1000 };
    this.session.tokens = tokens;
    this.client = this.userClient(tokens.accessToken);
    await this.session.save(tokens);
  }

  private userClient(accessToken: string): TwitterApi {
    return new TwitterApi(accessToken, baseRewrite(this.session.apiBase));
  }
}

/** The app's own client, which builds the authorize link with its PKCE pair. */
export function appClient(clientId: string): TwitterApi {
  return new TwitterApi({ clientId });
}
