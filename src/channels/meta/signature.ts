// Meta signs every webhook POST with `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, body)>`
// over the body bytes exactly as sent, which are JSON with non-ASCII characters escaped (\u00e9)
// (developers.facebook.com/docs/graph-api/webhooks/getting-started, "Validate Payloads"). So the check
// runs on the raw bytes, never on re-serialised JSON, and compares in constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

const PREFIX = 'sha256=';

export function signMetaBody(rawBody: Buffer, appSecret: string): string {
  return PREFIX + createHmac('sha256', appSecret).update(rawBody).digest('hex');
}

export function verifyMetaSignature(rawBody: Buffer, header: string | undefined, appSecret: string): boolean {
  if (header === undefined || !header.startsWith(PREFIX) || appSecret === '') return false;
  const given = Buffer.from(header.slice(PREFIX.length).toLowerCase(), 'utf8');
  const expected = Buffer.from(signMetaBody(rawBody, appSecret).slice(PREFIX.length), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Constant-time comparison of two secrets (the webhook verify token). */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined || expected === '') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
