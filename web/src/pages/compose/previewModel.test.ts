import { describe, expect, it } from 'vitest';
import { displayHandle, foldCaption, previewSegments } from './previewModel';

describe('previewSegments', () => {
  it('marks links, hashtags and mentions the way each network shows them', () => {
    const text = 'Promo #SerumBaru bareng @kopi.id di https://glowria.id/produk/serum-niacinamide-10-persen ya';
    expect(previewSegments(text, 'bluesky')).toEqual([
      { kind: 'text', text: 'Promo ' },
      { kind: 'hashtag', text: '#SerumBaru' },
      { kind: 'text', text: ' bareng ' },
      { kind: 'mention', text: '@kopi.id' },
      { kind: 'text', text: ' di ' },
      { kind: 'link', text: 'glowria.id/produk/serum-niac…' },
      { kind: 'text', text: ' ya' },
    ]);
    // Instagram captions do not link URLs.
    expect(previewSegments('Lihat https://glowria.id.', 'instagram')).toEqual([{ kind: 'text', text: 'Lihat https://glowria.id.' }]);
  });

  it('keeps a Mastodon mention with its instance whole, and leaves the sentence end out of a link', () => {
    expect(previewSegments('Halo @toko@mastodon.social, cek https://a.id/x.', 'mastodon').map((segment) => segment.kind))
      .toEqual(['text', 'mention', 'text', 'link', 'text']);
  });
});

describe('foldCaption', () => {
  it('cuts an Instagram caption after about 125 characters at a word, not Bluesky', () => {
    const long = 'kata '.repeat(40).trim();
    const folded = foldCaption(long, 'instagram');
    expect(folded.folded).toBe(true);
    expect([...folded.shown].length).toBeLessThanOrEqual(125);
    expect(folded.shown.endsWith('kata')).toBe(true);
    expect(foldCaption(long, 'bluesky')).toEqual({ shown: long, folded: false });
  });
});

describe('displayHandle', () => {
  it('names Mastodon accounts with their instance', () => {
    expect(displayHandle('mastodon', 'glowria', 'https://social.example/')).toBe('@glowria@social.example');
    expect(displayHandle('bluesky', 'glowria.bsky.social')).toBe('@glowria.bsky.social');
    expect(displayHandle('facebook', 'Glowria')).toBe('Glowria');
  });
});
