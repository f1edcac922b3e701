// One simulated account's world: its connector, its audience and its event factory, wired so
// that the brand's sends feed back into the audience (new posts gather comments, replies get
// thank-yous). The family builds one world per network; the history and the stream share them.
import { GLOWRIA, type BrandProfile, type SimulatedNetworkName } from './brand.js';
import { BRAND_POSTS } from './brand-posts.js';
import { NetworkAudience, type BrandPostRecord } from './audience.js';
import type { SimulatorClock } from './clock.js';
import { EventFactory } from './event-factory.js';
import { IdMinter } from './ids.js';
import { FollowerMessageGenerator } from './message-generator.js';
import { mintSentId } from './network-profiles.js';
import { deriveRandom, pick, type RandomSource } from './random.js';
import { SimulatedNetwork, type SimulatedNetworkOptions } from './simulated-network.js';

export interface SimulatedWorld {
  network: SimulatedNetworkName;
  connector: SimulatedNetwork;
  audience: NetworkAudience;
  factory: EventFactory;
  /** Publishes a brand post straight into the world (history seeding), without the connector. */
  addBrandPost(text: string, publishedAt: number): BrandPostRecord;
}

export interface WorldOptions {
  network: SimulatedNetworkName;
  seed: string | number;
  brand?: BrandProfile;
  clock: SimulatorClock;
  /** Network behaviour (latency, rate limits); default derived from the seed. */
  random?: RandomSource;
  connector?: Omit<SimulatedNetworkOptions, 'network' | 'account' | 'clock' | 'random' | 'ids'>;
  /** Brand posts to create before `now` so the first comments have somewhere to go. */
  initialPosts?: number;
}

export function createWorld(options: WorldOptions): SimulatedWorld {
  const { network, seed, clock } = options;
  const brand = options.brand ?? GLOWRIA;
  const account = brand.accounts[network];
  const ids = new IdMinter(deriveRandom(seed, `${network}:ids`));
  const audience = new NetworkAudience(network, account, ids, deriveRandom(seed, `${network}:audience`));
  const generator = new FollowerMessageGenerator({ random: deriveRandom(seed, `${network}:messages`), brand });
  const factory = new EventFactory(audience, generator, deriveRandom(seed, `${network}:events`));
  const connector = new SimulatedNetwork({ ...options.connector, network, account, clock, ids, random: options.random ?? deriveRandom(seed, `${network}:behaviour`) });

  connector.onReceive((entry) => {
    if (entry.outcome !== 'sent' || entry.result === undefined) return;
    const { networkMessageId, sentAt } = entry.result;
    if (entry.kind === 'post') {
      audience.addPost({ network, networkId: networkMessageId, text: entry.text, publishedAt: sentAt });
      return;
    }
    factory.noteBrandSend({
      networkMessageId, text: entry.text, sentAt,
      ...(entry.inReplyToNetworkId === undefined ? {} : { inReplyToNetworkId: entry.inReplyToNetworkId }),
      ...(entry.directThreadId === undefined ? {} : { directThreadId: entry.directThreadId }),
    });
  });

  const addBrandPost = (text: string, publishedAt: number): BrandPostRecord => {
    const post = { network, networkId: mintSentId(network, account, ids, { kind: 'post' }, publishedAt), text, publishedAt };
    audience.addPost(post);
    return post;
  };

  const postRandom = deriveRandom(seed, `${network}:initial-posts`);
  const now = clock.now();
  for (let index = options.initialPosts ?? 3; index > 0; index -= 1) {
    addBrandPost(pick(postRandom, BRAND_POSTS).text, now - index * 20 * 60 * 60 * 1000);
  }
  return { network, connector, audience, factory, addBrandPost };
}
