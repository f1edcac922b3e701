// Signed public links to one image, for networks that fetch images by URL (Instagram's
// image_url, Facebook photos) and cannot sign in: HMAC-SHA256 over the media id and the expiry,
// with a key derived from the secret key for this purpose only, so a link can neither be forged
// for another image nor kept working past its expiry.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** Long enough for a network to fetch the image while publishing, short enough not to become a permanent link. */
export const mediaLinkLifetimeMs = 60 * 60 * 1000;

function linkKey(secretKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'sapa media link', 32));
}

function signatureOf(secretKey: Buffer, mediaId: string, expires: number): Buffer {
  return createHmac('sha256', linkKey(secretKey)).update(`${mediaId}\n${expires}`).digest();
}

/** The absolute link under SAPA_PUBLIC_URL, valid until now + lifetime (whole seconds). */
export function signMediaLink(input: { secretKey: Buffer; publicUrl: URL; mediaId: string }, now = Date.now(), lifetimeMs = mediaLinkLifetimeMs): string {
  const expires = Math.floor((now + lifetimeMs) / 1000);
  const url = new URL(`public/media/${encodeURIComponent(input.mediaId)}`, input.publicUrl.href.endsWith('/') ? input.publicUrl : `${input.publicUrl.href}/`);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('signature', signatureOf(input.secretKey, input.mediaId, expires).toString('hex'));
  return url.href;
}

export type LinkCheck = 'valid' | 'expired' | 'forged';

/** Checks a link's expiry and signature (compared in constant time). */
export function verifyMediaLink(input: { secretKey: Buffer; mediaId: string; expires: string; signature: string }, now = Date.now()): LinkCheck {
  if (!/^\d{1,12}$/.test(input.expires) || !/^[0-9a-f]{64}$/.test(input.signature)) return 'forged';
  const expires = Number(input.expires);
  const given = Buffer.from(input.signature, 'hex');
  if (!timingSafeEqual(given, signatureOf(input.secretKey, input.mediaId, expires))) return 'forged';
  return expires * 1000 < now ? 'expired' : 'valid';
}
