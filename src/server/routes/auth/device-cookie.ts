// The "known device" cookie of the sign-in throttle: after a successful sign-in the browser
// keeps an HMAC of the account's e-mail, so an account lock caused by strangers' guesses
// does not stop the real user's own browser (OWASP's device-cookie defence).
import { createHmac, timingSafeEqual } from 'node:crypto';

export const deviceCookieName = 'sapa_device';
export const deviceCookieMaxAgeSeconds = 365 * 24 * 3600;

export function deviceCookieValue(secretKey: Buffer, email: string): string {
  return createHmac('sha256', secretKey).update(`sign-in-device:${email.trim().toLowerCase()}`).digest('base64url');
}

export function isKnownDevice(secretKey: Buffer, email: string, cookie: string | undefined): boolean {
  if (cookie === undefined) return false;
  const expected = Buffer.from(deviceCookieValue(secretKey, email));
  const given = Buffer.from(cookie);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
