// Connecting a Facebook Page or an Instagram professional account by Facebook Login, built by hand as
// Meta documents it (developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow and
// /docs/pages/access-tokens): the officer approves Sapa in the Login dialog; the callback's code buys a
// User token (GET /oauth/access_token), which is exchanged for a long-lived one (grant_type=
// fb_exchange_token, ~60 days); with it GET /me/accounts lists the Pages the officer granted, each with
// its Page token (which, bought with a long-lived User token, does not expire) and, where one is linked,
// its Instagram professional account. Only the chosen Page's token is kept; the User token is not stored.
import type { ConnectField, OAuthFlow } from '../definition.js';
import { ChannelError } from '../types.js';
import { DEFAULT_GRAPH_API_BASE } from './graph-client.js';
import { graphErrorOf } from './errors.js';

/** What Sapa asks for: read and answer Page comments and Messenger, post; the same on Instagram. */
export const META_LOGIN_SCOPES = [
  'pages_show_list', 'pages_manage_metadata', 'pages_messaging', 'pages_read_engagement', 'pages_manage_posts',
  'instagram_basic', 'instagram_manage_comments', 'instagram_manage_messages', 'instagram_content_publish',
] as const;

type MetaTarget = 'facebook' | 'instagram';

export interface ManagedPage {
  id: string;
  name: string;
  access_token: string;
  instagram_business_account?: { id: string; username?: string };
}

function loginFields(target: MetaTarget): ConnectField[] {
  return [
    { key: 'appId', secret: false, label: { id: 'App ID Meta', en: 'Meta app ID' }, help: { id: 'Dari dasbor aplikasi di developers.facebook.com.', en: 'From the app dashboard at developers.facebook.com.' } },
    { key: 'appSecret', secret: true, label: { id: 'App secret Meta', en: 'Meta app secret' }, help: { id: 'Untuk menukar kode masuk dan memeriksa tanda tangan webhook.', en: 'Trades the sign-in code and checks webhook signatures.' } },
    { key: 'verifyToken', secret: true, label: { id: 'Verify token webhook', en: 'Webhook verify token' }, help: { id: 'Nilai yang sama dengan yang diisi di dasbor aplikasi Meta.', en: 'The same value you entered in the Meta app dashboard.' } },
    {
      key: 'pageId', secret: false, optional: true,
      label: target === 'facebook' ? { id: 'ID Halaman', en: 'Page ID' } : { id: 'ID Halaman atau akun Instagram', en: 'Page or Instagram account ID' },
      help: { id: 'Hanya bila akun Facebook Anda mengelola beberapa Halaman.', en: 'Only when your Facebook account manages several Pages.' },
    },
    { key: 'apiBase', secret: false, optional: true, label: { id: 'Alamat Graph API', en: 'Graph API base' }, help: { id: `Bawaan: ${DEFAULT_GRAPH_API_BASE}`, en: `Default: ${DEFAULT_GRAPH_API_BASE}` } },
  ];
}

/** The Login dialog lives on www.facebook.com beside graph.facebook.com, under the same version. */
export function loginDialogUrl(apiBase: string): URL {
  const url = new URL(apiBase.replace(/\/+$/, ''));
  if (url.hostname === 'graph.facebook.com') url.hostname = 'www.facebook.com';
  url.pathname = `${url.pathname}/dialog/oauth`;
  return url;
}

