import { describe, expect, it } from 'vitest';
import { graphemeCount, lengthCounts } from './networkLimits';

describe('lengthCounts', () => {
  it('counts the way each network counts', () => {
    const text = 'Halo 👋🏽 kak';
    expect(graphemeCount(text)).toBe(10);
    const counts = lengthCounts(text, ['bluesky', 'x', 'instagram', 'x']);
    expect(counts).toEqual([
      { network: 'bluesky', used: 10, max: 300 },
      { network: 'x', used: 13, max: 280 },
      { network: 'instagram', used: 11, max: 2200 },
    ]);
  });
});
