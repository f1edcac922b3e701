// Where follower events from the networks enter Sapa, whoever brings them (a webhook route, a
// channel poller, the demo feed): each is stored in the inbound queue before this returns, so
// the network can be acknowledged, and the inbound processors (in any process) are woken.
import type { InboundEvent } from '../channels/types.js';
import type { EventBus } from '../realtime/bus.js';
import { noteChannelReceived } from '../store/repositories/channels.js';
import type { ChannelRow } from '../store/schema.js';
import type { Store } from '../store/database.js';
import { sapaMetrics } from '../metrics/sapa-metrics.js';
import { acceptEvent } from './inbound-queue.js';

export interface IntakeDeps {
  store: Pick<Store, 'db'>;
  events: Pick<EventBus, 'signalInbound'>;
}

export interface IntakeResult {
  accepted: number;
  /** Redeliveries of events still waiting: merged, not doubled. */
  duplicates: number;
}

export async function acceptInbound(deps: IntakeDeps, channel: ChannelRow, events: readonly InboundEvent[], now = Date.now()): Promise<IntakeResult> {
  if (events.length === 0) return { accepted: 0, duplicates: 0 };
  let accepted = 0;
  if (events.length === 1 && events[0] !== undefined) {
    if ((await acceptEvent({ db: deps.store.db }, channel, events[0], now)).accepted) accepted = 1;
  } else {
    // One delivery, one commit: a batched webhook (Meta sends up to 1,000 changes) is durable as a whole.
    await deps.store.db.transaction().execute(async (trx) => {
      for (const event of events) if ((await acceptEvent({ db: trx }, channel, event, now)).accepted) accepted += 1;
    });
  }
  sapaMetrics.inboundAccepted.inc({}, accepted);
  await noteChannelReceived(deps.store.db, channel.id, now);
  deps.events.signalInbound();
  return { accepted, duplicates: events.length - accepted };
}
