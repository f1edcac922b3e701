import { describe, expect, it } from 'vitest';
import type { ChannelConnector } from '../types.js';
import { createSimulatorFamily, ManualClock, SIMULATED_NETWORKS, type SimulatedEvent } from './index.js';

const NOW = Date.UTC(2026, 10, 20, 5, 0, 0);

describe('createSimulatorFamily', () => {
  it('builds one ChannelConnector per simulated network, plus the brand profile', () => {
    const family = createSimulatorFamily({ clock: new ManualClock(NOW) });
    for (const network of SIMULATED_NETWORKS) {
      const connector: ChannelConnector | undefined = family.connectors[network];
      expect(connector?.network).toBe(network);
      expect(family.connectorFor(network)).toBe(connector);
      expect(family.brand.accounts[network].handle.length).toBeGreaterThan(0);
    }
    expect(family.connectorFor('mastodon')).toBeUndefined();
    expect(family.brand.name).toBe('Glowria');
    expect(family.brand.products.length).toBeGreaterThanOrEqual(4);
    expect(family.brand.products.every((product) => product.priceRupiah > 0)).toBe(true);
  });

  it('replays the same history, stream and send ids for the same seed', async () => {
    const run = async (): Promise<unknown[]> => {
      const clock = new ManualClock(NOW);
      const family = createSimulatorFamily({ seed: 'replay', clock, latencyMs: 0, rateLimitProbability: 0, ratePerMinute: 12 });
      const history = family.generateHistory({ days: 2, messagesPerDay: 40 });
      const live: SimulatedEvent[] = [];
      family.stream.onEvent((event) => live.push(event));
      family.stream.start();
      clock.advance(20 * 60_000);
      family.stream.stop();
      const sent = await family.connectors.x?.publishPost({ idempotencyKey: 'p', text: 'Halo dari Glowria' });
      return [history, live, sent];
    };
    expect(await run()).toEqual(await run());
  });

  it('continues the live stream under the posts the history seeded', () => {
    const clock = new ManualClock(NOW);
    const family = createSimulatorFamily({ seed: 'continuity', clock, ratePerMinute: 30 });
    const history = family.generateHistory({ days: 7, messagesPerDay: 60 });
    const historyPosts = new Set(history.posts.map((post) => post.networkId));
    const comments: SimulatedEvent[] = [];
    family.stream.onEvent((event) => {
      if (event.event.kind === 'comment') comments.push(event);
    });
    family.stream.start();
    clock.advance(30 * 60_000);
    family.stream.stop();
    expect(comments.some((event) => historyPosts.has(event.event.rootPostNetworkId ?? ''))).toBe(true);
  });

  it('lets followers comment under a post the officer publishes', async () => {
    const clock = new ManualClock(NOW);
    const family = createSimulatorFamily({ seed: 'new-post', clock, networks: ['instagram'], latencyMs: 0, rateLimitProbability: 0, ratePerMinute: 30 });
    const post = await family.connectors.instagram?.publishPost({ idempotencyKey: 'launch', text: 'Kenalan sama Barrier Moisture Gel 💧' });
    const roots: string[] = [];
    family.stream.onEvent(({ event }) => roots.push(event.rootPostNetworkId ?? ''));
    family.stream.start();
    clock.advance(30 * 60_000);
    family.stream.stop();
    expect(roots).toContain(post?.networkMessageId);
  });
});
