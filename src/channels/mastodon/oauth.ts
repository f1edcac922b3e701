// OAuth per instance: every Mastodon server is its own authorization server, so Sapa registers
// itself as an app on the officer's instance (POST /api/v1/apps), sends the browser to that
// instance's /oauth/authorize, and trades the code for a token (POST /oauth/token).
// Tokens do not expire; the client secret waits encrypted in the pending hand-off.
import type { OAuthFlow } from '../definition.js';
import { ChannelError } from '../types.js';
import { errorFromStatus } from './errors.js';
import { normalizeInstanceUrl } from './instance.js';

export const MASTODON_SCOPES = 'read write';

async function postForm(fetchImpl: typeof fetch, url: string, form: Record<string, string>): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetchImpl(url, { method: 'POST', body: new URLSearchParams(form), headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  } catch {
    throw new ChannelError('TEMPORARY', 'The Mastodon instance could not be reached');
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const said = [body.error_description, body.error].find((value): value is string => typeof value === 'string');
    throw errorFromStatus(response.status, said, response.headers, 'read');
  }
  return body;
}

function requiredString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw new ChannelError('TEMPORARY', `The Mastodon instance answered without ${key}`);
  return value;
}

export const mastodonOAuth: OAuthFlow = {
  fields: [{
    key: 'instanceUrl', secret: false,
    label: { id: 'Alamat server Mastodon', en: 'Mastodon server address' },
    help: { id: 'Contoh: mastodon.social', en: 'For example: mastodon.social' },
  }],

  async start({ settings, redirectUri, state, fetch: fetchImpl }) {
    const instanceUrl = normalizeInstanceUrl(settings.instanceUrl ?? '');
    const app = await postForm(fetchImpl, `${instanceUrl}/api/v1/apps`, { client_name: 'Sapa', redirect_uris: redirectUri, scopes: MASTODON_SCOPES });
    const clientId = requiredString(app, 'client_id');
    const clientSecret = requiredString(app, 'client_secret');
    const authorize = new URL('/oauth/authorize', instanceUrl);
    authorize.search = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope: MASTODON_SCOPES, state }).toString();
    return { authorizeUrl: authorize.toString(), pending: { instanceUrl, clientId, clientSecret } };
  },

  async finish({ code, pending, redirectUri, fetch: fetchImpl }) {
    const instanceUrl = normalizeInstanceUrl(pending.instanceUrl ?? '');
    let token: Record<string, unknown>;
    try {
      token = await postForm(fetchImpl, `${instanceUrl}/oauth/token`, {
        grant_type: 'authorization_code', code, client_id: pending.clientId ?? '', client_secret: pending.clientSecret ?? '',
        redirect_uri: redirectUri, scope: MASTODON_SCOPES,
      });
    } catch (error) {
      // Doorkeeper answers a used or wrong code with 400/401 invalid_grant: the approval did not hold.
      if (error instanceof ChannelError && error.code === 'INVALID_CONTENT') throw new ChannelError('AUTH_REVOKED', 'The Mastodon instance refused the authorization code; connect again');
      throw error;
    }
    return { settings: { instanceUrl }, credentials: { accessToken: requiredString(token, 'access_token') } };
  },
};
