import { describe, expect, it } from 'vitest';
import { mediaLinkLifetimeMs, signMediaLink, verifyMediaLink } from './public-link.js';

const secretKey = Buffer.alloc(32, 3);
const publicUrl = new URL('https://sapa.example.id/base');
const now = Date.UTC(2026, 11, 6, 2, 0, 0);

function partsOf(link: string) {
  const url = new URL(link);
  return { path: url.pathname, expires: url.searchParams.get('expires') ?? '', signature: url.searchParams.get('signature') ?? '' };
}

describe('signed media links', () => {
  it('builds the link under SAPA_PUBLIC_URL, valid for an hour', () => {
    const link = partsOf(signMediaLink({ secretKey, publicUrl, mediaId: 'm1' }, now));
    expect(link.path).toBe('/base/public/media/m1');
    expect(Number(link.expires)).toBe((now + mediaLinkLifetimeMs) / 1000);
    expect(verifyMediaLink({ secretKey, mediaId: 'm1', ...link }, now)).toBe('valid');
    expect(verifyMediaLink({ secretKey, mediaId: 'm1', ...link }, now + mediaLinkLifetimeMs)).toBe('valid');
  });

  it('refuses the link after it expires', () => {
    const link = partsOf(signMediaLink({ secretKey, publicUrl, mediaId: 'm1' }, now));
    expect(verifyMediaLink({ secretKey, mediaId: 'm1', ...link }, now + mediaLinkLifetimeMs + 1000)).toBe('expired');
  });

  it('refuses a signature for another image, another expiry, another key, or not hex at all', () => {
    const link = partsOf(signMediaLink({ secretKey, publicUrl, mediaId: 'm1' }, now));
    expect(verifyMediaLink({ secretKey, mediaId: 'm2', ...link }, now)).toBe('forged');
    expect(verifyMediaLink({ secretKey, mediaId: 'm1', ...link, expires: String(Number(link.expires) + 3600) }, now)).toBe('forged');
    expect(verifyMediaLink({ secretKey: Buffer.alloc(32, 4), mediaId: 'm1', ...link }, now)).toBe('forged');
    expect(verifyMediaLink({ secretKey, mediaId: 'm1', expires: link.expires, signature: 'zz' }, now)).toBe('forged');
    expect(verifyMediaLink({ secretKey, mediaId: 'm1', expires: '-1', signature: link.signature }, now)).toBe('forged');
  });
});
