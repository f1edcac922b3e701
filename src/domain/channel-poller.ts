// Polling networks (Bluesky, Mastodon, Telegram, X) in the worker role. Each due channel is
// claimed with a lease on its row, so one process polls it at a time however many workers run;
// events are accepted into the inbound queue before the cursor moves, so a crash between the two
// re-reads the page and the queue merges the redelivery: nothing lost, nothing doubled. An
// outage backs off (doubling, up to five minutes) and recovers by itself.
import { randomUUID } from 'node:crypto';
import type { NetworkDefinition } from '../channels/definition.js';
import type { Runtime } from '../runtime.js';
import { claimPollLease, dueForPolling, finishPoll } from '../store/repositories/channels.js';
import type { ChannelRow } from '../store/schema.js';
import { noteChannelError, noteChannelHealthy } from './channel-health.js';
import { acceptInbound } from './inbound-intake.js';

export const defaultPollIntervalMs = 5_000;
const maxBackoffMs = 5 * 60_000;
/** Longer than any one poll takes; a process that dies mid-poll lets it lapse. */
const leaseMs = 60_000;
const revokedRecheckMs = 24 * 3600_000;

export interface ChannelPollerOptions {
  /** How often due channels are looked for. */
  tickMs?: number;
  owner?: string;
}

export interface RunningChannelPoller {
  /** One pass over due channels now (tests, and the tick). */
  pollDue(): Promise<void>;
  stop(): Promise<void>;
}

export function pollingNetworks(definitions: readonly NetworkDefinition[]): NetworkDefinition[] {
  return definitions.filter((definition) => definition.capabilities.inbound === 'poll');
}

/** SAPA_POLL_INTERVAL_MS when set, else the network's own interval, else the default. */
export function pollIntervalFor(runtime: Pick<Runtime, 'config'>, definition: Pick<NetworkDefinition, 'pollIntervalMs'>): number {
  return runtime.config.pollIntervalMs ?? definition.pollIntervalMs ?? defaultPollIntervalMs;
}

export async function pollChannel(runtime: Runtime, channel: ChannelRow, definition: NetworkDefinition, owner: string, now = Date.now()): Promise<void> {
  const { db } = runtime.store;
  if (!(await claimPollLease(db, channel.id, owner, now, now + leaseMs))) return;
  const interval = pollIntervalFor(runtime, definition);
  try {
    const connector = runtime.connectors.connectorFor(channel);
    if (connector.poll === undefined) throw new Error(`${channel.network} cannot be polled`);
    const page = await connector.poll(channel.poll_cursor);
    const received = Date.now();
    if (page.events.length > 0) await acceptInbound(runtime, channel, page.events, received);
    await finishPoll(db, channel.id, owner, { cursor: page.cursor, nextPollAt: received + Math.max(interval, page.backoffMs ?? 0), failures: 0 });
    await noteChannelHealthy(runtime, channel);
  } catch (error) {
    const failures = channel.poll_failures + 1;
    const retryAt = await noteChannelError(runtime, channel, error, Date.now()).catch(() => Date.now());
    const backoff = Math.min(interval * 2 ** Math.min(failures, 16), maxBackoffMs);
    const nextPollAt = retryAt === null ? Date.now() + revokedRecheckMs : Math.max(retryAt, Date.now() + backoff);
    await finishPoll(db, channel.id, owner, { cursor: null, nextPollAt, failures });
    runtime.logger.warn({ err: error, channelId: channel.id, network: channel.network, failures }, 'channel poll failed; backing off');
  }
}

export function startChannelPollers(runtime: Runtime, options: ChannelPollerOptions = {}): RunningChannelPoller {
  const owner = options.owner ?? `poller-${randomUUID()}`;
  const inFlight = new Set<string>();
  let running: Promise<void> | null = null;

  const pollDue = async (): Promise<void> => {
    const definitions = pollingNetworks(runtime.connectors.definitions);
    const byNetwork = new Map(definitions.map((definition) => [definition.network as string, definition]));
    const due = await dueForPolling(runtime.store.db, [...byNetwork.keys()], Date.now());
    await Promise.all(due.filter((channel) => !inFlight.has(channel.id)).map(async (channel) => {
      const definition = byNetwork.get(channel.network);
      if (definition === undefined) return;
      inFlight.add(channel.id);
      try {
        await pollChannel(runtime, channel, definition, owner);
      } finally {
        inFlight.delete(channel.id);
      }
    }));
  };

  const tick = (): void => {
    if (running !== null) return;
    running = pollDue()
      .catch((error: unknown) => runtime.logger.warn({ err: error }, 'channel pollers could not look for due channels'))
      .finally(() => { running = null; });
  };
  const timer = setInterval(tick, options.tickMs ?? 500);
  timer.unref();
  return {
    pollDue,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
