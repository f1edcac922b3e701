// One simulated brand account on Facebook, Instagram, X or Bluesky, speaking the connector
// contract. It answers like the network would: network-shaped ids, a little latency, the odd
// RATE_LIMITED, INVALID_CONTENT when the text breaks the network's own counting rule. It also
// keeps a log of every send it received, so tests and the demo can see what "reached" the network.
import {
  ChannelError, type AccountIdentity, type ChannelCapabilities, type ChannelConnector, type ChannelErrorCode, type InboundEvent, type OutboundPost,
  type OutboundReply, type PollPage, type PostMetrics, type SearchPage, type SendResult, type ThreadMessage,
} from '../types.js';
import { GLOWRIA, type BrandAccount, type SimulatedNetworkName } from './brand.js';
import { systemClock, type SimulatorClock } from './clock.js';
import { IdMinter } from './ids.js';
import { INSTAGRAM_DAILY_POSTS, mintSentId, RATE_LIMIT_MESSAGES, reportedTime, X_DUPLICATE_WINDOW_MS } from './network-profiles.js';
import { chance, createRandom, randomInt, type RandomSource } from './random.js';
import { textLimitViolation, type OutboundTextKind } from './text-limits.js';
import { searchChatter } from './public-chatter.js';
import { SimulatedTimeline } from './timeline.js';

export interface SimulatedNetworkOptions {
  network: SimulatedNetworkName;
  /** The brand account this connector posts as. Default: the Glowria account on that network. */
  account?: BrandAccount;
  clock?: SimulatorClock;
  /** Drives latency and rate-limit rolls. Default: seeded from the network name. */
  random?: RandomSource;
  /** Share ids with the follower events of the same account so ids never collide. */
  ids?: IdMinter;
  /** Fixed delay, or a [min, max] range. Default [40, 300]; 0 answers without a timer. */
  latencyMs?: number | readonly [number, number];
  /** Chance that a send is refused with RATE_LIMITED. Default 0.03. */
  rateLimitProbability?: number;
  /** Range of the retry-after that comes with RATE_LIMITED. Default [1000, 30000]. */
  retryAfterMs?: readonly [number, number];
  /** X only: refuse a post or reply whose text repeats a recent one. Default true. */
  rejectDuplicateText?: boolean;
  /** How many log entries to keep (oldest dropped first). Default 10,000. */
  maxLogEntries?: number;
}

export type ReceivedKind = OutboundTextKind;

export interface ReceivedSend {
  kind: ReceivedKind;
  idempotencyKey: string;
  text: string;
  inReplyToNetworkId?: string;
  directThreadId?: string;
  recipientNetworkId?: string;
  /** Posts: the alt texts of the images it carried. */
  imageAlts?: string[];
  receivedAt: number;
  /** sent: a new message exists; replayed: same idempotency key, first result returned; rejected: refused. */
  outcome: 'sent' | 'replayed' | 'rejected';
  result?: SendResult;
  errorCode?: ChannelErrorCode;
}

export interface InjectedFailure {
  code: ChannelErrorCode;
  /** For UNKNOWN_OUTCOME/TEMPORARY: the message landed although the caller sees an error. */
  landed?: boolean;
  retryAfterMs?: number;
}

type SendRequest = Omit<ReceivedSend, 'receivedAt' | 'outcome' | 'result' | 'errorCode'>;

/** The simulator answers the whole contract on every network, so the UI shows everything in the demo. */
export const simulatedCapabilities: ChannelCapabilities = {
  inbound: 'poll', replyInThread: true, directMessages: true, publish: true, deletePost: true, fetchThread: true, metrics: true, search: true, findSent: 'exact',
  publishImages: { via: 'upload', max: 4 }, publishThreads: true,
};

export class SimulatedNetwork implements ChannelConnector {
  readonly network: SimulatedNetworkName;
  readonly account: BrandAccount;
  readonly capabilities = simulatedCapabilities;
  private readonly timeline: SimulatedTimeline;
  private readonly clock: SimulatorClock;
  private readonly random: RandomSource;
  private readonly ids: IdMinter;
  private readonly latency: readonly [number, number];
  private readonly rateLimitProbability: number;
  private readonly retryAfterRange: readonly [number, number];
  private readonly rejectDuplicateText: boolean;
  private readonly maxLogEntries: number;
  private readonly landed = new Map<string, SendResult>();
  private readonly inFlight = new Map<string, Promise<SendResult>>();
  private readonly log: ReceivedSend[] = [];
  private readonly listeners = new Set<(entry: ReceivedSend) => void>();
  private readonly injected: InjectedFailure[] = [];

