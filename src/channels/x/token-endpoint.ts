// POST /2/oauth2/token as X documents it (docs.x.com/fundamentals/authentication/oauth-2-0/authorization-code):
// application/x-www-form-urlencoded; confidential clients authenticate with HTTP Basic (client id:secret),
// public clients send client_id in the body. Called with plain fetch rather than twitter-api-v2, whose
// 1.29.1 token calls send JSON (its body-type check reads url.password instead of the path).
import { DEFAULT_X_API_BASE } from './client.js';
import { xErrorOf } from './errors.js';
import { ChannelError } from '../types.js';

export interface TokenGrant {
  accessToken: string;
  refreshToken?: string;
  /** Seconds. */
  expiresIn: number;
}

export interface TokenClient {
  clientId: string;
  clientSecret?: string | undefined;
  apiBase?: string | undefined;
  fetch?: typeof fetch | undefined;
}

export async function requestToken(client: TokenClient, grant: Record<string, string>): Promise<TokenGrant> {
  const form = new URLSearchParams(grant);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (client.clientSecret === undefined || client.clientSecret === '') form.set('client_id', client.clientId);
  else headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`).toString('base64')}`;
  let response: Response;
  try {
    response = await (client.fetch ?? fetch)(`${(client.apiBase ?? DEFAULT_X_API_BASE).replace(/\/$/, '')}/2/oauth2/token`, { method: 'POST', headers, body: form, signal: AbortSignal.timeout(30_000) });
  } catch {
    throw new ChannelError('TEMPORARY', 'X did not answer the token request.');
  }
  const body = (await response.json().catch(() => undefined)) as { access_token?: string; refresh_token?: string; expires_in?: number } | undefined;
  if (!response.ok || body?.access_token === undefined) throw xErrorOf({ status: response.ok ? 502 : response.status, data: body });
  return { accessToken: body.access_token, ...(body.refresh_token === undefined ? {} : { refreshToken: body.refresh_token }), expiresIn: body.expires_in ?? 7200 };
}
