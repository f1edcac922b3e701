// A week of past traffic so the demo's first screen is alive: events spread with the Jakarta
// daily rhythm, brand posts twice a day, and for most answerable messages the reply an officer
// sent (with its delay: minutes in service hours, the next morning otherwise). The newest
// messages are mostly still open, as in a real inbox.
import { GLOWRIA, SIMULATED_NETWORKS, type BrandProfile, type SimulatedNetworkName } from './brand.js';
import { BRAND_POSTS } from './brand-posts.js';
import { brandReplyText } from './brand-replies.js';
import type { BrandPostRecord } from './audience.js';
import { expectsAnswer } from './categories.js';
import { ManualClock } from './clock.js';
import type { SimulatedEvent } from './event-factory.js';
import { mintSentId } from './network-profiles.js';
import { replyDelayMs, sampleActivityTime, wibTimeOnDay } from './daily-rhythm.js';
import { chance, deriveRandom, pick, pickWeighted, randomInt } from './random.js';
import { createWorld, type SimulatedWorld } from './world.js';

export interface HistoryOptions {
  /** Default 7. */
  days?: number;
  /** The end of the history (UTC ms); events all fall before it. */
  now: number;
  /** Default 'sapa-demo'. */
  seed?: string | number;
  /** Across all networks. Default 120. */
  messagesPerDay?: number;
  networks?: readonly SimulatedNetworkName[];
  /** Share of answerable messages older than a few hours that got a reply. Default 0.88. */
  answeredShare?: number;
  brand?: BrandProfile;
}

export interface HistoryReply {
  text: string;
  /** From the follower's message to the reply. */
  delayMs: number;
  sentAt: number;
  networkMessageId: string;
  idempotencyKey: string;
}

export interface HistoryItem extends SimulatedEvent {
  reply?: HistoryReply;
}

export interface SimulatedHistory {
  /** Brand posts, oldest first: the roots the comments hang under. */
  posts: BrandPostRecord[];
  /** Follower events, oldest first, some with the brand's reply. */
  events: HistoryItem[];
}

/** Where the traffic comes from: Instagram first for an Indonesian skincare brand. */
export const NETWORK_TRAFFIC_SHARE: Readonly<Record<SimulatedNetworkName, number>> = { instagram: 38, facebook: 27, x: 20, bluesky: 15 };

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Messages younger than this are mostly still waiting in the inbox. */
const RECENT_WINDOW_MS = 3 * HOUR_MS;

/** A self-contained history with its own worlds (the family's `generateHistory` shares its worlds). */
export function generateHistory(options: HistoryOptions): SimulatedHistory {
  const seed = options.seed ?? 'sapa-demo';
  const clock = new ManualClock(options.now);
  const worlds = (options.networks ?? SIMULATED_NETWORKS).map((network) => createWorld({ network, seed, clock, initialPosts: 0, ...(options.brand === undefined ? {} : { brand: options.brand }) }));
  return generateHistoryIn(worlds, { ...options, seed });
}

export function generateHistoryIn(worlds: readonly SimulatedWorld[], options: HistoryOptions): SimulatedHistory {
  const seed = options.seed ?? 'sapa-demo';
  const brand = options.brand ?? GLOWRIA;
  const days = options.days ?? 7;
  const from = options.now - days * DAY_MS;
  const random = deriveRandom(seed, `history:${days}:${options.now}`);
  const byNetwork = new Map(worlds.map((world) => [world.network, world]));
  const posts = seedPosts(worlds, from, options.now, random);

  const total = Math.round(days * (options.messagesPerDay ?? 120));
  const times = Array.from({ length: total }, () => sampleActivityTime(random, from, options.now)).sort((a, b) => a - b);
  const shares = Object.fromEntries(worlds.map((world) => [world.network, NETWORK_TRAFFIC_SHARE[world.network]])) as Partial<Record<SimulatedNetworkName, number>>;
  const pending: PendingReply[] = [];
  const events: HistoryItem[] = [];

  for (const at of times) {
    // Brand replies become visible to followers only once they were sent.
    for (let due = pending[0]; due !== undefined && due.reply.sentAt <= at; due = pending[0]) {
      pending.shift();
      const { world, reply, inReplyTo, directThreadId } = due;
      world.factory.noteBrandSend({ networkMessageId: reply.networkMessageId, text: reply.text, sentAt: reply.sentAt, ...(inReplyTo === undefined ? {} : { inReplyToNetworkId: inReplyTo }), ...(directThreadId === undefined ? {} : { directThreadId }) });
    }
    const world = byNetwork.get(pickWeighted(random, shares));
    if (world === undefined) continue;
    const item: HistoryItem = world.factory.next(at);
    const reply = answer(world, item, options, brand, random);
    if (reply !== undefined) {
      item.reply = reply;
      insertBySentAt(pending, { world, reply, ...(item.event.directThreadId === undefined ? { inReplyTo: item.event.networkMessageId } : { directThreadId: item.event.directThreadId }) });
    }
    events.push(item);
  }
  // Meta reports whole seconds, so a Facebook event can read a few hundred ms earlier than the
  // X event drawn just before it: order by the reported time, as the inbox will.
  events.sort((a, b) => a.event.sentAt - b.event.sentAt);
  return { posts, events };
}