  constructor(options: SimulatedNetworkOptions) {
    this.network = options.network;
    this.account = options.account ?? GLOWRIA.accounts[options.network];
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? createRandom(`simulated-${options.network}`);
    this.ids = options.ids ?? new IdMinter(createRandom(`ids-${options.network}`));
    const latency = options.latencyMs ?? [40, 300];
    this.latency = typeof latency === 'number' ? [latency, latency] : latency;
    this.rateLimitProbability = options.rateLimitProbability ?? 0.03;
    this.retryAfterRange = options.retryAfterMs ?? [1000, 30_000];
    this.rejectDuplicateText = options.rejectDuplicateText ?? options.network === 'x';
    this.maxLogEntries = options.maxLogEntries ?? 10_000;
    this.timeline = new SimulatedTimeline({ networkId: this.account.accountId, handle: this.account.handle, displayName: this.account.displayName });
  }

  whoami(): Promise<AccountIdentity> {
    return Promise.resolve({ networkId: this.account.accountId, handle: this.account.handle, displayName: this.account.displayName });
  }

  /** A follower event reaches this account (the demo stream and the contract suite hand them here). */
  receive(event: InboundEvent): void {
    this.timeline.addInbound(event);
  }

  poll(cursor: string | null): Promise<PollPage> {
    return Promise.resolve(this.timeline.poll(cursor));
  }

  /** Listening: deterministic public chatter that names the query (see public-chatter.ts). */
  search(query: string, cursor: string | null): Promise<SearchPage> {
    return Promise.resolve(searchChatter(this.network, query, cursor, this.clock.now()));
  }

  deletePost(networkPostId: string): Promise<void> {
    return Promise.resolve().then(() => this.timeline.delete(networkPostId));
  }

  fetchThread(networkMessageId: string): Promise<ThreadMessage[]> {
    return Promise.resolve().then(() => this.timeline.thread(networkMessageId));
  }

  fetchMetrics(networkPostIds: readonly string[]): Promise<PostMetrics[]> {
    return Promise.resolve().then(() => networkPostIds.map((id) => this.timeline.metrics(id)));
  }

  sendReply(reply: OutboundReply): Promise<SendResult> {
    const direct = reply.directThreadId !== undefined || (reply.recipientNetworkId !== undefined && reply.inReplyToNetworkId === undefined);
    return this.send({
      kind: direct ? 'direct_message' : 'reply',
      idempotencyKey: reply.idempotencyKey,
      text: reply.text,
      ...(reply.inReplyToNetworkId === undefined ? {} : { inReplyToNetworkId: reply.inReplyToNetworkId }),
      ...(reply.directThreadId === undefined ? {} : { directThreadId: reply.directThreadId }),
      ...(reply.recipientNetworkId === undefined ? {} : { recipientNetworkId: reply.recipientNetworkId }),
    });
  }

  publishPost(post: OutboundPost): Promise<SendResult> {
    return this.send({
      kind: 'post', idempotencyKey: post.idempotencyKey, text: post.text,
      ...(post.inThread === undefined ? {} : { inReplyToNetworkId: post.inThread.parentNetworkId }),
      ...(post.images === undefined || post.images.length === 0 ? {} : { imageAlts: post.images.map((image) => image.altText) }),
    });
  }

  findSent(idempotencyKey: string): Promise<SendResult | null> {
    return Promise.resolve(this.landed.get(idempotencyKey) ?? null);
  }

  /** Everything this account received, oldest first (rejected attempts included). */
  get received(): readonly ReceivedSend[] {
    return [...this.log];
  }

  /** Only the sends that created a message on the network. */
  delivered(): ReceivedSend[] {
    return this.log.filter((entry) => entry.outcome === 'sent');
  }

