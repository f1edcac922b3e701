import { describe, expect, it } from 'vitest';
import { graphemeCount, lengthCounts } from './networkLimits';

describe('lengthCounts', () => {
  it('counts the way each network counts', () => {
    const text = 'Halo 👋🏽 kak';
    expect(graphemeCount(text)).toBe(10);
    const counts = lengthCounts(text, ['bluesky', 'x', 'instagram', 'x']);
    expect(counts).toEqual([
      { network: 'bluesky', used: 10, max: 300 },
      // X counts an emoji sequence (skin tone included) as 2.
      { network: 'x', used: 11, max: 280 },
      { network: 'instagram', used: 11, max: 2200 },
    ]);
  });

  it('counts a URL on X and Mastodon as 23, however long it is', () => {
    const text = `Serum baru! https://glowria.id/produk/${'serum-niacinamide-'.repeat(10)}`;
    expect(lengthCounts(text, ['x', 'mastodon'])).toEqual([
      { network: 'x', used: 'Serum baru! '.length + 23, max: 280 },
      { network: 'mastodon', used: 'Serum baru! '.length + 23, max: 500 },
    ]);
  });
});
