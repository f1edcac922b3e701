// The one place Mastodon's errors become ChannelError codes. Mastodon answers errors as JSON
// `{"error": "..."}`; snac answers most with an HTML page or an empty body, so the status code
// decides and the body only adds words. Messages never carry the token or the request URL.
import { ChannelError } from '../types.js';

/** A read can be retried freely; a send may have landed even when the answer was lost. */
export type MastodonCall = 'read' | 'send';

const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** Mastodon's X-RateLimit-Reset is an ISO-8601 instant (not epoch seconds as on X or Bluesky). */
export function retryAfterFrom(headers: Headers | undefined, now = Date.now()): number {
  const reset = headers?.get('x-ratelimit-reset');
  if (reset !== null && reset !== undefined) {
    const at = Date.parse(reset);
    if (Number.isFinite(at)) return Math.max(1_000, at - now);
  }
  const retryAfter = Number(headers?.get('retry-after') ?? Number.NaN);
  return Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1_000 : DEFAULT_RATE_LIMIT_WAIT_MS;
}

export function errorFromStatus(status: number, serverMessage: string | undefined, headers: Headers | undefined, call: MastodonCall): ChannelError {
  const said = serverMessage !== undefined && serverMessage !== '' ? `: ${serverMessage}` : '';
  if (status === 401 || status === 403) return new ChannelError('AUTH_REVOKED', `Mastodon refused the access token (HTTP ${status})${said}`);
  if (status === 404 || status === 410) return new ChannelError('NOT_FOUND', `Mastodon has no such status or account (HTTP ${status})${said}`);
  if (status === 429) return new ChannelError('RATE_LIMITED', `Mastodon rate limit reached${said}`, retryAfterFrom(headers));
  if (status === 422 || status === 400) return new ChannelError('INVALID_CONTENT', `Mastodon refused the request (HTTP ${status})${said}`);
  if (status >= 500) return new ChannelError('TEMPORARY', `Mastodon server error (HTTP ${status})${said}`);
  return new ChannelError(call === 'send' ? 'UNKNOWN_OUTCOME' : 'TEMPORARY', `Unexpected Mastodon answer (HTTP ${status})${said}`);
}

/** Connection refused or a name that does not resolve: the request never left, so nothing was sent. */
function neverSent(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(cause.code);
}

/** A thrown fetch (no HTTP answer, or an answer that could not be read) as a ChannelError. */
export function mastodonError(error: unknown, call: MastodonCall): ChannelError {
  if (error instanceof ChannelError) return error;
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  if (call === 'send' && (timedOut || !neverSent(error))) {
    return new ChannelError('UNKNOWN_OUTCOME', timedOut ? 'Mastodon did not answer in time; the status may or may not have been posted' : 'The connection to Mastodon failed after the request was sent; the status may or may not have been posted');
  }
  return new ChannelError('TEMPORARY', timedOut ? 'Mastodon did not answer in time' : 'Mastodon could not be reached');
}
