// The one place Bluesky's errors become Sapa's ChannelError codes. XRPC errors carry the HTTP
// status and the lexicon error name (`{"error":"ExpiredToken","message":…}`); a failed fetch
// arrives as an XRPCError of status 1 (Unknown) whose cause is the network error.
import { XRPCError } from '@atproto/api';
import { ChannelError } from '../types.js';

/** Token errors the PDS answers with HTTP 400 (not 401): the session must be refreshed. */
export const TOKEN_ERRORS: readonly string[] = ['ExpiredToken', 'InvalidToken'];

const NOT_FOUND_ERRORS = new Set(['NotFound', 'RecordNotFound', 'InvalidUri', 'RepoNotFound', 'ActorNotFound', 'BlockedActor', 'BlockedByActor']);
const REVOKED_ERRORS = new Set(['AccountTakedown', 'AccountDeactivated', 'AuthFactorTokenRequired', ...TOKEN_ERRORS]);

export interface ErrorContext {
  /** A write (create or delete): after a network failure or 5xx it may have landed. */
  write: boolean;
  /** What was being done, for the message (never a token or a URL with one). */
  action: string;
}

/** RateLimit-Reset is an epoch in seconds; without it, a minute. */
function retryAfterMs(headers: Readonly<Record<string, string | undefined>> | undefined, now: number): number {
  const reset = Number(headers?.['ratelimit-reset'] ?? headers?.['RateLimit-Reset']);
  if (Number.isFinite(reset) && reset > 0) return Math.max(1_000, reset * 1000 - now);
  return 60_000;
}

export function toChannelError(error: unknown, context: ErrorContext, now = Date.now()): ChannelError {
  if (error instanceof ChannelError) return error;
  if (error instanceof XRPCError) {
    if (error.cause instanceof ChannelError) return error.cause;
    return fromXrpc(error, context, now);
  }
  return unreachable(context, error instanceof Error ? error.name : 'error');
}

function fromXrpc(error: XRPCError, context: ErrorContext, now: number): ChannelError {
  const name = error.error;
  const status: number = error.status;
  const detail = `${context.action}: ${status} ${name}${error.message && error.message !== name ? ` (${error.message})` : ''}`;
  if (status === 429) return new ChannelError('RATE_LIMITED', `Bluesky asked to slow down while ${detail}`, retryAfterMs(error.headers, now));
  if (NOT_FOUND_ERRORS.has(name)) return new ChannelError('NOT_FOUND', `Bluesky has no such post or account while ${detail}`);
  if (status === 401 || REVOKED_ERRORS.has(name)) return new ChannelError('AUTH_REVOKED', `Bluesky refused the session while ${detail}: connect the account again`);
  if (status === 400 || status === 413) return new ChannelError('INVALID_CONTENT', `Bluesky refused the request while ${detail}`);
  if (status === 403) return new ChannelError('AUTH_REVOKED', `Bluesky forbade ${detail}`);
  if (status < 100 || status >= 500) return unreachable(context, `${status} ${name}`);
  return new ChannelError('TEMPORARY', `Bluesky answered ${detail}`);
}

/** No usable answer: a write may have landed (UNKNOWN_OUTCOME, check with findSent); a read can be retried. */
function unreachable(context: ErrorContext, what: string): ChannelError {
  return context.write
    ? new ChannelError('UNKNOWN_OUTCOME', `No answer from Bluesky while ${context.action} (${what}); it may have been written`)
    : new ChannelError('TEMPORARY', `Bluesky could not be reached while ${context.action} (${what})`);
}
