// X's OAuth 2.0 authorisation code flow with PKCE (docs.x.com/fundamentals/authentication/oauth-2-0/
// authorization-code): the officer approves at x.com/i/oauth2/authorize; the callback's code and the PKCE
// verifier buy an access token (2 h) and, with offline.access, a single-use refresh token.
import type { OAuthFlow } from '../definition.js';
import { X_SCOPES, appClient, baseRewrite } from './client.js';
import { requestToken } from './token-endpoint.js';
import { TwitterApi } from 'twitter-api-v2';

const clientFields = [
  { key: 'clientId', secret: false, label: { id: 'Client ID aplikasi X', en: 'X app client ID' } },
  { key: 'clientSecret', secret: true, optional: true, label: { id: 'Client secret (aplikasi rahasia)', en: 'Client secret (confidential apps)' } },
  { key: 'apiBase', secret: false, optional: true, label: { id: 'Alamat API X', en: 'X API base' }, help: { id: 'Bawaan: https://api.x.com', en: 'Default: https://api.x.com' } },
] as const;

export const xOAuth: OAuthFlow = {
  fields: clientFields,
  start: ({ settings, credentials, redirectUri, state }) => {
    const link = appClient(settings.clientId ?? '').generateOAuth2AuthLink(redirectUri, { state, scope: X_SCOPES });
    return Promise.resolve({
      authorizeUrl: link.url,
      pending: { codeVerifier: link.codeVerifier, clientId: settings.clientId ?? '', ...(credentials.clientSecret === undefined ? {} : { clientSecret: credentials.clientSecret }), ...(settings.apiBase === undefined ? {} : { apiBase: settings.apiBase }) },
    });
  },
  finish: async ({ code, pending, redirectUri, fetch }) => {
    const { clientId, clientSecret, apiBase, codeVerifier } = pending;
    const login = await requestToken({ clientId: clientId ?? '', clientSecret, apiBase, fetch }, { grant_type: 'authorization_code', code, code_verifier: codeVerifier ?? '', redirect_uri: redirectUri });
    const me = await new TwitterApi(login.accessToken, baseRewrite(apiBase)).v2.me();
    return {
      settings: { clientId: clientId ?? '', userId: me.data.id, username: me.data.username, ...(apiBase === undefined ? {} : { apiBase }) },
      credentials: {
        accessToken: login.accessToken, expiresAt: String(Date.now() + login.expiresIn * 1000),
        ...(login.refreshToken === undefined ? {} : { refreshToken: login.refreshToken }), ...(clientSecret === undefined ? {} : { clientSecret }),
      },
    };
  },
};

export const xConnectFields = [
  ...clientFields,
  { key: 'accessToken', secret: true, label: { id: 'Token akses OAuth 2.0', en: 'OAuth 2.0 access token' } },
  { key: 'refreshToken', secret: true, optional: true, label: { id: 'Refresh token', en: 'Refresh token' } },
] as const;
