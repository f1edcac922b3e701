import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from './clock.js';
import type { SimulatedEvent } from './event-factory.js';
import { createSimulatorFamily } from './index.js';

const START = Date.UTC(2026, 10, 20, 12, 0, 0);

function collect(minutes: number, seed: string | number = 'stream', ratePerMinute = 10): SimulatedEvent[] {
  const clock = new ManualClock(START);
  const family = createSimulatorFamily({ seed, clock, ratePerMinute, latencyMs: 0, rateLimitProbability: 0 });
  const events: SimulatedEvent[] = [];
  family.stream.onEvent((event) => events.push(event));
  family.stream.start();
  clock.advance(minutes * 60_000);
  family.stream.stop();
  return events;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('FollowerStream', () => {
  it('emits at about the configured rate, deterministically for a seed', () => {
    const events = collect(60);
    const firstDeliveries = events.filter((event) => !event.duplicate).length;
    expect(firstDeliveries).toBeGreaterThan(480);
    expect(firstDeliveries).toBeLessThan(720);
    expect(collect(60)).toEqual(events);
    expect(collect(60, 'other seed').map((event) => event.event.text)).not.toEqual(events.map((event) => event.event.text));
  });

  it('mixes every kind across the networks', () => {
    const events = collect(240);
    expect(new Set(events.map((event) => event.event.kind))).toEqual(new Set(['comment', 'reply', 'mention', 'quote', 'direct_message', 'reaction', 'edit', 'delete']));
    expect(new Set(events.map((event) => event.network))).toEqual(new Set(['facebook', 'instagram', 'x', 'bluesky']));
  });

  it('shapes every event the way the contract describes', () => {
    for (const { event, network } of collect(240)) {
      expect(event.networkMessageId.length).toBeGreaterThan(0);
      expect(Number.isInteger(event.sentAt)).toBe(true);
      if (event.kind === 'comment' || event.kind === 'quote') expect(event.rootPostNetworkId).toBeDefined();
      if (event.kind === 'reply') expect(event.parentNetworkMessageId).toBeDefined();
      if (event.kind === 'direct_message') expect(event.directThreadId).toBeDefined();
      if (event.kind === 'reaction') expect(event.reaction).toBeDefined();
      if (event.kind === 'reaction' || event.kind === 'edit' || event.kind === 'delete') expect(event.targetNetworkMessageId).toBeDefined();
      if (event.kind === 'mention' && network !== 'facebook') expect(event.text).toMatch(/@glowria/);
      if (network === 'bluesky' && event.kind !== 'direct_message' && event.kind !== 'delete') expect(event.networkMessageId).toMatch(/^at:\/\/did:plc:/);
      if (network === 'x' && (event.kind === 'comment' || event.kind === 'mention')) expect(event.networkMessageId).toMatch(/^\d{19}$/);
      if (network === 'bluesky') expect(event.kind).not.toBe('edit');
    }
  });

  it('delivers some events twice, with the same networkMessageId', () => {
    const events = collect(240);
    const duplicates = events.filter((event) => event.duplicate);
    expect(duplicates.length).toBeGreaterThan(0);
    for (const duplicate of duplicates) {
      const original = events.find((event) => !event.duplicate && event.event.networkMessageId === duplicate.event.networkMessageId);
      expect(original?.event).toEqual(duplicate.event);
    }
    const unique = new Set(events.filter((event) => !event.duplicate).map((event) => `${event.network}:${event.event.networkMessageId}`));
    expect(unique.size).toBe(events.filter((event) => !event.duplicate).length);
  });

  it('leaves no timer behind after stop (manual clock)', () => {
    const clock = new ManualClock(START);
    const family = createSimulatorFamily({ clock, ratePerMinute: 60, duplicateProbability: 0.5 });
    family.stream.start();
    clock.advance(10 * 60_000);
    expect(family.stream.pendingTimers).toBeGreaterThan(0);
    family.stream.stop();
    expect(family.stream.pendingTimers).toBe(0);
    expect(clock.pendingTimers).toBe(0);
    expect(family.stream.running).toBe(false);
  });

  it('leaves no timer behind after stop (real timers API, faked)', () => {
    vi.useFakeTimers({ now: START });
    const family = createSimulatorFamily({ ratePerMinute: 30, duplicateProbability: 0.5 });
    const seen: SimulatedEvent[] = [];
    family.stream.onEvent((event) => seen.push(event));
    family.stream.start();
    vi.advanceTimersByTime(5 * 60_000);
    expect(seen.length).toBeGreaterThan(0);
    family.stream.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('serves an async iterator that ends when the stream stops', async () => {
    const clock = new ManualClock(START);
    const family = createSimulatorFamily({ clock, ratePerMinute: 30 });
    const iterator = family.stream.events();
    family.stream.start();
    clock.advance(60_000);
    const first = await iterator.next();
    expect(first.done).toBe(false);
    family.stream.stop();
    // Events buffered before stop() are still handed out, then the iterator ends.
    const received: SimulatedEvent[] = [];
    for await (const event of iterator) received.push(event);
    expect(received.length).toBeGreaterThan(0);
    expect((await iterator.next()).done).toBe(true);
  });

  it('answers brand replies with thank-yous or likes in the same thread', async () => {
    const clock = new ManualClock(START);
    const family = createSimulatorFamily({ seed: 'follow-ups', clock, ratePerMinute: 20, latencyMs: 0, rateLimitProbability: 0 });
    const events: SimulatedEvent[] = [];
    family.stream.onEvent((event) => events.push(event));
    family.stream.start();
    clock.advance(30 * 60_000);
    const brandReplyIds = new Set<string>();
    for (const { network, event, category } of events.filter((item) => !item.duplicate && ['comment', 'mention', 'direct_message'].includes(item.event.kind) && item.category !== 'spam')) {
      const connector = family.connectors[network];
      if (connector === undefined) continue;
      const sent = await connector.sendReply({
        idempotencyKey: `reply:${event.networkMessageId}`,
        text: `Halo kak ${event.author.displayName}, makasih sudah menghubungi kami (${category ?? ''}) ${event.networkMessageId.slice(-6)}`,
        ...(event.directThreadId === undefined ? { inReplyToNetworkId: event.networkMessageId } : { directThreadId: event.directThreadId }),
      });
      brandReplyIds.add(sent.networkMessageId);
    }
    const before = events.length;
    clock.advance(3 * 60 * 60_000);
    family.stream.stop();
    const followUps = events.slice(before).filter((item) => brandReplyIds.has(item.event.parentNetworkMessageId ?? item.event.targetNetworkMessageId ?? ''));
    expect(followUps.some((item) => item.event.kind === 'reply' && item.category === 'thanks')).toBe(true);
    expect(followUps.some((item) => item.event.kind === 'reaction')).toBe(true);
    // Every public follow-up names its thread root, so ingest files it with the original message.
    for (const item of followUps.filter((followUp) => followUp.event.kind === 'reply')) expect(item.event.rootPostNetworkId).toBeDefined();
    const dmThanks = events.slice(before).filter((item) => item.event.kind === 'direct_message' && item.category === 'thanks');
    expect(dmThanks.length).toBeGreaterThan(0);
  });

  it('emitNext makes an event on demand for a chosen network', () => {
    const family = createSimulatorFamily({ clock: new ManualClock(START) });
    expect(family.stream.emitNext('bluesky').network).toBe('bluesky');
  });
});
