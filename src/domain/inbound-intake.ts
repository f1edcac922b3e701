// Where follower events from the networks enter Sapa, whoever brings them (a webhook route, a
// channel poller, the demo feed): each is stored in the inbound queue before this returns, so
// the network can be acknowledged, and the inbound processors (in any process) are woken.
//
// Group commit: deliveries that arrive together (read from several connections in one turn of
// the event loop, or while the previous commit was running) are written in one transaction, so
// a burst pays one commit and one "last received" update instead of one each. Every caller still
// returns only after the commit that holds its events, so an acknowledged delivery is durable.
import type { InboundEvent } from '../channels/types.js';
import type { EventBus } from '../realtime/bus.js';
import { noteChannelReceived } from '../store/repositories/channels.js';
import { insertInboundEvents } from '../store/repositories/inbound-queue.js';
import type { ChannelRow } from '../store/schema.js';
import type { Store } from '../store/database.js';
import { sapaMetrics } from '../metrics/sapa-metrics.js';
import { inTransaction } from '../store/transaction.js';

export interface IntakeDeps {
  store: Pick<Store, 'db'>;
  events: Pick<EventBus, 'signalInbound'>;
}

export interface IntakeResult {
  accepted: number;
  /** Redeliveries of events still waiting: merged, not doubled. */
  duplicates: number;
}

type Db = IntakeDeps['store']['db'];

interface Delivery {
  channel: ChannelRow;
  events: readonly InboundEvent[];
  now: number;
  bus: IntakeDeps['events'];
  resolve: (result: IntakeResult) => void;
  reject: (error: unknown) => void;
}

/**
 * "Last received" (channel health) is written at most this often per channel: under a steady
 * stream, one write per group was one extra commit per group. The first delivery after a quiet
 * spell is written at once; later ones within the interval are written when it ends.
 */
const lastReceivedEveryMs = 1_000;

interface ReceivedNote {
  writtenAt: number;
  pending: number | null;
  timer: NodeJS.Timeout | null;
}

/** One per database: gathers deliveries and commits them together, one group at a time. */
class IntakeGroup {
  private waiting: Delivery[] = [];
  private flushing = false;
  private scheduled = false;
  private readonly received = new Map<string, ReceivedNote>();

  constructor(private readonly db: Db) {}

  add(delivery: Delivery): void {
    this.waiting.push(delivery);
    this.schedule();
  }

  /** After this turn's I/O callbacks (setImmediate), so deliveries read together commit together. */
  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const group = this.waiting;
    this.waiting = [];
    if (group.length === 0) return;
    this.flushing = true;
    try {
      let results: Array<IntakeResult | null>;
      try {
        results = await inTransaction(this.db, (trx) => acceptAll(trx, group));
      } catch {
        // One delivery must not fail the others: each is tried in its own commit, and only the
        // one that fails again is refused (the network retries it).
        results = [];
        for (const delivery of group) {
          try {
            results.push((await inTransaction(this.db, (trx) => acceptAll(trx, [delivery])))[0] ?? null);
          } catch (error) {
            delivery.reject(error);
            results.push(null);
          }
        }
      }
      await this.noteReceived(group, results);
      for (const bus of new Set(group.map((delivery) => delivery.bus))) bus.signalInbound();
      for (const [index, delivery] of group.entries()) {
        const result = results[index];
        if (result === undefined || result === null) continue;
        sapaMetrics.inboundAccepted.inc({}, result.accepted);
        delivery.resolve(result);
      }
    } finally {
      this.flushing = false;
      if (this.waiting.length > 0) this.schedule();
    }
  }

  /** "Last received" once per channel of the group, at most once a second; a failure here does not undo what was stored. */
  private async noteReceived(group: readonly Delivery[], results: ReadonlyArray<IntakeResult | null>): Promise<void> {
    const latest = new Map<string, number>();
    for (const [index, delivery] of group.entries()) {
      if (results[index] === null) continue;
      latest.set(delivery.channel.id, Math.max(latest.get(delivery.channel.id) ?? 0, delivery.now));
    }
    const clock = Date.now();
    for (const [channelId, at] of latest) {
      const note = this.received.get(channelId);
      if (note === undefined || (note.timer === null && clock - note.writtenAt >= lastReceivedEveryMs)) {
        this.received.set(channelId, { writtenAt: clock, pending: null, timer: null });
        await noteChannelReceived(this.db, channelId, at).catch(() => undefined);
        continue;
      }
      note.pending = Math.max(note.pending ?? 0, at);
      if (note.timer === null) {
        note.timer = setTimeout(() => void this.writePendingReceived(channelId), Math.max(0, lastReceivedEveryMs - (clock - note.writtenAt)));
        // A note still pending never keeps the process alive.
        note.timer.unref();
      }
    }
  }

  private async writePendingReceived(channelId: string): Promise<void> {
    const note = this.received.get(channelId);
    if (note === undefined) return;
    const at = note.pending;
    Object.assign(note, { writtenAt: Date.now(), pending: null, timer: null });
    if (at !== null) await noteChannelReceived(this.db, channelId, at).catch(() => undefined);
  }
}

/** Every event of the deliveries in a few multi-row inserts; the same outcome as one insert each, in order. */
async function acceptAll(trx: Db, deliveries: readonly Delivery[]): Promise<IntakeResult[]> {
  const rows = deliveries.flatMap((delivery) => delivery.events.map((event) => ({
    channelId: delivery.channel.id, networkMessageId: event.networkMessageId, payload: JSON.stringify(event), receivedAt: delivery.now,
  })));
  const accepted = await insertInboundEvents(trx, rows);
  let next = 0;
  return deliveries.map((delivery) => {
    const own = accepted.slice(next, next + delivery.events.length);
    next += delivery.events.length;
    const count = own.filter(Boolean).length;
    return { accepted: count, duplicates: delivery.events.length - count };
  });
}

const groups = new WeakMap<Db, IntakeGroup>();

export function acceptInbound(deps: IntakeDeps, channel: ChannelRow, events: readonly InboundEvent[], now = Date.now()): Promise<IntakeResult> {
  if (events.length === 0) return Promise.resolve({ accepted: 0, duplicates: 0 });
  let group = groups.get(deps.store.db);
  if (group === undefined) {
    group = new IntakeGroup(deps.store.db);
    groups.set(deps.store.db, group);
  }
  const target = group;
  // One delivery, one commit at most: a batched webhook (Meta sends up to 1,000 changes) is durable as a whole.
  return new Promise((resolve, reject) => target.add({ channel, events, now, bus: deps.events, resolve, reject }));
}
