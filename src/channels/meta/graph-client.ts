// A small Graph API client shared by Facebook, Instagram and WhatsApp: plain fetch to the documented
// HTTP API (developers.facebook.com/docs/graph-api/overview), the token in an Authorization header
// (never in a URL that could reach a log or an error), JSON bodies, errors mapped in errors.ts and the
// usage headers turned into a backoff hint.
import { ChannelError } from '../types.js';
import { graphErrorOf, usageBackoffMs } from './errors.js';

/** Current Graph API version at the time of writing; a channel may set its own `apiBase`. */
export const DEFAULT_GRAPH_API_BASE = 'https://graph.facebook.com/v21.0';

export interface GraphClientOptions {
  apiBase?: string | undefined;
  accessToken: string;
  fetch?: typeof fetch | undefined;
  timeoutMs?: number;
}

export type GraphQuery = Readonly<Record<string, string | number | undefined>>;

export class GraphClient {
  private readonly apiBase: string;
  private readonly fetch: typeof fetch;
  /** The wait the latest usage headers asked for; undefined while usage is comfortable. */
  backoffMs: number | undefined;

  constructor(private readonly options: GraphClientOptions) {
    this.apiBase = (options.apiBase ?? DEFAULT_GRAPH_API_BASE).replace(/\/+$/, '');
    this.fetch = options.fetch ?? fetch;
  }

  get<T>(path: string, query: GraphQuery = {}): Promise<T> {
    return this.request<T>('GET', path, query);
  }

  post<T>(path: string, body: Readonly<Record<string, unknown>>): Promise<T> {
    return this.request<T>('POST', path, {}, body);
  }

  delete<T>(path: string): Promise<T> {
    return this.request<T>('DELETE', path, {});
  }

  private async request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, query: GraphQuery, body?: Readonly<Record<string, unknown>>): Promise<T> {
    const url = new URL(`${this.apiBase}/${path.replace(/^\/+/, '')}`);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    let response: Response;
    try {
      response = await this.fetch(url, {
        method,
        headers: { authorization: `Bearer ${this.options.accessToken}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch {
      // The request may have reached Meta: only a read is safe to call temporary.
      throw new ChannelError(method === 'GET' ? 'TEMPORARY' : 'UNKNOWN_OUTCOME', `Meta did not answer ${method} /${pathName(path)}.`);
    }
    this.backoffMs = usageBackoffMs(response.headers);
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      if (response.ok && method !== 'GET') throw new ChannelError('UNKNOWN_OUTCOME', `Meta's answer to ${method} /${pathName(path)} could not be read.`);
      parsed = undefined;
    }
    if (!response.ok) throw graphErrorOf(response.status, parsed, response.headers);
    return parsed as T;
  }
}

/** The path's shape without ids, for messages. */
function pathName(path: string): string {
  return path.replace(/^\/+/, '').replace(/[0-9_]{4,}/g, '{id}');
}
