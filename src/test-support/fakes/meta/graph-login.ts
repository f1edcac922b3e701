// Facebook Login on the Graph fake, as Meta documents the manual flow
// (developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow) and Page tokens
// (developers.facebook.com/docs/pages/access-tokens): the Login dialog (an HTML page with "Continue" and
// "Cancel", which redirect to redirect_uri with ?code&state, or with error_reason=user_denied&error=
// access_denied&error_description=Permissions+error.), GET /oauth/access_token for the code and for
// grant_type=fb_exchange_token, and GET /me and /me/accounts with a User token. Codes are single use and
// bound to their redirect_uri; error bodies are the Graph error shape with Meta's codes and messages.
import { randomBytes } from 'node:crypto';
import { fakeErrors, type FakeGraphError } from './graph-errors.js';

export interface FakeManagedPage {
  id: string;
  name: string;
  accessToken: string;
  igUser?: { id: string; username: string };
}

export interface FakeLoginOptions {
  appId: string;
  appSecret: string;
  /** The Facebook user who signs in on the dialog. */
  user: { id: string; name: string };
  pages: readonly FakeManagedPage[];
}

export interface FakeAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  html?: string;
}

const SHORT_LIVED_S = 60 * 60;
const LONG_LIVED_S = 5_183_944;

export class FakeFacebookLogin {
  /** code → the redirect_uri it was issued for; deleted when used, remembered as used. */
  private readonly codes = new Map<string, string>();
  private readonly usedCodes = new Set<string>();
  /** User tokens issued (short- and long-lived). */
  readonly userTokens = new Set<string>();
  /** How many times the dialog was opened, and with which query: tests check the scopes. */
  readonly dialogRequests: URLSearchParams[] = [];

  constructor(readonly options: FakeLoginOptions) {}

