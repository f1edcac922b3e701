import { describe, expect, it } from 'vitest';
import { graphemeLength, mastodonLength, utf8Length, xWeightedLength } from './text-length.js';
import { textLimitViolation } from './simulator/text-limits.js';

const FAMILY = '👨‍👩‍👧'; // one grapheme, five code points, 18 UTF-8 bytes

describe('X weighted length', () => {
  it('counts Latin text one per character and CJK two', () => {
    expect(xWeightedLength('a'.repeat(280))).toBe(280);
    expect(xWeightedLength('日本語')).toBe(6);
    expect(xWeightedLength('漢'.repeat(140))).toBe(280);
  });

  it('counts any emoji sequence, ZWJ families and skin tones included, as 2', () => {
    expect(xWeightedLength(FAMILY)).toBe(2);
    expect(xWeightedLength('👍🏽')).toBe(2);
    expect(xWeightedLength('🇮🇩')).toBe(2);
    expect(xWeightedLength(`halo ${FAMILY}`)).toBe(7);
  });

  it('counts every URL as 23, with or without a scheme, and leaves trailing punctuation out', () => {
    expect(xWeightedLength(`https://example.com/${'x'.repeat(200)}`)).toBe(23);
    expect(xWeightedLength('cek glowria.id ya')).toBe(4 + 23 + 3);
    expect(xWeightedLength('bit.ly/abc.')).toBe(24);
    expect(xWeightedLength('mail rina@example.com')).toBe(21);
  });

  it('normalises to NFC first, so a decomposed é counts once', () => {
    expect(xWeightedLength('e\u0301')).toBe(1);
  });

  it('treats general punctuation such as the em dash as light', () => {
    expect(xWeightedLength('a—b')).toBe(3);
  });
});

describe('text limits per network', () => {
  it('X: 280 weighted, so 141 CJK characters or 140 emoji plus one letter are too long', () => {
    expect(textLimitViolation('x', 'reply', '漢'.repeat(140))).toBeNull();
    expect(textLimitViolation('x', 'reply', '漢'.repeat(141))).toMatch(/282 weighted/);
    expect(textLimitViolation('x', 'post', FAMILY.repeat(140))).toBeNull();
    expect(textLimitViolation('x', 'post', `${FAMILY.repeat(140)}a`)).not.toBeNull();
    expect(textLimitViolation('x', 'post', `${'a'.repeat(256)} https://glowria.example/${'p'.repeat(300)}`)).toBeNull();
  });

  it('Bluesky: 300 graphemes and 3000 UTF-8 bytes', () => {
    expect(graphemeLength(FAMILY.repeat(3))).toBe(3);
    expect(utf8Length(FAMILY)).toBe(18);
    expect(textLimitViolation('bluesky', 'post', '漢'.repeat(300))).toBeNull();
    expect(textLimitViolation('bluesky', 'post', '漢'.repeat(301))).toMatch(/graphemes/);
    expect(textLimitViolation('bluesky', 'post', FAMILY.repeat(166))).toBeNull();
    expect(textLimitViolation('bluesky', 'post', FAMILY.repeat(167))).toMatch(/UTF-8 bytes/);
    expect(textLimitViolation('bluesky', 'direct_message', 'a'.repeat(1000))).toBeNull();
  });

  it('Instagram: 2,200 characters and at most 30 hashtags', () => {
    expect(textLimitViolation('instagram', 'post', 'a'.repeat(2200))).toBeNull();
    expect(textLimitViolation('instagram', 'post', 'a'.repeat(2201))).not.toBeNull();
    expect(textLimitViolation('instagram', 'post', Array.from({ length: 31 }, (_, index) => `#tag${index}`).join(' '))).toMatch(/hashtags/);
  });

  it('Facebook: a large post limit; every network refuses empty text', () => {
    expect(textLimitViolation('facebook', 'post', 'a'.repeat(60_000))).toBeNull();
    for (const network of ['facebook', 'instagram', 'x', 'bluesky'] as const) expect(textLimitViolation(network, 'reply', '  ')).toBe('text is empty');
  });
});

describe('Mastodon length', () => {
  it('counts graphemes, every URL as 23 and a remote mention as its local part', () => {
    expect(mastodonLength(`halo ${FAMILY}`)).toBe(6);
    expect(mastodonLength('cek https://glowria.id/produk/serum-niacinamide-10-persen?ref=mastodon ya')).toBe(4 + 23 + 3);
    expect(mastodonLength('@sari@mastodon.social makasih')).toBe('@sari makasih'.length);
  });
});
