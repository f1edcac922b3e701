import { describe, expect, it } from 'vitest';
import { ChannelError } from '../types.js';
import { ManualClock } from './clock.js';
import { createRandom } from './random.js';
import { SimulatedNetwork, type SimulatedNetworkOptions } from './simulated-network.js';

const FAMILY = '👨‍👩‍👧';

function network(options: Partial<SimulatedNetworkOptions> & Pick<SimulatedNetworkOptions, 'network'>): SimulatedNetwork {
  return new SimulatedNetwork({ latencyMs: 0, rateLimitProbability: 0, clock: new ManualClock(), random: createRandom(1), ...options });
}

async function refusal(promise: Promise<unknown>): Promise<ChannelError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChannelError) return error;
    throw error;
  }
  throw new Error('expected a ChannelError');
}

describe('SimulatedNetwork', () => {
  it('returns ids in each network\'s shape', async () => {
    const facebook = network({ network: 'facebook' });
    const post = await facebook.publishPost({ idempotencyKey: 'p1', text: 'Halo!' });
    expect(post.networkMessageId).toMatch(/^104729381562847_\d{16}$/);
    const comment = await facebook.sendReply({ idempotencyKey: 'r1', text: 'Makasih kak!', inReplyToNetworkId: post.networkMessageId });
    expect(comment.networkMessageId).toMatch(/^\d{16}_\d{16}$/);
    expect((await facebook.sendReply({ idempotencyKey: 'd1', text: 'Halo kak', directThreadId: '5306165836669287' })).networkMessageId).toMatch(/^m_/);

    const instagram = network({ network: 'instagram' });
    expect((await instagram.sendReply({ idempotencyKey: 'r', text: 'Siap kak', inReplyToNetworkId: '17858893269000001' })).networkMessageId).toMatch(/^\d{17}$/);

    const x = network({ network: 'x' });
    expect((await x.sendReply({ idempotencyKey: 'r', text: 'Siap kak', inReplyToNetworkId: '2123587208135835913' })).networkMessageId).toMatch(/^\d{19}$/);

    const bluesky = network({ network: 'bluesky' });
    expect((await bluesky.publishPost({ idempotencyKey: 'p', text: 'Halo Bluesky' })).networkMessageId).toMatch(/^at:\/\/did:plc:[a-z2-7]{24}\/app\.bsky\.feed\.post\/[234567a-z]{13}$/);
  });

  it('uses a TID idempotency key as the Bluesky rkey', async () => {
    const bluesky = network({ network: 'bluesky' });
    const sent = await bluesky.sendReply({ idempotencyKey: '3n2psru6hs2ax', text: 'Halo!', inReplyToNetworkId: 'at://did:plc:x/app.bsky.feed.post/3n2p7xjrmicas' });
    expect(sent.networkMessageId).toBe('at://did:plc:glowriaskincareidn7x4q2m/app.bsky.feed.post/3n2psru6hs2ax');
  });

  it('reports Meta times in whole seconds, X and Bluesky in milliseconds', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 20, 12, 0, 0, 789));
    expect((await network({ network: 'instagram', clock }).publishPost({ idempotencyKey: 'p', text: 'a' })).sentAt % 1000).toBe(0);
    expect((await network({ network: 'x', clock }).publishPost({ idempotencyKey: 'p', text: 'a' })).sentAt % 1000).toBe(789);
  });

  it('refuses text over the limit as the network counts it', async () => {
    const x = network({ network: 'x' });
    expect((await refusal(x.publishPost({ idempotencyKey: 'cjk', text: '漢'.repeat(141) }))).code).toBe('INVALID_CONTENT');
    await expect(x.publishPost({ idempotencyKey: 'url', text: `${'a'.repeat(250)} https://example.com/${'x'.repeat(100)}` })).resolves.toBeDefined();
    const bluesky = network({ network: 'bluesky' });
    expect((await refusal(bluesky.publishPost({ idempotencyKey: 'zwj', text: FAMILY.repeat(167) }))).code).toBe('INVALID_CONTENT');
    await expect(bluesky.publishPost({ idempotencyKey: 'zwj-ok', text: FAMILY.repeat(166) })).resolves.toBeDefined();
    expect(bluesky.received.map((entry) => entry.outcome)).toEqual(['rejected', 'sent']);
  });

  it('never creates a second message for the same idempotency key, even when sent concurrently', async () => {
    const clock = new ManualClock();
    const x = network({ network: 'x', clock, latencyMs: 100 });
    const reply = { idempotencyKey: 'reply-42', text: 'Halo kak, sudah kami DM ya 🙏', inReplyToNetworkId: '2123587208135835913' };
    const first = x.sendReply(reply);
    const second = x.sendReply(reply);
    await clock.advanceAsync(100);
    const [a, b] = await Promise.all([first, second]);
    expect(b).toEqual(a);
    expect(await x.sendReply(reply)).toEqual(a);
    expect(x.delivered()).toHaveLength(1);
    expect(x.received.filter((entry) => entry.outcome === 'replayed')).toHaveLength(2);
    expect(await x.findSent('reply-42')).toEqual(a);
    expect(await x.findSent('never-sent')).toBeNull();
  });

  it('waits for its latency on the injected clock', async () => {
    const clock = new ManualClock();
    const facebook = network({ network: 'facebook', clock, latencyMs: 250 });
    let settled = false;
    const sending = facebook.publishPost({ idempotencyKey: 'p', text: 'Halo' }).then(() => {
      settled = true;
    });
    await clock.advanceAsync(249);
    expect(settled).toBe(false);
    await clock.advanceAsync(1);
    await sending;
    expect(settled).toBe(true);
  });

  it('refuses with RATE_LIMITED and a retry-after, and the key stays free for the retry', async () => {
    const x = network({ network: 'x', rateLimitProbability: 1, retryAfterMs: [5000, 9000] });
    const error = await refusal(x.publishPost({ idempotencyKey: 'p', text: 'Promo gajian!' }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(5000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(9000);
    expect(error.message).toMatch(/429/);
    expect(await x.findSent('p')).toBeNull();
  });

  it('rate-limits at roughly the configured probability', async () => {
    const bluesky = network({ network: 'bluesky', rateLimitProbability: 0.2 });
    let limited = 0;
    for (let index = 0; index < 500; index += 1) {
      try {
        await bluesky.publishPost({ idempotencyKey: `k${index}`, text: `post ${index}` });
      } catch (error) {
        if (error instanceof ChannelError && error.code === 'RATE_LIMITED') limited += 1;
      }
    }
    expect(limited).toBeGreaterThan(60);
    expect(limited).toBeLessThan(140);
  });

  it('lets tests inject an unknown outcome on a send that did land', async () => {
    const instagram = network({ network: 'instagram' });
    instagram.failNext({ code: 'UNKNOWN_OUTCOME', landed: true });
    expect((await refusal(instagram.sendReply({ idempotencyKey: 'k', text: 'Halo', inReplyToNetworkId: '17858893269000001' }))).code).toBe('UNKNOWN_OUTCOME');
    expect(await instagram.findSent('k')).not.toBeNull();
    instagram.failNext({ code: 'AUTH_REVOKED' });
    expect((await refusal(instagram.sendReply({ idempotencyKey: 'k2', text: 'Halo lagi', inReplyToNetworkId: '17858893269000001' }))).code).toBe('AUTH_REVOKED');
    expect(await instagram.findSent('k2')).toBeNull();
  });

  it('X refuses a second status with the same text under a different key', async () => {
    const x = network({ network: 'x' });
    await x.sendReply({ idempotencyKey: 'a', text: 'Terima kasih kak!', inReplyToNetworkId: '1' });
    expect((await refusal(x.sendReply({ idempotencyKey: 'b', text: 'Terima kasih kak!', inReplyToNetworkId: '2' }))).message).toMatch(/duplicate content/);
    await expect(network({ network: 'bluesky' }).sendReply({ idempotencyKey: 'b', text: 'Terima kasih kak!', inReplyToNetworkId: 'at://x' })).resolves.toBeDefined();
  });

  it('Instagram allows 50 published posts per 24 hours', async () => {
    const clock = new ManualClock();
    const instagram = network({ network: 'instagram', clock });
    for (let index = 0; index < 50; index += 1) await instagram.publishPost({ idempotencyKey: `p${index}`, text: `post ${index}` });
    const error = await refusal(instagram.publishPost({ idempotencyKey: 'p50', text: 'one too many' }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBe(24 * 60 * 60 * 1000);
  });

  it('logs what it received and tells listeners', async () => {
    const facebook = network({ network: 'facebook' });
    const heard: string[] = [];
    facebook.onReceive((entry) => heard.push(`${entry.kind}:${entry.outcome}`));
    await facebook.sendReply({ idempotencyKey: 'k', text: 'Halo kak Rina 😊', inReplyToNetworkId: '1_2' });
    expect(facebook.received[0]).toMatchObject({ kind: 'reply', text: 'Halo kak Rina 😊', inReplyToNetworkId: '1_2', outcome: 'sent' });
    expect(heard).toEqual(['reply:sent']);
    expect((await refusal(facebook.sendReply({ idempotencyKey: 'no-target', text: 'Halo' }))).code).toBe('INVALID_CONTENT');
  });
});
