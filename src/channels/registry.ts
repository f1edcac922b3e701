// Which connector speaks for a channel. One dispatcher per process; simulated channels get a
// simulated world each, shared by the demo feed (inbound) and the reply worker (outbound), so
// what an officer sends reaches the same simulated network the followers write from.
import type { ChannelRow } from '../store/schema.js';
import { SIMULATED_NETWORKS, type SimulatedNetworkName } from './simulator/brand.js';
import { systemClock } from './simulator/clock.js';
import type { SimulatedNetworkOptions } from './simulator/simulated-network.js';
import { createWorld, type SimulatedWorld } from './simulator/world.js';
import { ChannelError, type ChannelConnector } from './types.js';

export interface ConnectorRegistryOptions {
  /** Behaviour of simulated networks (latency, rate-limit probability); tests make it deterministic. */
  simulator?: Omit<SimulatedNetworkOptions, 'network' | 'account' | 'clock' | 'random' | 'ids'>;
  seed?: string;
}

export function isSimulatedNetwork(network: string): network is SimulatedNetworkName {
  return (SIMULATED_NETWORKS as readonly string[]).includes(network);
}

export class ConnectorRegistry {
  private readonly worlds = new Map<string, SimulatedWorld>();

  constructor(private readonly options: ConnectorRegistryOptions = {}) {}

  /** The simulated world behind a simulated channel, created on first use. */
  worldFor(channel: ChannelRow): SimulatedWorld {
    if (channel.simulated !== 1 || !isSimulatedNetwork(channel.network)) throw new Error(`channel ${channel.id} is not simulated`);
    let world = this.worlds.get(channel.id);
    if (world === undefined) {
      world = createWorld({
        network: channel.network,
        // A fresh seed per process, so a restarted demo does not replay the same messages.
        seed: `${this.options.seed ?? `live-${Date.now()}`}:${channel.id}`,
        clock: systemClock,
        ...(this.options.simulator === undefined ? {} : { connector: this.options.simulator }),
      });
      this.worlds.set(channel.id, world);
    }
    return world;
  }

  connectorFor(channel: ChannelRow): ChannelConnector {
    if (channel.simulated === 1) return this.worldFor(channel).connector;
    // Real network connectors plug in here, one folder per network under src/channels/.
    throw new ChannelError('AUTH_REVOKED', `Sending to ${channel.network} is not supported yet: connect the channel again once its connector is available.`);
  }
}
