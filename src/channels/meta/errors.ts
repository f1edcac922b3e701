// The ONE place Graph API errors (Facebook Pages, Messenger, Instagram, WhatsApp Cloud API)
// become ChannelError codes. Error body shape, codes and recovery tactics:
// developers.facebook.com/docs/graph-api/guides/error-handling ({error:{message,type,code,
// error_subcode,error_user_msg,fbtrace_id,is_transient}}); WhatsApp codes and `error_data.details`:
// developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes;
// usage headers: developers.facebook.com/docs/graph-api/overview/rate-limiting.
import { ChannelError, type ChannelErrorCode } from '../types.js';

export interface GraphErrorPayload {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  is_transient?: boolean;
  error_user_msg?: string;
  error_data?: { details?: string; messaging_product?: string };
  fbtrace_id?: string;
}

/** A ChannelError that remembers the Graph code, so callers can tell a 506 duplicate from other refusals. */
export class GraphApiError extends ChannelError {
  constructor(code: ChannelErrorCode, message: string, readonly graphCode: number | undefined, readonly subcode: number | undefined, retryAfterMs?: number) {
    super(code, message, retryAfterMs);
  }
}

/** Throttling codes: app (4), user (17), page (32), custom (613), app limit (341), Pages/IG business use case (80001/80002), WhatsApp throughput (130429) and pair rate (131056). */
const rateLimitCodes = new Set([4, 17, 32, 341, 613, 80001, 80002, 130429, 131056]);
/** Meta's documented default waits where the usage header gives none: hourly windows for app/BUC limits; seconds for WhatsApp pair rate. */
const defaultWaitMs: Record<number, number> = { 130429: 60_000, 131056: 10_000 };
const defaultRateLimitWaitMs = 5 * 60_000;
/** Messenger (2018278) and Instagram (2534022) answer a message sent outside the 24 h window with code 10 and these subcodes. */
const windowSubcodes = new Set([2018278, 2534022]);
const DUPLICATE_POST = 506;

export function graphErrorOf(status: number, body: unknown, headers: Headers | undefined): GraphApiError {
  const error = errorPayloadOf(body);
  const code = error?.code;
  const subcode = error?.error_subcode;
  const said = describe(error, status);
  const make = (channelCode: ChannelErrorCode, message: string, retryAfterMs?: number): GraphApiError => new GraphApiError(channelCode, message, code, subcode, retryAfterMs);

  if (code === 190 || code === 102 || (code === undefined && status === 401)) {
    return make('AUTH_REVOKED', `Meta no longer accepts this channel's access token (${said}): connect it again in Settings → Channels.`);
  }
  if (code !== undefined && rateLimitCodes.has(code)) {
    return make('RATE_LIMITED', `Meta is rate-limiting this account (${said}).`, regainAccessMs(headers) ?? defaultWaitMs[code] ?? defaultRateLimitWaitMs);
  }
  if (code === 131047 || (code === 10 && subcode !== undefined && windowSubcodes.has(subcode))) {
    return make('INVALID_CONTENT', `More than 24 hours have passed since this follower last wrote, so Meta only allows template messages now; wait for the follower to write again (${said}).`);
  }
  if (code === 803 || subcode === 33 || /does not exist/i.test(error?.message ?? '')) {
    return make('NOT_FOUND', `Meta cannot find that object (${said}).`);
  }
  if (code === DUPLICATE_POST) {
    return make('INVALID_CONTENT', `Facebook refused this as a duplicate of the Page's previous post; change the text before posting again (${said}).`);
  }
  if (error?.is_transient === true || code === 1 || code === 2 || status >= 500) {
    return make('TEMPORARY', `Meta had a temporary problem (${said}); it will be tried again.`);
  }
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) {
    return make('AUTH_REVOKED', `The access token lacks a permission Meta needs for this (${said}): reconnect and grant it.`);
  }
  if (code === 100) {
    return make('INVALID_CONTENT', `Meta refused a parameter (${said}); check the text, the recipient and the channel's ids.`);
  }
  if (code === 368) return make('INVALID_CONTENT', `Meta temporarily blocked this action for policy reasons (${said}).`);
  if (status === 429) return make('RATE_LIMITED', `Meta is rate-limiting this account (${said}).`, regainAccessMs(headers) ?? defaultRateLimitWaitMs);
  return make('INVALID_CONTENT', `Meta refused the request (${said}).`);
}