async function graphGet<T>(fetchImpl: typeof fetch, url: URL, step: string, bearer?: string): Promise<T> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: bearer === undefined ? {} : { authorization: `Bearer ${bearer}` }, signal: AbortSignal.timeout(30_000) });
  } catch {
    throw new ChannelError('TEMPORARY', `Meta did not answer while ${step}.`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const mapped = graphErrorOf(response.status, body, response.headers);
    if (mapped.code === 'RATE_LIMITED' || response.status >= 500) throw mapped;
    // A used, expired or mismatched code, a wrong app secret: the officer must start again; Meta's own words say which.
    const said = (body as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${response.status}`;
    throw new ChannelError('AUTH_REVOKED', `Meta refused ${step}: ${said.slice(0, 300)}`);
  }
  return body as T;
}

async function tradeCode(fetchImpl: typeof fetch, apiBase: string, pending: Readonly<Record<string, string>>, code: string, redirectUri: string): Promise<string> {
  const client = { client_id: pending.appId ?? '', client_secret: pending.appSecret ?? '' };
  const shortUrl = new URL(`${apiBase}/oauth/access_token`);
  shortUrl.search = new URLSearchParams({ ...client, redirect_uri: redirectUri, code }).toString();
  const short = await graphGet<{ access_token?: string }>(fetchImpl, shortUrl, 'the sign-in code');
  const longUrl = new URL(`${apiBase}/oauth/access_token`);
  longUrl.search = new URLSearchParams({ grant_type: 'fb_exchange_token', ...client, fb_exchange_token: short.access_token ?? '' }).toString();
  const long = await graphGet<{ access_token?: string }>(fetchImpl, longUrl, 'a long-lived token');
  if (long.access_token === undefined) throw new ChannelError('TEMPORARY', 'Meta answered without a long-lived token.');
  return long.access_token;
}

async function managedPages(fetchImpl: typeof fetch, apiBase: string, userToken: string): Promise<ManagedPage[]> {
  const url = new URL(`${apiBase}/me/accounts`);
  url.search = new URLSearchParams({ fields: 'id,name,access_token,instagram_business_account{id,username}', limit: '100' }).toString();
  const answer = await graphGet<{ data?: ManagedPage[] }>(fetchImpl, url, 'the list of your Pages', userToken);
  return answer.data ?? [];
}

const listed = (pages: readonly ManagedPage[], target: MetaTarget) => pages
  .map((page) => (target === 'facebook' ? `${page.name} (${page.id})` : `@${page.instagram_business_account?.username ?? '?'} (${page.instagram_business_account?.id ?? '?'}, Page ${page.name})`))
  .join(', ');

/**
 * The Page to connect: the one asked for (by Page id, or Instagram account id), else the only one there is.
 * Several without a choice is refused with the list, so the officer can enter one id and sign in again.
 */
export function choosePage(pages: readonly ManagedPage[], target: MetaTarget, wanted: string | undefined): ManagedPage {
  const usable = target === 'facebook' ? pages : pages.filter((page) => page.instagram_business_account !== undefined);
  if (usable.length === 0) {
    throw new ChannelError('NOT_FOUND', target === 'facebook'
      ? 'this Facebook account granted Sapa no Page. Sign in again and tick the Page to connect.'
      : 'none of the Pages this Facebook account granted Sapa has an Instagram professional account linked. Link one in the Page settings, then sign in again.');
  }
  if (wanted !== undefined && wanted !== '') {
    const found = usable.find((page) => page.id === wanted || page.instagram_business_account?.id === wanted);
    if (found === undefined) throw new ChannelError('NOT_FOUND', `${wanted} is not among what this Facebook account granted Sapa: ${listed(usable, target)}.`);
    return found;
  }
  if (usable.length > 1) {
    const what = target === 'facebook' ? 'Page ID' : 'Page or Instagram account ID';
    throw new ChannelError('INVALID_CONTENT', `this Facebook account manages several: ${listed(usable, target)}. Enter the one to connect as "${what}" and sign in again.`);
  }
  return usable[0] as ManagedPage;
}

export function metaOAuth(target: MetaTarget): OAuthFlow {
  return {
    fields: loginFields(target),
    provider: 'Facebook',

    start({ settings, credentials, redirectUri, state }) {
      const apiBase = settings.apiBase ?? DEFAULT_GRAPH_API_BASE;
      const dialog = loginDialogUrl(apiBase);
      dialog.search = new URLSearchParams({ client_id: settings.appId ?? '', redirect_uri: redirectUri, state, response_type: 'code', scope: META_LOGIN_SCOPES.join(',') }).toString();
      const pending: Record<string, string> = { appId: settings.appId ?? '', appSecret: credentials.appSecret ?? '', verifyToken: credentials.verifyToken ?? '' };
      if (settings.pageId !== undefined) pending.pageId = settings.pageId;
      if (settings.apiBase !== undefined) pending.apiBase = settings.apiBase;
      return Promise.resolve({ authorizeUrl: dialog.toString(), pending });
    },

    async finish({ code, pending, redirectUri, fetch: fetchImpl }) {
      const apiBase = (pending.apiBase ?? DEFAULT_GRAPH_API_BASE).replace(/\/+$/, '');
      const userToken = await tradeCode(fetchImpl, apiBase, pending, code, redirectUri);
      const page = choosePage(await managedPages(fetchImpl, apiBase, userToken), target, pending.pageId);
      const kept = { appId: pending.appId ?? '', ...(pending.apiBase === undefined ? {} : { apiBase: pending.apiBase }) };
      const settings = target === 'facebook' ? { pageId: page.id, ...kept } : { igUserId: page.instagram_business_account?.id ?? '', pageId: page.id, ...kept };
      return { settings, credentials: { accessToken: page.access_token, appSecret: pending.appSecret ?? '', verifyToken: pending.verifyToken ?? '' } };
    },
  };
}
