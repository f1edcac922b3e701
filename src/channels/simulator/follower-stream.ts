// The live side of the demo: follower events arriving as a Poisson process at a configurable
// rate, spread over the simulated networks, with the occasional second delivery of the same
// event (webhooks retry). Callback and async-iterator APIs; stop() cancels every timer it set,
// so a test or a shutting-down server never waits on a forgotten setTimeout.
import type { SimulatedNetworkName } from './brand.js';
import { systemClock, type CancelTimer, type SimulatorClock } from './clock.js';
import type { EventFactory, SimulatedEvent } from './event-factory.js';
import { NETWORK_TRAFFIC_SHARE } from './history.js';
import { chance, createRandom, exponentialDelay, pickWeighted, randomInt, type RandomSource } from './random.js';

export interface FollowerStreamOptions {
  sources: readonly EventFactory[];
  /** Average events per minute across all networks. Default 6. */
  ratePerMinute?: number;
  /** Chance that an event is delivered a second time. Default 0.04. */
  duplicateProbability?: number;
  /** Range of the delay before the second delivery. Default [300, 15000] ms. */
  duplicateDelayMs?: readonly [number, number];
  networkShare?: Partial<Record<SimulatedNetworkName, number>>;
  clock?: SimulatorClock;
  random?: RandomSource;
  /** Events an idle async iterator keeps before dropping the oldest. Default 1000. */
  maxBuffered?: number;
}

export type StreamListener = (event: SimulatedEvent) => void;

interface IteratorState {
  queue: SimulatedEvent[];
  waiting: ((result: IteratorResult<SimulatedEvent>) => void) | undefined;
}

export class FollowerStream {
  private readonly sources: ReadonlyMap<SimulatedNetworkName, EventFactory>;
  private readonly share: Partial<Record<SimulatedNetworkName, number>>;
  private readonly clock: SimulatorClock;
  private readonly random: RandomSource;
  private readonly duplicateProbability: number;
  private readonly duplicateDelay: readonly [number, number];
  private readonly maxBuffered: number;
  private ratePerMinute: number;
  private readonly listeners = new Set<StreamListener>();
  private readonly iterators = new Set<IteratorState>();
  private readonly timers = new Set<CancelTimer>();
  private cancelNextArrival: CancelTimer | undefined;
  private active = false;

  constructor(options: FollowerStreamOptions) {
    this.sources = new Map(options.sources.map((source) => [source.network, source]));
    const networks = [...this.sources.keys()];
    this.share = Object.fromEntries(networks.map((network) => [network, options.networkShare?.[network] ?? NETWORK_TRAFFIC_SHARE[network]]));
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? createRandom('follower-stream');
    this.ratePerMinute = options.ratePerMinute ?? 6;
    this.duplicateProbability = options.duplicateProbability ?? 0.04;
    this.duplicateDelay = options.duplicateDelayMs ?? [300, 15_000];
    this.maxBuffered = options.maxBuffered ?? 1000;
  }

  get running(): boolean {
    return this.active;
  }

  /** Timers the stream holds right now (next arrival and pending duplicate deliveries). */
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Listens to every delivered event, duplicates included. Returns an unsubscribe function. */
  onEvent(listener: StreamListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (this.active) return;
    this.active = true;
    this.scheduleNextArrival();
  }

  /** Cancels every timer and ends every open async iterator. Safe to call twice. */
  stop(): void {
    this.active = false;
    for (const cancel of this.timers) cancel();
    this.timers.clear();
    this.cancelNextArrival = undefined;
    for (const state of this.iterators) state.waiting?.({ value: undefined, done: true });
    this.iterators.clear();
  }

  /** Changes the rate; a running stream picks it up from the next arrival. */
  setRate(ratePerMinute: number): void {
    this.ratePerMinute = ratePerMinute;
    if (this.active) {
      this.cancelNextArrival?.();
      this.scheduleNextArrival();
    }
  }

  /** Makes one event now, without waiting for the timer (demo buttons, tests). */
  emitNext(network?: SimulatedNetworkName): SimulatedEvent {
    const chosen = network ?? pickWeighted(this.random, this.share);
    const source = this.sources.get(chosen);
    if (source === undefined) throw new Error(`the stream has no ${chosen} source`);
    const event = source.next(this.clock.now());
    this.deliver(event);
    if (chance(this.random, this.duplicateProbability)) {
      this.later(randomInt(this.random, this.duplicateDelay[0], this.duplicateDelay[1]), () => this.deliver({ ...structuredClone(event), duplicate: true }));
    }
    return event;
  }

  /** Events as an async iterator; it ends when the stream stops (or the loop breaks). */
  events(): AsyncIterableIterator<SimulatedEvent> {
    const state: IteratorState = { queue: [], waiting: undefined };
    this.iterators.add(state);
    const iterator: AsyncIterableIterator<SimulatedEvent> = {
      next: () => {
        const queued = state.queue.shift();
        if (queued !== undefined) return Promise.resolve({ value: queued, done: false });
        if (!this.iterators.has(state)) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => {
          state.waiting = resolve;
        });
      },
      return: () => {
        this.iterators.delete(state);
        state.waiting?.({ value: undefined, done: true });
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<SimulatedEvent> {
    return this.events();
  }

  private scheduleNextArrival(): void {
    const meanMs = 60_000 / Math.max(this.ratePerMinute, 1e-6);
    this.cancelNextArrival = this.later(Math.round(exponentialDelay(this.random, meanMs)), () => {
      this.cancelNextArrival = undefined;
      this.emitNext();
      // A listener may have stopped the stream while it handled this event.
      if (this.active) this.scheduleNextArrival();
    });
  }

  private later(delayMs: number, callback: () => void): CancelTimer {
    const cancelTimer = this.clock.schedule(() => {
      this.timers.delete(cancel);
      callback();
    }, delayMs);
    const cancel: CancelTimer = () => {
      cancelTimer();
      this.timers.delete(cancel);
    };
    this.timers.add(cancel);
    return cancel;
  }

  private deliver(event: SimulatedEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One failing consumer must not stop the stream for the others.
      }
    }
    for (const state of this.iterators) {
      const copy = structuredClone(event);
      if (state.waiting !== undefined) {
        const resolve = state.waiting;
        state.waiting = undefined;
        resolve({ value: copy, done: false });
      } else {
        state.queue.push(copy);
        if (state.queue.length > this.maxBuffered) state.queue.shift();
      }
    }
  }
}