  /** Called after every send, whatever its outcome. Returns an unsubscribe function. */
  onReceive(listener: (entry: ReceivedSend) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The next send fails with this error (tests of retries, unknown outcomes and auth loss). */
  failNext(failure: InjectedFailure): void {
    this.injected.push(failure);
  }

  private send(request: SendRequest): Promise<SendResult> {
    const known = this.landed.get(request.idempotencyKey);
    const pending = known === undefined ? this.inFlight.get(request.idempotencyKey) : Promise.resolve(known);
    if (pending !== undefined) {
      // Same key again: like Mastodon's Idempotency-Key or a reused Bluesky rkey, no second message.
      return pending.then((result) => {
        this.record({ ...request, receivedAt: this.clock.now(), outcome: 'replayed', result });
        return result;
      });
    }
    const attempt = this.deliver(request).finally(() => this.inFlight.delete(request.idempotencyKey));
    this.inFlight.set(request.idempotencyKey, attempt);
    return attempt;
  }

  private async deliver(request: SendRequest): Promise<SendResult> {
    await this.wait(this.latencyMs());
    const receivedAt = this.clock.now();
    const injected = this.injected.shift();
    try {
      if (injected !== undefined && injected.landed !== true) throw injectedError(injected);
      this.refuseIfNeeded(request, receivedAt);
    } catch (error) {
      if (error instanceof ChannelError) this.record({ ...request, receivedAt, outcome: 'rejected', errorCode: error.code });
      throw error;
    }
    const result = this.land(request, receivedAt);
    // A failure injected as "landed" is a timeout on a send that did go through: findSent knows it.
    if (injected !== undefined) throw injectedError(injected);
    return result;
  }

  private refuseIfNeeded(request: SendRequest, now: number): void {
    if (chance(this.random, this.rateLimitProbability)) {
      throw new ChannelError('RATE_LIMITED', RATE_LIMIT_MESSAGES[this.network], randomInt(this.random, this.retryAfterRange[0], this.retryAfterRange[1]));
    }
    const violation = textLimitViolation(this.network, request.kind, request.text);
    if (violation !== null) throw new ChannelError('INVALID_CONTENT', `${this.network} refused the text: ${violation}`);
    if (request.kind === 'reply' && request.inReplyToNetworkId === undefined) {
      throw new ChannelError('INVALID_CONTENT', 'a reply needs inReplyToNetworkId, or directThreadId for a direct message');
    }
    if (this.rejectDuplicateText && request.kind !== 'direct_message' && this.sentRecently(request.text, now)) {
      throw new ChannelError('INVALID_CONTENT', 'You are not allowed to create a Tweet with duplicate content. (403)');
    }
    if (this.network === 'instagram' && request.kind === 'post') this.enforcePublishingLimit(now);
  }

  private sentRecently(text: string, now: number): boolean {
    const normalized = text.normalize('NFC').trim();
    return this.log.some((entry) => entry.outcome === 'sent' && entry.kind !== 'direct_message' && now - entry.receivedAt < X_DUPLICATE_WINDOW_MS && entry.text.normalize('NFC').trim() === normalized);
  }

  private enforcePublishingLimit(now: number): void {
    const day = 24 * 60 * 60 * 1000;
    const recent = this.log.filter((entry) => entry.outcome === 'sent' && entry.kind === 'post' && now - entry.receivedAt < day);
    const oldest = recent[0];
    if (recent.length >= INSTAGRAM_DAILY_POSTS && oldest !== undefined) {
      throw new ChannelError('RATE_LIMITED', `(#9) Application request limit reached: ${INSTAGRAM_DAILY_POSTS} posts per 24 hours`, oldest.receivedAt + day - now);
    }
  }

  private land(request: SendRequest, now: number): SendResult {
    const result: SendResult = {
      // A TID as idempotency key becomes the Bluesky rkey, as a real connector would send it.
      networkMessageId: mintSentId(this.network, this.account, this.ids, { ...request, rkey: request.idempotencyKey }, now),
      sentAt: reportedTime(this.network, now),
    };
    this.landed.set(request.idempotencyKey, result);
    this.timeline.addBrandMessage(result.networkMessageId, request.text, result.sentAt, request.inReplyToNetworkId);
    this.record({ ...request, receivedAt: now, outcome: 'sent', result });
    return result;
  }

  private record(entry: ReceivedSend): void {
    this.log.push(entry);
    if (this.log.length > this.maxLogEntries) this.log.splice(0, this.log.length - this.maxLogEntries);
    for (const listener of this.listeners) {
      try {
        listener(entry);
      } catch {
        // A listener (the demo's follow-up logic) must never turn a landed send into a failure.
      }
    }
  }

  private latencyMs(): number {
    const [min, max] = this.latency;
    return min === max ? min : randomInt(this.random, min, max);
  }

  private wait(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.clock.schedule(resolve, ms);
    });
  }
}

function injectedError(failure: InjectedFailure): ChannelError {
  return new ChannelError(failure.code, `simulated ${failure.code}`, failure.retryAfterMs);
}
