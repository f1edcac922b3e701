// The ONE place X API v2 errors become ChannelError codes. Shapes (docs.x.com/x-api/fundamentals/response-codes-
// and-errors; rate limits docs.x.com/x-api/fundamentals/rate-limits): problem bodies {title, detail, type, status},
// e.g. 403 {"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank",
// "title":"Forbidden","status":403} (recorded in akrherz/iembot#163, plhery/node-twitter-api-v2#469);
// 429 with x-rate-limit-reset (epoch seconds); OAuth 2.0 token errors {error, error_description}.
import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { ChannelError, type ChannelErrorCode } from '../types.js';

export interface XErrorResponse {
  status: number;
  data: unknown;
  /** From x-rate-limit-limit/-remaining/-reset (reset in epoch seconds). */
  rateLimit?: { limit: number; remaining: number; reset: number } | undefined;
}

export class XApiError extends ChannelError {
  constructor(code: ChannelErrorCode, message: string, readonly duplicate: boolean, retryAfterMs?: number) {
    super(code, message, retryAfterMs);
  }
}

const DEFAULT_RATE_WAIT_MS = 15 * 60_000;

export function xErrorOf(response: XErrorResponse, now = Date.now()): XApiError {
  const { status } = response;
  const data = (response.data ?? {}) as { title?: string; detail?: string; type?: string; reason?: string; error?: string; error_description?: string; errors?: { message?: string; detail?: string }[] };
  const said = [data.title ?? data.error, data.detail ?? data.error_description, data.errors?.[0]?.message ?? data.errors?.[0]?.detail].filter((part) => part !== undefined).join(': ').slice(0, 300) || `HTTP ${status}`;
  if (status === 429) {
    const reset = response.rateLimit?.reset;
    return new XApiError('RATE_LIMITED', `X is rate-limiting this account (${said}).`, false, reset === undefined ? DEFAULT_RATE_WAIT_MS : Math.max(1_000, reset * 1000 - now));
  }
  if (status === 401 || data.error === 'invalid_grant' || (data.error === 'invalid_request' && /token/i.test(data.error_description ?? ''))) {
    return new XApiError('AUTH_REVOKED', `X no longer accepts this channel's authorisation (${said}): connect it again in Settings → Channels.`, false);
  }
  if (status === 403 && /duplicate content/i.test(said)) {
    return new XApiError('INVALID_CONTENT', `X refused this as a duplicate of a recent post (${said}).`, true);
  }
  if (status === 403 && /client-not-enrolled|client-forbidden|not permitted|unsupported-authentication/i.test(`${data.type ?? ''} ${data.reason ?? ''} ${said}`)) {
    return new XApiError('AUTH_REVOKED', `The X app or token lacks access for this (${said}): check the app's project and scopes, then reconnect.`, false);
  }
  if (status === 404) return new XApiError('NOT_FOUND', `X cannot find that (${said}).`, false);
  if (status >= 500) return new XApiError('TEMPORARY', `X had a temporary problem (${said}); it will be tried again.`, false);
  return new XApiError('INVALID_CONTENT', `X refused the request (${said}).`, false);
}

/** Any error the twitter-api-v2 client throws: responses are mapped above; a request that may have reached X is an unknown outcome for writes. */
export function xChannelErrorOf(error: unknown, write: boolean): ChannelError {
  if (error instanceof ChannelError) return error;
  if (error instanceof ApiResponseError) return xErrorOf({ status: error.code, data: error.data, rateLimit: error.rateLimit });
  if (error instanceof ApiRequestError || error instanceof ApiPartialResponseError) {
    return new ChannelError(write ? 'UNKNOWN_OUTCOME' : 'TEMPORARY', write ? 'X did not confirm the request; it may have been carried out.' : 'X did not answer.');
  }
  return new ChannelError(write ? 'UNKNOWN_OUTCOME' : 'TEMPORARY', 'The request to X failed unexpectedly.');
}

export function isDuplicateContent(error: unknown): boolean {
  return error instanceof XApiError && error.duplicate;
}

/** Past 90 % of a window's calls, wait for the window to reset before the next poll. */
export function rateBackoffMs(rateLimit: XErrorResponse['rateLimit'], now = Date.now()): number | undefined {
  if (rateLimit === undefined || rateLimit.limit <= 0) return undefined;
  if (rateLimit.remaining > Math.max(1, Math.floor(rateLimit.limit * 0.1))) return undefined;
  return Math.max(1_000, rateLimit.reset * 1000 - now);
}
