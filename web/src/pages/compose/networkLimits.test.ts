import { describe, expect, it } from 'vitest';
import { channelLimits, graphemeCount, lengthCounts } from './networkLimits';
import type { Network } from '../../api/types';

const tableLimits = (networks: readonly Network[]) => networks.map((network) => channelLimits(network));

describe('lengthCounts', () => {
  it('counts the way each network counts', () => {
    const text = 'Halo 👋🏽 kak';
    expect(graphemeCount(text)).toBe(10);
    const counts = lengthCounts(text, tableLimits(['bluesky', 'x', 'instagram', 'x']));
    expect(counts).toEqual([
      { network: 'bluesky', used: 10, max: 300 },
      // X counts an emoji sequence (skin tone included) as 2.
      { network: 'x', used: 11, max: 280 },
      { network: 'instagram', used: 11, max: 2200 },
    ]);
  });

  it('counts a URL on X and Mastodon as 23, however long it is', () => {
    const text = `Serum baru! https://glowria.id/produk/${'serum-niacinamide-'.repeat(10)}`;
    expect(lengthCounts(text, tableLimits(['x', 'mastodon']))).toEqual([
      { network: 'x', used: 'Serum baru! '.length + 23, max: 280 },
      { network: 'mastodon', used: 'Serum baru! '.length + 23, max: 500 },
    ]);
  });

  it('uses the Mastodon instance\'s own limit, and the stricter one when two instances are chosen', () => {
    const roomy = channelLimits('mastodon', { maxCharacters: 100_000, charactersReservedPerUrl: 23 });
    const strict = channelLimits('mastodon', { maxCharacters: 1_000, charactersReservedPerUrl: 23 });
    expect(lengthCounts('Halo', [roomy])).toEqual([{ network: 'mastodon', used: 4, max: 100_000 }]);
    expect(lengthCounts('Halo', [roomy, strict])).toEqual([{ network: 'mastodon', used: 4, max: 1_000 }]);
  });
});
