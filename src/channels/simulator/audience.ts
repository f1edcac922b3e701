// The remembered state of one simulated account's audience: its followers (a few regulars who
// write often, many who write once), the brand's posts, recent messages that others can reply to,
// edit, delete or react to, DM threads, and follow-ups owed to brand replies ("makasih kak!").
import type { InboundAuthor } from '../types.js';
import type { BrandAccount, SimulatedNetworkName } from './brand.js';
import type { MessageCategory } from './categories.js';
import { createFollower, type MessageLanguage, type SimulatedFollower } from './followers.js';
import type { IdMinter } from './ids.js';
import { chance, type RandomSource } from './random.js';

export interface BrandPostRecord {
  network: SimulatedNetworkName;
  networkId: string;
  text: string;
  publishedAt: number;
}

/** A message somebody could answer, edit, delete or react to. */
export interface RememberedMessage {
  networkMessageId: string;
  author: InboundAuthor;
  fromBrand: boolean;
  text: string;
  sentAt: number;
  /** The root of the public thread: a brand post, or the mention a brand reply answered. */
  rootPost?: BrandPostRecord;
  parentNetworkMessageId?: string;
  directThreadId?: string;
  category?: MessageCategory;
  topic?: string;
  language?: MessageLanguage;
  productId?: string;
  deleted: boolean;
}

export interface PendingFollowUp {
  dueAt: number;
  /** The brand message being answered or liked. */
  brandMessage: RememberedMessage;
  /** The follower who wrote to the brand in the first place. */
  follower: InboundAuthor;
  language: MessageLanguage;
  action: 'thanks' | 'reaction';
}

const RECENT_LIMIT = 400;
const FOLLOWER_POOL_LIMIT = 2000;

export class NetworkAudience {
  readonly followers: SimulatedFollower[] = [];
  readonly posts: BrandPostRecord[] = [];
  readonly recent: RememberedMessage[] = [];
  readonly followUps: PendingFollowUp[] = [];
  private readonly dmThreads = new Map<string, string>();
  private readonly reactions = new Set<string>();

  constructor(
    readonly network: SimulatedNetworkName,
    readonly account: BrandAccount,
    readonly ids: IdMinter,
    private readonly random: RandomSource,
    initialFollowers = 120,
  ) {
    for (let index = 0; index < initialFollowers; index += 1) this.followers.push(createFollower(network, random));
  }

  /** Mostly the same faces (regulars sit at the front of the pool), sometimes someone new. */
  pickFollower(): SimulatedFollower {
    if (chance(this.random, 0.25) && this.followers.length < FOLLOWER_POOL_LIMIT) {
      const newcomer = createFollower(this.network, this.random);
      this.followers.push(newcomer);
      return newcomer;
    }
    const index = Math.floor(this.followers.length * this.random() ** 2.2);
    const follower = this.followers[index] ?? this.followers[0];
    if (follower === undefined) throw new Error('audience has no followers');
    return follower;
  }

  addPost(post: BrandPostRecord): void {
    this.posts.push(post);
    this.posts.sort((a, b) => a.publishedAt - b.publishedAt);
  }

  /** Comments gather under the newest posts; older ones get the odd late comment. */
  pickPost(before: number): BrandPostRecord | undefined {
    const published = this.posts.filter((post) => post.publishedAt <= before);
    if (published.length === 0) return undefined;
    const fromNewest = Math.floor(Math.min(published.length, 6) * this.random() ** 1.8);
    return published[published.length - 1 - fromNewest];
  }

  remember(message: RememberedMessage): void {
    this.recent.push(message);
    if (this.recent.length > RECENT_LIMIT) this.recent.splice(0, this.recent.length - RECENT_LIMIT);
  }

  find(networkMessageId: string): RememberedMessage | undefined {
    return this.recent.find((message) => message.networkMessageId === networkMessageId);
  }

  /** A recent, undeleted message matching the filter, favouring the newest. */
  pickRecent(filter: (message: RememberedMessage) => boolean): RememberedMessage | undefined {
    const candidates = this.recent.filter((message) => !message.deleted && filter(message));
    if (candidates.length === 0) return undefined;
    return candidates[candidates.length - 1 - Math.floor(Math.min(candidates.length, 20) * this.random() ** 1.5)];
  }

  /**
   * The id of the DM conversation with a follower: Messenger and Instagram webhooks name only
   * the sender (PSID / IGSID), X joins both user ids, Bluesky has its own convo id.
   */
  directThreadFor(follower: InboundAuthor, at: number): string {
    const known = this.dmThreads.get(follower.networkId);
    if (known !== undefined) return known;
    let thread: string;
    if (this.network === 'x') {
      const [low, high] = [BigInt(follower.networkId), BigInt(this.account.accountId)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      thread = `${String(low)}-${String(high)}`;
    } else if (this.network === 'bluesky') {
      thread = this.ids.blueskyChatId(at);
    } else {
      thread = follower.networkId;
    }
    this.dmThreads.set(follower.networkId, thread);
    return thread;
  }

  /** Records a reaction; false when this follower already reacted to that message. */
  markReacted(targetNetworkMessageId: string, followerNetworkId: string): boolean {
    const key = `${targetNetworkMessageId}|${followerNetworkId}`;
    if (this.reactions.has(key)) return false;
    this.reactions.add(key);
    return true;
  }

  /** Followers often answer a brand reply: a thank-you, or a like on it. */
  expectFollowUp(followUp: PendingFollowUp): void {
    this.followUps.push(followUp);
    this.followUps.sort((a, b) => a.dueAt - b.dueAt);
  }

  takeDueFollowUp(at: number): PendingFollowUp | undefined {
    const first = this.followUps[0];
    if (first === undefined || first.dueAt > at) return undefined;
    this.followUps.shift();
    return first;
  }
}
