// The demo's follower feed: the simulator's stream stands in for the networks' webhooks and
// hands every event to the real ingest pipeline, duplicates included. Runs in the scheduler
// role for each simulated channel of the demo workspace.
import { isSimulatedNetwork } from '../channels/registry.js';
import type { SimulatedNetworkName } from '../channels/simulator/brand.js';
import { FollowerStream } from '../channels/simulator/follower-stream.js';
import type { SimulatedWorld } from '../channels/simulator/world.js';
import { acceptInbound } from '../domain/inbound-intake.js';
import type { Runtime } from '../runtime.js';
import { listChannels } from '../store/repositories/channels.js';
import type { ChannelRow } from '../store/schema.js';
import { demoWorkspaceId } from './seed.js';

export interface RunningDemoFeeds {
  /** The simulated network behind each demo channel, by channel id (replies are sent to it). */
  worlds: Map<string, SimulatedWorld>;
  stop(): Promise<void>;
}

export async function startDemoFeeds(runtime: Runtime): Promise<RunningDemoFeeds> {
  const channels = (await listChannels(runtime.store.db, demoWorkspaceId)).filter((channel) => channel.simulated === 1 && isSimulatedNetwork(channel.network));
  const worlds = new Map<string, SimulatedWorld>();
  const channelByNetwork = new Map<SimulatedNetworkName, ChannelRow>();
  for (const channel of channels) {
    if (!isSimulatedNetwork(channel.network)) continue;
    worlds.set(channel.id, runtime.connectors.worldFor(channel));
    channelByNetwork.set(channel.network, channel);
  }
  if (worlds.size === 0 || runtime.config.demoRatePerMinute === 0) return { worlds, stop: () => Promise.resolve() };

  const stream = new FollowerStream({ sources: [...worlds.values()].map((world) => world.factory), ratePerMinute: runtime.config.demoRatePerMinute });
  const inFlight = new Set<Promise<unknown>>();
  // Accept each event at once, as a webhook would; the worker role's inbound processing takes it from there.
  stream.onEvent((simulated) => {
    const channel = channelByNetwork.get(simulated.network);
    if (channel === undefined) return;
    runtime.connectors.worldFor(channel).connector.receive(simulated.event);
    const work = acceptInbound(runtime, channel, [simulated.event])
      .catch((error: unknown) => runtime.logger.warn({ err: error }, 'demo event not accepted'))
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  stream.start();
  return {
    worlds,
    stop: async () => {
      stream.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}
