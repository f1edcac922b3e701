// The one X error mapping on recorded payloads (problem bodies from docs.x.com response codes; the duplicate
// body as recorded in akrherz/iembot#163 and plhery/node-twitter-api-v2#469; token errors from the OAuth 2.0 docs).
import { describe, expect, it } from 'vitest';
import { isDuplicateContent, rateBackoffMs, xErrorOf } from './errors.js';

const now = 1_764_900_000_000;
const recorded = {
  duplicate: { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 },
  tooMany: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
  unauthorized: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
  notEnrolled: { client_id: '123', detail: 'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project.', registration_url: 'https://developer.twitter.com/en/docs/projects/overview', title: 'Client Forbidden', required_enrollment: 'Appropriate Level of API Access', reason: 'client-not-enrolled', type: 'https://api.twitter.com/2/problems/client-forbidden' },
  replyNotAllowed: { detail: 'Reply to this Tweet not allowed because you have not been mentioned or otherwise engaged by the author of the Tweet you are replying to.', type: 'about:blank', title: 'Forbidden', status: 403 },
  invalidRequest: { errors: [{ parameters: { text: [''] }, message: 'Tweet text is empty' }], title: 'Invalid Request', detail: 'One or more parameters to your request was invalid.', type: 'https://api.twitter.com/2/problems/invalid-request' },
  serviceUnavailable: { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 },
  badRefresh: { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' },
};

describe('X error mapping', () => {
  it('429 → RATE_LIMITED with the wait until x-rate-limit-reset (epoch seconds)', () => {
    const error = xErrorOf({ status: 429, data: recorded.tooMany, rateLimit: { limit: 75, remaining: 0, reset: now / 1000 + 600 } }, now);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBe(600_000);
    expect(xErrorOf({ status: 429, data: recorded.tooMany }, now).retryAfterMs).toBe(15 * 60_000);
  });

  it('403 duplicate content → flagged duplicate (the first attempt landed)', () => {
    const error = xErrorOf({ status: 403, data: recorded.duplicate });
    expect(error.code).toBe('INVALID_CONTENT');
    expect(isDuplicateContent(error)).toBe(true);
    expect(isDuplicateContent(xErrorOf({ status: 403, data: recorded.replyNotAllowed }))).toBe(false);
  });

  it.each([
    ['unauthorized', 401, 'AUTH_REVOKED'], ['notEnrolled', 403, 'AUTH_REVOKED'], ['badRefresh', 400, 'AUTH_REVOKED'],
    ['replyNotAllowed', 403, 'INVALID_CONTENT'], ['invalidRequest', 400, 'INVALID_CONTENT'], ['serviceUnavailable', 503, 'TEMPORARY'],
  ] as const)('%s → %s', (name, status, code) => {
    expect(xErrorOf({ status, data: recorded[name] }).code).toBe(code);
  });

  it('says what X said', () => {
    expect(xErrorOf({ status: 400, data: recorded.invalidRequest }).message).toContain('Tweet text is empty');
  });
});

describe('rate-limit backoff hint', () => {
  it('only when 10 % or less of the window is left, until the reset', () => {
    expect(rateBackoffMs({ limit: 75, remaining: 60, reset: now / 1000 + 300 }, now)).toBeUndefined();
    expect(rateBackoffMs({ limit: 75, remaining: 7, reset: now / 1000 + 300 }, now)).toBe(300_000);
    expect(rateBackoffMs(undefined, now)).toBeUndefined();
  });
});