  /** GET /dialog/oauth (what the officer's browser sees) and its two buttons. */
  dialog(path: string, query: URLSearchParams): FakeAnswer {
    const clientId = query.get('client_id') ?? '';
    const redirectUri = query.get('redirect_uri') ?? '';
    if (clientId !== this.options.appId) return htmlPage(400, 'Invalid App ID', `<p>The provided app ID "${escapeHtml(clientId)}" does not look like a valid app ID.</p>`);
    if (!/^https?:\/\//.test(redirectUri)) return htmlPage(400, 'URL Blocked', '<p>This redirect failed because the redirect URI is not whitelisted in the app\'s Client OAuth Settings.</p>');
    const state = query.get('state');
    const back = new URL(redirectUri);
    if (path.endsWith('/approve')) {
      const code = `AQD${randomBytes(24).toString('base64url')}`;
      this.codes.set(code, redirectUri);
      back.searchParams.set('code', code);
      if (state !== null) back.searchParams.set('state', state);
      // Meta appends this fragment to every redirect after the dialog.
      return { status: 302, body: null, headers: { location: `${back.toString()}#_=_` } };
    }
    if (path.endsWith('/cancel')) {
      back.search = new URLSearchParams({ error_reason: 'user_denied', error: 'access_denied', error_description: 'Permissions error.', ...(state === null ? {} : { state }) }).toString();
      return { status: 302, body: null, headers: { location: `${back.toString()}#_=_` } };
    }
    this.dialogRequests.push(query);
    const scopes = (query.get('scope') ?? '').split(',').filter((scope) => scope !== '');
    const params = escapeHtml(query.toString());
    return htmlPage(200, 'Log in with Facebook', [
      `<p data-testid="fb-dialog-user">${escapeHtml(this.options.user.name)}</p>`,
      `<p>The app will receive:</p><ul data-testid="fb-dialog-scopes">${scopes.map((scope) => `<li>${escapeHtml(scope)}</li>`).join('')}</ul>`,
      `<a id="fb-continue" data-testid="fb-dialog-continue" href="oauth/approve?${params}">Continue as ${escapeHtml(this.options.user.name.split(' ')[0] ?? '')}</a> `,
      `<a id="fb-cancel" data-testid="fb-dialog-cancel" href="oauth/cancel?${params}">Cancel</a>`,
    ].join('\n'));
  }

  /** GET /oauth/access_token: a code (with client id, secret and the same redirect_uri), or fb_exchange_token. */
  accessToken(query: URLSearchParams): FakeGraphError | { ok: unknown } {
    if (query.get('client_id') !== this.options.appId) return loginErrors.invalidApplication();
    if (query.get('client_secret') !== this.options.appSecret) return loginErrors.invalidClientSecret();
    if (query.get('grant_type') === 'fb_exchange_token') {
      if (!this.userTokens.has(query.get('fb_exchange_token') ?? '')) return fakeErrors.invalidToken();
      return { ok: this.issue(LONG_LIVED_S) };
    }
    const code = query.get('code') ?? '';
    if (this.usedCodes.has(code)) return loginErrors.codeUsed();
    const boundTo = this.codes.get(code);
    if (boundTo === undefined) return loginErrors.invalidCode();
    if (boundTo !== query.get('redirect_uri')) return loginErrors.redirectMismatch();
    this.codes.delete(code);
    this.usedCodes.add(code);
    return { ok: this.issue(SHORT_LIVED_S) };
  }

  /** GET /me and /me/accounts with a User token. */
  readAsUser(segments: readonly string[], query: URLSearchParams): FakeGraphError | { ok: unknown } {
    const [id, edge] = segments;
    if (id !== 'me' && id !== this.options.user.id) return fakeErrors.missingObject(id ?? '');
    if (edge === undefined) return { ok: { id: this.options.user.id, name: this.options.user.name } };
    if (edge !== 'accounts') return fakeErrors.unknownPath(segments.join('/'));
    const fields = new Set((query.get('fields') ?? 'id,name,access_token,category').split(/,(?![^{]*})/).map((field) => field.split('{')[0]));
    const data = this.options.pages.map((page) => ({
      ...(fields.has('access_token') ? { access_token: page.accessToken } : {}),
      ...(fields.has('name') ? { name: page.name } : {}),
      ...(fields.has('instagram_business_account') && page.igUser !== undefined ? { instagram_business_account: { id: page.igUser.id, username: page.igUser.username } } : {}),
      id: page.id,
    }));
    return { ok: { data, paging: { cursors: { before: 'QVFIUmxB', after: 'QVFIUmxC' } } } };
  }

  private issue(expiresIn: number): { access_token: string; token_type: 'bearer'; expires_in: number } {
    const token = `EAAG${randomBytes(18).toString('base64url')}`;
    this.userTokens.add(token);
    return { access_token: token, token_type: 'bearer', expires_in: expiresIn };
  }
}

function graphError(status: number, error: Record<string, unknown>): FakeGraphError {
  return { status, body: { error: { ...error, fbtrace_id: randomBytes(8).toString('base64url') } } };
}

/** The Graph errors of the token endpoint, with Meta's messages and codes. */
export const loginErrors = {
  invalidApplication: () => graphError(400, { message: 'Error validating application. Invalid application ID.', type: 'OAuthException', code: 101 }),
  invalidClientSecret: () => graphError(400, { message: 'Error validating client secret.', type: 'OAuthException', code: 1 }),
  invalidCode: () => graphError(400, { message: 'Invalid verification code format.', type: 'OAuthException', code: 100 }),
  codeUsed: () => graphError(400, { message: 'This authorization code has been used.', type: 'OAuthException', code: 100, error_subcode: 36009 }),
  redirectMismatch: () => graphError(400, { message: 'Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request', type: 'OAuthException', code: 100, error_subcode: 36008 }),
};

function htmlPage(status: number, title: string, content: string): FakeAnswer {
  return { status, body: null, html: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>\n${content}\n</body></html>` };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