interface PendingReply {
  world: SimulatedWorld;
  reply: HistoryReply;
  inReplyTo?: string;
  directThreadId?: string;
}

/** Keeps the queue ordered by send time (binary insertion: night replies pile up until morning). */
function insertBySentAt(queue: PendingReply[], item: PendingReply): void {
  let low = 0;
  let high = queue.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((queue[middle]?.reply.sentAt ?? 0) <= item.reply.sentAt) low = middle + 1;
    else high = middle;
  }
  queue.splice(low, 0, item);
}

/** The officer's reply to one history event, if there was one by `now`. */
function answer(world: SimulatedWorld, item: HistoryItem, options: HistoryOptions, brand: BrandProfile, random: () => number): HistoryReply | undefined {
  const { event, category, language } = item;
  if (category === undefined || language === undefined || !expectsAnswer(category)) return undefined;
  if (event.kind === 'reaction' || event.kind === 'edit' || event.kind === 'delete') return undefined;
  const share = options.now - event.sentAt < RECENT_WINDOW_MS ? 0.3 : options.answeredShare ?? 0.88;
  if (!chance(random, share)) return undefined;
  const delayMs = replyDelayMs(random, event.sentAt);
  const sentAt = event.sentAt + delayMs;
  if (sentAt >= options.now) return undefined;
  const text = brandReplyText({ brand, category, language, displayName: event.author.displayName, ...(item.topic === undefined ? {} : { topic: item.topic }), ...(item.productId === undefined ? {} : { productId: item.productId }) }, random);
  if (text === null) return undefined;
  const direct = event.directThreadId !== undefined;
  const networkMessageId = mintSentId(world.network, world.connector.account, world.audience.ids, direct ? { kind: 'direct_message' } : { kind: 'reply', inReplyToNetworkId: event.networkMessageId }, sentAt);
  return { text, delayMs, sentAt, networkMessageId, idempotencyKey: `history:${world.network}:${event.networkMessageId}` };
}

/** Two posts a day, around lunch and in the evening, cross-posted with a few minutes between networks. */
function seedPosts(worlds: readonly SimulatedWorld[], from: number, now: number, random: () => number): BrandPostRecord[] {
  const posts: BrandPostRecord[] = [];
  for (let day = from - DAY_MS; day < now; day += DAY_MS) {
    for (const hour of [12, 19]) {
      const slot = wibTimeOnDay(day, hour, randomInt(random, 0, 40));
      if (slot >= now) continue;
      const template = pick(random, BRAND_POSTS);
      for (const world of worlds) {
        // X and Bluesky get the lunch post only some days: fewer followers there.
        if ((world.network === 'x' || world.network === 'bluesky') && hour === 12 && chance(random, 0.5)) continue;
        const publishedAt = slot + randomInt(random, 0, 12) * 60_000;
        if (publishedAt >= now) continue;
        posts.push(world.addBrandPost(template.text, publishedAt));
      }
    }
  }
  return posts.sort((a, b) => a.publishedAt - b.publishedAt);
}
