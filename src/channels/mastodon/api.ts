// The Mastodon REST calls Sapa makes, by plain fetch to the documented API, with every error
// translated in errors.ts. Reads and sends are told apart so a lost answer to a send becomes
// UNKNOWN_OUTCOME.
//
// Why not masto: masto 7.12 throws a TypeError ("Cannot destructure property 'error' of 'data'")
// for any error answered as text/html, losing the status code. snac answers every error that
// way (and Mastodon behind nginx answers 502/504 that way), so a 404 could not become NOT_FOUND.
// masto also always calls the global fetch, so ConnectorContext.fetch could not be honoured.
import { errorFromStatus, mastodonError, type MastodonCall } from './errors.js';
import type { MastodonAccount, MastodonNotification, MastodonStatus } from './parse.js';

export interface PageParams {
  limit: number;
  minId?: string;
  maxId?: string;
}

export interface NewStatus {
  status: string;
  visibility: 'public' | 'unlisted' | 'private' | 'direct';
  inReplyToId?: string;
  /** Attachments uploaded first (POST /api/v2/media). */
  mediaIds?: string[];
}

export interface NewMedia {
  bytes: Uint8Array;
  contentType: string;
  /** Alt text, shown to people using screen readers. */
  description: string;
}

export interface MastodonApi {
  verifyCredentials(): Promise<MastodonAccount>;
  /** Newest first, as both Mastodon and snac answer. */
  notifications(params: PageParams): Promise<MastodonNotification[]>;
  status(id: string): Promise<MastodonStatus>;
  context(id: string): Promise<{ ancestors: MastodonStatus[]; descendants: MastodonStatus[] }>;
  account(id: string): Promise<MastodonAccount>;
  accountStatuses(accountId: string, limit: number): Promise<MastodonStatus[]>;
  /** Always with an Idempotency-Key: Mastodon answers a repeat of the key with the first status. */
  createStatus(params: NewStatus, idempotencyKey: string): Promise<MastodonStatus>;
  deleteStatus(id: string): Promise<void>;
  /** POST /api/v2/media (multipart `file`, `description`): the attachment's id for media_ids[]. */
  uploadMedia(media: NewMedia): Promise<{ id: string }>;
  tagTimeline(tag: string, params: PageParams): Promise<MastodonStatus[]>;
  searchStatuses(query: string, params: PageParams): Promise<MastodonStatus[]>;
}

const REQUEST_TIMEOUT_MS = 30_000;
const MEDIA_POLLS = 20;
const MEDIA_POLL_MS = 500;

/** Mastodon's snake_case keys as the camelCase the parse types use. */
export function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()), camelKeys(inner)]));
}

function pageQuery(params: PageParams, extra: Record<string, string> = {}): URLSearchParams {
  const query = new URLSearchParams(extra);
  query.set('limit', String(params.limit));
  if (params.minId !== undefined) query.set('min_id', params.minId);
  if (params.maxId !== undefined) query.set('max_id', params.maxId);
  return query;
}

function serverMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    return typeof parsed.error === 'string' ? parsed.error : undefined;
  } catch {
    return undefined; // snac: an HTML page or nothing
  }
}

export function createMastodonApi(instanceUrl: string, accessToken: string, fetchImpl: typeof fetch = fetch): MastodonApi {
  const request = async <T>(kind: MastodonCall, method: string, pathname: string, options: { query?: URLSearchParams; body?: unknown; form?: FormData; headers?: Record<string, string> } = {}): Promise<T> => {
    const url = new URL(pathname, instanceUrl);
    if (options.query !== undefined) url.search = options.query.toString();
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(url, {
        method,
        headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json', ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        // fetch sets the multipart boundary itself.
        ...(options.form === undefined ? {} : { body: options.form }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      text = await response.text();
    } catch (error) {
      throw mastodonError(error, kind);
    }
    if (!response.ok) throw errorFromStatus(response.status, serverMessage(text), response.headers, kind);
    try {
      return camelKeys(text === '' ? {} : JSON.parse(text)) as T;
    } catch (error) {
      throw mastodonError(error, kind);
    }
  };
  const id = encodeURIComponent;
  return {
    verifyCredentials: () => request('read', 'GET', '/api/v1/accounts/verify_credentials'),
    // `types[]` narrows the page on Mastodon; snac ignores it, so callers still filter by type.
    notifications: (params) => request('read', 'GET', '/api/v1/notifications', { query: pageQuery(params, { 'types[]': 'mention' }) }),
    status: (statusId) => request('read', 'GET', `/api/v1/statuses/${id(statusId)}`),
    context: (statusId) => request('read', 'GET', `/api/v1/statuses/${id(statusId)}/context`),
    account: (accountId) => request('read', 'GET', `/api/v1/accounts/${id(accountId)}`),
    accountStatuses: (accountId, limit) => request('read', 'GET', `/api/v1/accounts/${id(accountId)}/statuses`, { query: pageQuery({ limit }) }),
    createStatus: (params, idempotencyKey) => request('send', 'POST', '/api/v1/statuses', {
      body: {
        status: params.status, visibility: params.visibility,
        ...(params.inReplyToId === undefined ? {} : { in_reply_to_id: params.inReplyToId }),
        ...(params.mediaIds === undefined || params.mediaIds.length === 0 ? {} : { media_ids: params.mediaIds }),
      },
      headers: { 'idempotency-key': idempotencyKey },
    }),
    deleteStatus: async (statusId) => {
      await request('send', 'DELETE', `/api/v1/statuses/${id(statusId)}`);
    },
    uploadMedia: async (media) => {
      const form = new FormData();
      form.set('file', new Blob([Uint8Array.from(media.bytes)], { type: media.contentType }), `image.${media.contentType.split('/')[1] ?? 'bin'}`);
      form.set('description', media.description);
      let attachment = await request<{ id: string; url?: string | null }>('send', 'POST', '/api/v2/media', { form });
      // 202 with `url: null` while the server still processes it (docs: methods/media); images are usually done at once.
      for (let poll = 0; attachment.url === null && poll < MEDIA_POLLS; poll += 1) {
        await new Promise((resolve) => setTimeout(resolve, MEDIA_POLL_MS));
        attachment = await request('read', 'GET', `/api/v1/media/${id(attachment.id)}`);
      }
      return { id: attachment.id };
    },
    tagTimeline: (tag, params) => request('read', 'GET', `/api/v1/timelines/tag/${id(tag)}`, { query: pageQuery(params) }),
    searchStatuses: async (query, params) => (await request<{ statuses: MastodonStatus[] }>('read', 'GET', '/api/v2/search', { query: pageQuery(params, { q: query, type: 'statuses' }) })).statuses,
  };
}
