/**
 * The simulator channel family: a simulated Facebook Page, Instagram, X and Bluesky account for
 * the demo brand Glowria (fictional Indonesian skincare), used by the live demo and by tests.
 *
 * ```ts
 * const family = createSimulatorFamily({ seed: 'demo', ratePerMinute: 6 });
 * family.connectors.x                 // ChannelConnector (a SimulatedNetwork)
 * family.stream.onEvent(({ network, event }) => ingest(network, event));
 * family.stream.start();              // … family.stream.stop() cancels every timer
 * const { posts, events } = family.generateHistory({ days: 7, now: Date.now(), messagesPerDay: 120 });
 * family.brand.products               // name, price in Rupiah, stock, honest limitation
 * ```
 *
 * - `connectors[network]` implements `ChannelConnector`: network-shaped ids, the network's own
 *   text counting (X weighted length, Bluesky graphemes and bytes, Instagram 2,200), latency,
 *   occasional RATE_LIMITED with retryAfterMs, idempotent sends by key (`findSent` works), a log
 *   of everything received (`received`, `delivered()`, `onReceive`) and `failNext()` to inject
 *   errors such as UNKNOWN_OUTCOME on a send that did land.
 * - `stream` emits `SimulatedEvent`s (`{ network, event: InboundEvent, category, language,
 *   duplicate }`): comments, thread replies, mentions, quotes, DMs, reactions, edits, deletes and
 *   duplicate deliveries. Replies sent through a connector come back as thank-yous and likes.
 * - `category`/`topic`/`language` are the generator's answer key for tests and the demo only;
 *   Sapa's analysis must never read them.
 * - One account alone: `createWorld({ network, seed, clock })` gives `{ connector, factory,
 *   audience }` for callers that own one simulated channel each (the connector registry);
 *   `new FollowerStream({ sources: worlds.map((w) => w.factory) })` streams from any set of
 *   worlds, and `generateHistoryIn(worlds, { now })` seeds history into the same worlds.
 * - Everything is deterministic for a seed when the clock is injected (`ManualClock`, or vitest
 *   fake timers with the default `systemClock`). No network access, no environment reads.
 */
import type { Network } from '../types.js';
import { GLOWRIA, SIMULATED_NETWORKS, type BrandProfile, type SimulatedNetworkName } from './brand.js';
import { systemClock, type SimulatorClock } from './clock.js';
import { FollowerStream } from './follower-stream.js';
import { generateHistoryIn, type HistoryOptions, type SimulatedHistory } from './history.js';
import { FollowerMessageGenerator } from './message-generator.js';
import { deriveRandom, type RandomSource } from './random.js';
import type { SimulatedNetwork } from './simulated-network.js';
import { createWorld, type SimulatedWorld } from './world.js';

export interface SimulatorFamilyOptions {
  /** Replays the same followers, texts and ids. Default 'sapa-demo'. */
  seed?: string | number;
  /** Follower events per minute across all networks. Default 6. */
  ratePerMinute?: number;
  /** Chance a send is refused with RATE_LIMITED. Default 0.03. */
  rateLimitProbability?: number;
  /** Send latency, fixed or [min, max]. Default [40, 300]; 0 for instant sends. */
  latencyMs?: number | readonly [number, number];
  /** Range of RATE_LIMITED retry-after. Default [1000, 30000]. */
  retryAfterMs?: readonly [number, number];
  /** Chance a stream event is delivered twice. Default 0.04. */
  duplicateProbability?: number;
  clock?: SimulatorClock;
  /** Network behaviour (latency, rate limits); message content always follows the seed. */
  random?: RandomSource;
  networks?: readonly SimulatedNetworkName[];
  brand?: BrandProfile;
}

export interface SimulatorFamily {
  brand: BrandProfile;
  clock: SimulatorClock;
  connectors: Readonly<Partial<Record<SimulatedNetworkName, SimulatedNetwork>>>;
  stream: FollowerStream;
  /** A generator of loose follower texts (analysis tests, benchmarks). */
  generator: FollowerMessageGenerator;
  /** History in this family's worlds: the stream continues under the same posts, with the same followers. */
  generateHistory(options?: Partial<HistoryOptions>): SimulatedHistory;
  connectorFor(network: Network): SimulatedNetwork | undefined;
}

export function createSimulatorFamily(options: SimulatorFamilyOptions = {}): SimulatorFamily {
  const seed = options.seed ?? 'sapa-demo';
  const clock = options.clock ?? systemClock;
  const brand = options.brand ?? GLOWRIA;
  const worlds: SimulatedWorld[] = (options.networks ?? SIMULATED_NETWORKS).map((network) =>
    createWorld({
      network,
      seed,
      brand,
      clock,
      ...(options.random === undefined ? {} : { random: options.random }),
      connector: {
        ...(options.latencyMs === undefined ? {} : { latencyMs: options.latencyMs }),
        ...(options.rateLimitProbability === undefined ? {} : { rateLimitProbability: options.rateLimitProbability }),
        ...(options.retryAfterMs === undefined ? {} : { retryAfterMs: options.retryAfterMs }),
      },
    }),
  );
  const connectors: Partial<Record<SimulatedNetworkName, SimulatedNetwork>> = Object.fromEntries(worlds.map((world) => [world.network, world.connector]));
  const stream = new FollowerStream({
    sources: worlds.map((world) => world.factory),
    clock,
    random: deriveRandom(seed, 'stream'),
    ...(options.ratePerMinute === undefined ? {} : { ratePerMinute: options.ratePerMinute }),
    ...(options.duplicateProbability === undefined ? {} : { duplicateProbability: options.duplicateProbability }),
  });
  return {
    brand,
    clock,
    connectors,
    stream,
    generator: new FollowerMessageGenerator({ random: deriveRandom(seed, 'loose-messages'), brand }),
    generateHistory: (history = {}) => generateHistoryIn(worlds, { ...history, now: history.now ?? clock.now(), seed: history.seed ?? seed, brand }),
    connectorFor: (network) => connectors[network as SimulatedNetworkName],
  };
}

export { GLOWRIA, SIMULATED_NETWORKS, formatRupiah, type BrandAccount, type BrandProduct, type BrandProfile, type SimulatedNetworkName } from './brand.js';
export { MESSAGE_CATEGORIES, expectsAnswer, type MessageCategory } from './categories.js';
export { ManualClock, systemClock, type CancelTimer, type SimulatorClock } from './clock.js';
export { EventFactory, type BrandSend, type SimulatedEvent } from './event-factory.js';
export type { MessageLanguage, SimulatedFollower } from './followers.js';
export { FollowerStream, type FollowerStreamOptions, type StreamListener } from './follower-stream.js';
export { generateHistory, type HistoryItem, type HistoryOptions, type HistoryReply, type SimulatedHistory } from './history.js';
export type { BrandPostRecord } from './audience.js';
export { FollowerMessageGenerator, type GeneratedMessage, type GenerateOptions } from './message-generator.js';
export { createRandom, deriveRandom, type RandomSource } from './random.js';
export { SimulatedNetwork, type InjectedFailure, type ReceivedSend, type SimulatedNetworkOptions } from './simulated-network.js';
export { graphemeLength, utf8Length, xWeightedLength } from '../text-length.js';
export { textLimit, textLimitViolation, type OutboundTextKind } from './text-limits.js';
export { HOURLY_ACTIVITY_WIB, wibHour } from './daily-rhythm.js';
export { createWorld, type SimulatedWorld, type WorldOptions } from './world.js';
export { generateHistoryIn } from './history.js';
