import { describe, expect, it } from 'vitest';
import { chatterSlotMs, searchChatter } from './public-chatter.js';
import { SimulatedNetwork } from './simulated-network.js';
import { ManualClock } from './clock.js';

const now = Date.UTC(2026, 10, 20, 5, 0, 0);

describe('simulated public chatter (Listening on the simulator)', () => {
  it('finds posts naming the query, the same ones in any process, oldest first', () => {
    const first = searchChatter('bluesky', 'Glowria', null, now);
    expect(first.hits.length).toBeGreaterThan(10);
    expect(first.hits.every((hit) => hit.text.includes('Glowria'))).toBe(true);
    expect(first.hits.map((hit) => hit.sentAt)).toEqual([...first.hits.map((hit) => hit.sentAt)].sort((a, b) => a - b));
    expect(first.hits.every((hit) => hit.sentAt <= now)).toBe(true);
    expect(searchChatter('bluesky', 'Glowria', null, now)).toEqual(first);
  });

  it('never returns a post twice when searched again from its cursor', () => {
    const first = searchChatter('x', '#glowria', null, now);
    const again = searchChatter('x', '#glowria', first.cursor, now);
    expect(again.hits).toEqual([]);
    const later = searchChatter('x', '#glowria', first.cursor, now + 20 * chatterSlotMs);
    const seen = new Set(first.hits.map((hit) => hit.networkPostId));
    expect(later.hits.length).toBeGreaterThan(0);
    expect(later.hits.some((hit) => seen.has(hit.networkPostId))).toBe(false);
  });

  it('is part of the simulated connector, which declares search', async () => {
    const network = new SimulatedNetwork({ network: 'x', latencyMs: 0, clock: new ManualClock(now) });
    expect(network.capabilities.search).toBe(true);
    const page = await network.search('Bright Serum', null);
    expect(page.hits.length).toBeGreaterThan(0);
    expect(page.hits.some((hit) => /kecewa|disappointed|perih|belum sampai|still nothing/i.test(hit.text))).toBe(true);
  });
});
