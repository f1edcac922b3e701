import type { BlueskyFacet } from '../entities.js';
import { type Agent } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { facetedText, graphemeCount } from './facets.js';

const DIDS: Record<string, string> = { 'rina.test': 'did:plc:rina0000000000000000000' };

/** Only resolveHandle is used; an unknown handle fails as the PDS does (400 "Unable to resolve handle"). */
const agent = {
  com: { atproto: { identity: { resolveHandle: ({ handle }: { handle: string }) => {
    const did = DIDS[handle];
    return did === undefined ? Promise.reject(new Error('Unable to resolve handle')) : Promise.resolve({ success: true, headers: {}, data: { did } });
  } } } },
} as unknown as Agent;

function bytesOf(text: string, facet: BlueskyFacet): string {
  return Buffer.from(text, 'utf8').subarray(facet.index.byteStart, facet.index.byteEnd).toString('utf8');
}

describe('facetedText', () => {
  it('places mentions, links and hashtags at UTF-8 byte offsets after emoji, ZWJ sequences and CJK', async () => {
    const text = '👨‍👩‍👧 keluarga 你好 @rina.test cek https://toko.example/promo?id=7 #DiskonAkhirTahun 🇮🇩 #セール';
    const { text: out, facets } = await facetedText(text, agent);
    expect(out).toBe(text);
    const found = facets.map((facet) => ({ covers: bytesOf(out, facet), feature: facet.features[0] }));
    expect(found).toEqual([
      { covers: '@rina.test', feature: { $type: 'app.bsky.richtext.facet#mention', did: DIDS['rina.test'] } },
      { covers: 'https://toko.example/promo?id=7', feature: { $type: 'app.bsky.richtext.facet#link', uri: 'https://toko.example/promo?id=7' } },
      { covers: '#DiskonAkhirTahun', feature: { $type: 'app.bsky.richtext.facet#tag', tag: 'DiskonAkhirTahun' } },
      { covers: '#セール', feature: { $type: 'app.bsky.richtext.facet#tag', tag: 'セール' } },
    ]);
    // The family emoji is 18 UTF-8 bytes but 8 UTF-16 units: offsets must count bytes.
    expect(facets[0]?.index.byteStart).toBe(Buffer.byteLength('👨‍👩‍👧 keluarga 你好 '));
  });

  it('leaves a mention that does not resolve as plain text, since an empty DID is refused', async () => {
    const { facets } = await facetedText('halo @nobody.test dan @rina.test', agent);
    expect(facets).toHaveLength(1);
    expect(facets[0]?.features[0]).toMatchObject({ did: DIDS['rina.test'] });
  });

  it('gives no facets for plain text', async () => {
    expect((await facetedText('Terima kasih kak 🙏', agent)).facets).toEqual([]);
  });

  it('counts graphemes the way the 300 limit does: a ZWJ family or a flag is one', () => {
    expect(graphemeCount('👨‍👩‍👧🇮🇩a')).toBe(3);
    expect(graphemeCount('你好')).toBe(2);
  });
});
