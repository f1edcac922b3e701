// The one Meta error mapping on recorded payloads (shapes from developers.facebook.com/docs/graph-api/guides/
// error-handling, the WhatsApp error-code reference and the rate-limiting page), for Facebook, Instagram and
// WhatsApp alike.
import { describe, expect, it } from 'vitest';
import { graphErrorOf, isDuplicatePost, usageBackoffMs } from './errors.js';

const headers = (values: Record<string, unknown>): Headers => new Headers(Object.fromEntries(Object.entries(values).map(([name, value]) => [name, JSON.stringify(value)])));

const recorded = {
  expiredToken: { error: { message: 'Error validating access token: Session has expired on Friday, 04-Dec-26 09:00:00 PST. The current time is Saturday, 05-Dec-26 02:00:00 PST.', type: 'OAuthException', code: 190, error_subcode: 463, fbtrace_id: 'A1b2C3d4' } },
  passwordChanged: { error: { message: 'Error validating access token: The session has been invalidated because the user changed their password.', type: 'OAuthException', code: 190, error_subcode: 460, fbtrace_id: 'E5f6' } },
  appLimit: { error: { message: '(#4) Application request limit reached', type: 'OAuthException', is_transient: true, code: 4, fbtrace_id: 'G7h8' } },
  pageLimit: { error: { message: '(#32) Page request limit reached', type: 'OAuthException', code: 32, fbtrace_id: 'I9j0' } },
  pagesBuc: { error: { message: '(#80001) There have been too many calls to this Page account. Wait a bit and try again.', type: 'OAuthException', code: 80001, fbtrace_id: 'K1l2' } },
  igBuc: { error: { message: '(#80002) There have been too many calls to this Instagram account. Wait a bit and try again.', type: 'OAuthException', code: 80002, fbtrace_id: 'M3n4' } },
  waThroughput: { error: { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429, error_data: { messaging_product: 'whatsapp', details: 'Cloud API message throughput has been reached.' }, fbtrace_id: 'O5p6' } },
  waPairRate: { error: { message: '(#131056) (Business Account, Consumer Account) pair rate limit hit', type: 'OAuthException', code: 131056, error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time.' }, fbtrace_id: 'Q7r8' } },
  waWindow: { error: { message: '(#131047) Re-engagement message', type: 'OAuthException', code: 131047, error_data: { messaging_product: 'whatsapp', details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' }, fbtrace_id: 'S9t0' } },
  messengerWindow: { error: { message: '(#10) This message is sent outside of allowed window.', type: 'OAuthException', code: 10, error_subcode: 2018278, fbtrace_id: 'U1v2' } },
  invalidParameter: { error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100, error_subcode: 2018001, fbtrace_id: 'W3x4' } },
  missingObject: { error: { message: "Unsupported get request. Object with ID '123_456' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", type: 'GraphMethodException', code: 100, error_subcode: 33, fbtrace_id: 'Y5z6' } },
  aliasMissing: { error: { message: '(#803) Some of the aliases you requested do not exist: nope', type: 'OAuthException', code: 803, fbtrace_id: 'Z7a8' } },
  unknown: { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1, fbtrace_id: 'B9c0' } },
  service: { error: { message: 'An unexpected error has occurred. Please retry your request later.', type: 'OAuthException', is_transient: true, code: 2, fbtrace_id: 'D1e2' } },
  duplicate: { error: { message: 'Duplicate status message', type: 'OAuthException', code: 506, error_subcode: 1455006, error_user_title: 'Duplicate Post', error_user_msg: 'This status update is identical to the last one you posted.', fbtrace_id: 'F3g4' } },
  permission: { error: { message: '(#200) Requires pages_manage_posts permission to manage the object', type: 'OAuthException', code: 200, fbtrace_id: 'H5i6' } },
};

describe('Meta error mapping', () => {
  it.each([
    ['expiredToken', 400, 'AUTH_REVOKED'], ['passwordChanged', 400, 'AUTH_REVOKED'], ['permission', 403, 'AUTH_REVOKED'],
    ['appLimit', 400, 'RATE_LIMITED'], ['pageLimit', 400, 'RATE_LIMITED'], ['pagesBuc', 400, 'RATE_LIMITED'], ['igBuc', 400, 'RATE_LIMITED'],
    ['waThroughput', 400, 'RATE_LIMITED'], ['waPairRate', 400, 'RATE_LIMITED'],
    ['waWindow', 400, 'INVALID_CONTENT'], ['messengerWindow', 400, 'INVALID_CONTENT'], ['invalidParameter', 400, 'INVALID_CONTENT'], ['duplicate', 400, 'INVALID_CONTENT'],
    ['missingObject', 400, 'NOT_FOUND'], ['aliasMissing', 404, 'NOT_FOUND'],
    ['unknown', 500, 'TEMPORARY'], ['service', 503, 'TEMPORARY'],
  ] as const)('%s → %s', (name, status, code) => {
    expect(graphErrorOf(status, recorded[name], undefined).code).toBe(code);
  });

  it('says what to do about the 24 h window, in both Messenger and WhatsApp forms', () => {
    expect(graphErrorOf(400, recorded.waWindow, undefined).message).toMatch(/24 hours.*template/);
    expect(graphErrorOf(400, recorded.messengerWindow, undefined).message).toMatch(/24 hours/);
  });

  it('takes the wait from X-Business-Use-Case-Usage estimated_time_to_regain_access (minutes)', () => {
    const usage = headers({ 'x-business-use-case-usage': { '104958162837': [{ type: 'pages', call_count: 100, total_cputime: 12, total_time: 30, estimated_time_to_regain_access: 7 }] } });
    expect(graphErrorOf(400, recorded.pagesBuc, usage).retryAfterMs).toBe(7 * 60_000);
  });

  it('falls back to a sane default wait without a usage header', () => {
    expect(graphErrorOf(400, recorded.appLimit, undefined).retryAfterMs).toBe(5 * 60_000);
    expect(graphErrorOf(400, recorded.waPairRate, undefined).retryAfterMs).toBe(10_000);
  });

  it('tells a 506 duplicate apart, and never repeats a token', () => {
    expect(isDuplicatePost(graphErrorOf(400, recorded.duplicate, undefined))).toBe(true);
    expect(isDuplicatePost(graphErrorOf(400, recorded.invalidParameter, undefined))).toBe(false);
    expect(graphErrorOf(400, recorded.expiredToken, undefined).message).not.toMatch(/EAA/);
  });

  it('maps a body that is not a Graph error by HTTP status', () => {
    expect(graphErrorOf(502, undefined, undefined).code).toBe('TEMPORARY');
    expect(graphErrorOf(401, 'Unauthorized', undefined).code).toBe('AUTH_REVOKED');
  });
});

describe('usage headers', () => {
  it('gives no hint while usage is comfortable', () => {
    expect(usageBackoffMs(headers({ 'x-app-usage': { call_count: 40, total_cputime: 10, total_time: 20 } }))).toBeUndefined();
    expect(usageBackoffMs(new Headers())).toBeUndefined();
  });

  it('asks for a growing wait past 80 % of any limit (app or business use case)', () => {
    expect(usageBackoffMs(headers({ 'x-app-usage': { call_count: 82, total_cputime: 10, total_time: 20 } }))).toBe(60_000);
    expect(usageBackoffMs(headers({ 'x-business-use-case-usage': { '1': [{ type: 'pages', call_count: 10, total_cputime: 96, total_time: 5, estimated_time_to_regain_access: 0 }] } }))).toBe(240_000);
  });

  it('prefers the time Meta gives to regain access', () => {
    expect(usageBackoffMs(headers({ 'x-business-use-case-usage': { '1': [{ type: 'instagram', call_count: 100, total_cputime: 1, total_time: 1, estimated_time_to_regain_access: 30 }] } }))).toBe(30 * 60_000);
  });
});