export function isDuplicatePost(error: unknown): boolean {
  return error instanceof GraphApiError && error.graphCode === DUPLICATE_POST;
}

function errorPayloadOf(body: unknown): GraphErrorPayload | undefined {
  if (body === null || typeof body !== 'object' || !('error' in body)) return undefined;
  const error = (body).error;
  return error !== null && typeof error === 'object' ? (error) : undefined;
}

/** Meta's own words, without anything that could carry a token. */
function describe(error: GraphErrorPayload | undefined, status: number): string {
  if (error === undefined) return `HTTP ${status}`;
  const parts = [error.code === undefined ? `HTTP ${status}` : `code ${error.code}${error.error_subcode === undefined ? '' : `/${error.error_subcode}`}`];
  const text = error.error_data?.details ?? error.error_user_msg ?? error.message;
  if (text !== undefined) parts.push(text.slice(0, 300));
  return parts.join(': ');
}

interface UsageEntry {
  call_count?: number;
  total_cputime?: number;
  total_time?: number;
  /** Minutes until the business use case is no longer throttled. */
  estimated_time_to_regain_access?: number;
}

function parseJsonHeader(headers: Headers | undefined, name: string): unknown {
  const raw = headers?.get(name);
  if (raw === null || raw === undefined) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Every usage entry Meta sent: X-App-Usage and X-Page-Usage are one object; X-Business-Use-Case-Usage maps business ids to arrays. */
function usageEntries(headers: Headers | undefined): UsageEntry[] {
  const entries: UsageEntry[] = [];
  for (const name of ['x-app-usage', 'x-page-usage', 'x-ad-account-usage']) {
    const value = parseJsonHeader(headers, name);
    if (value !== null && typeof value === 'object') entries.push(value);
  }
  const business = parseJsonHeader(headers, 'x-business-use-case-usage');
  if (business !== null && typeof business === 'object') {
    for (const list of Object.values(business as Record<string, unknown>)) {
      if (Array.isArray(list)) entries.push(...(list.filter((item) => item !== null && typeof item === 'object') as UsageEntry[]));
    }
  }
  return entries;
}

/** How long Meta says until access returns (X-Business-Use-Case-Usage, minutes), when it says so. */
export function regainAccessMs(headers: Headers | undefined): number | undefined {
  const minutes = Math.max(0, ...usageEntries(headers).map((entry) => entry.estimated_time_to_regain_access ?? 0));
  return minutes > 0 ? minutes * 60_000 : undefined;
}

const SLOW_DOWN_AT_PERCENT = 80;

/**
 * A wait to respect before the next call when usage is past 80 % of any limit (Meta throttles at 100 %
 * and the penalty lasts up to an hour): the time Meta gives to regain access, else one minute at 80 %
 * growing by a minute per 5 % more. Undefined while usage is comfortable.
 */
export function usageBackoffMs(headers: Headers | undefined): number | undefined {
  const entries = usageEntries(headers);
  const percent = Math.max(0, ...entries.flatMap((entry) => [entry.call_count ?? 0, entry.total_cputime ?? 0, entry.total_time ?? 0]));
  const regain = regainAccessMs(headers);
  if (percent < SLOW_DOWN_AT_PERCENT) return regain;
  const stepped = 60_000 * (1 + Math.floor((Math.min(percent, 100) - SLOW_DOWN_AT_PERCENT) / 5));
  return Math.max(regain ?? 0, stepped);
}
