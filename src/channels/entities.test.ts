import { RichText } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { blueskyFacets, findEntities } from './entities.js';

const FAMILY = '👨‍👩‍👧'; // 18 UTF-8 bytes, 8 UTF-16 units
const slice = (text: string, start: number, end: number) => new TextDecoder().decode(new TextEncoder().encode(text).slice(start, end));

describe('entities', () => {
  it('finds links, hashtags and mentions in text order, a hashtag inside a URL staying part of the link', () => {
    const text = 'Cek https://glowria.id/p#promo dan #SerumBaru bareng @sari.bsky.social!';
    expect(findEntities(text).map((entity) => [entity.kind, entity.value])).toEqual([
      ['link', 'https://glowria.id/p#promo'], ['hashtag', 'SerumBaru'], ['mention', 'sari.bsky.social'],
    ]);
  });

  it('puts Bluesky facets at UTF-8 byte offsets after a ZWJ emoji and CJK text', async () => {
    const text = `${FAMILY} 新しい美容液 #美容 https://glowria.id/serum @sari.bsky.social`;
    const facets = await blueskyFacets(text, (handle) => Promise.resolve(handle === 'sari.bsky.social' ? 'did:plc:sari' : null));
    expect(facets.map((facet) => slice(text, facet.index.byteStart, facet.index.byteEnd))).toEqual(['#美容', 'https://glowria.id/serum', '@sari.bsky.social']);
    expect(facets[0]?.index.byteStart).toBe(18 + 1 + 18 + 1);
    expect(facets[2]?.features).toEqual([{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:sari' }]);
  });

  it('agrees with @atproto/api\'s RichText on links and tags', async () => {
    const text = `${FAMILY} 日本語 #promo https://example.com/a 漢字 #セール`;
    const rich = new RichText({ text });
    rich.detectFacetsWithoutResolution();
    const ours = await blueskyFacets(text);
    expect(ours.map((facet) => facet.index)).toEqual((rich.facets ?? []).map((facet) => facet.index));
  });

  it('leaves a mention that does not resolve as plain text', async () => {
    expect(await blueskyFacets('halo @nobody.example')).toEqual([]);
  });
});
