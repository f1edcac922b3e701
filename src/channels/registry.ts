// Which connector speaks for a channel. One registry per process. Simulated channels get a
// simulated world each, shared by the demo feed (inbound) and the workers (outbound), so what
// an officer sends reaches the same simulated network the followers write from. Real channels
// get their network's connector, built from the channel's settings and its credentials,
// decrypted here and nowhere else; credentials the network rotates are encrypted and stored.
import type { Kysely } from 'kysely';
import { decryptSecret, encryptSecret } from '../domain/secrets.js';
import type { ChannelRow, Database } from '../store/schema.js';
import { saveChannelCredentials } from '../store/repositories/channels.js';
import { definitionOf, networkDefinitions } from './catalog.js';
import type { NetworkDefinition } from './definition.js';
import { SIMULATED_NETWORKS, type SimulatedNetworkName } from './simulator/brand.js';
import { systemClock } from './simulator/clock.js';
import type { SimulatedNetworkOptions } from './simulator/simulated-network.js';
import { createWorld, type SimulatedWorld } from './simulator/world.js';
import { ChannelError, type ChannelConnector, type ConnectorContext } from './types.js';

export interface ConnectorRegistryOptions {
  /** Behaviour of simulated networks (latency, rate-limit probability); tests make it deterministic. */
  simulator?: Omit<SimulatedNetworkOptions, 'network' | 'account' | 'clock' | 'random' | 'ids'>;
  seed?: string;
  /** Decrypts stored credentials and encrypts rotated ones. Without it, only simulated channels work. */
  secretKey?: Buffer;
  /** Where rotated credentials are saved. */
  db?: Kysely<Database>;
  /** Network definitions (tests may pass their own). */
  definitions?: readonly NetworkDefinition[];
  fetch?: typeof fetch;
}

export function isSimulatedNetwork(network: string): network is SimulatedNetworkName {
  return (SIMULATED_NETWORKS as readonly string[]).includes(network);
}

export function parseSettings(channel: Pick<ChannelRow, 'settings'>): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(channel.settings);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return {};
  }
}

export class ConnectorRegistry {
  private readonly worlds = new Map<string, SimulatedWorld>();
  /** Real connectors by channel id, with the stored credentials they were built from. */
  private readonly real = new Map<string, { stored: string; connector: ChannelConnector }>();

  constructor(private readonly options: ConnectorRegistryOptions = {}) {}

  get definitions(): readonly NetworkDefinition[] {
    return this.options.definitions ?? networkDefinitions;
  }

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
    const stored = channel.credentials_encrypted;
    if (stored === null) throw new ChannelError('AUTH_REVOKED', `The ${channel.network} channel has no credentials: connect it again in Settings → Channels.`);
    const cached = this.real.get(channel.id);
    if (cached !== undefined && cached.stored === stored) return cached.connector;
    const key = this.requireKey();
    let credentials: Record<string, string>;
    try {
      credentials = JSON.parse(decryptSecret(stored, key)) as Record<string, string>;
    } catch {
      throw new ChannelError('AUTH_REVOKED', `The ${channel.network} channel's credentials cannot be read with this secret key: connect it again in Settings → Channels.`);
    }
    const entry = { stored, connector: this.build(channel.network, { channelId: channel.id, settings: parseSettings(channel), credentials }) };
    this.real.set(channel.id, entry);
    return entry.connector;
  }

  /** A connector for credentials not stored yet: the connect form's "test connection". */
  connectorForCredentials(network: string, settings: Record<string, string>, credentials: Record<string, string>): ChannelConnector {
    return this.build(network, { channelId: 'unsaved', settings, credentials, persist: false });
  }

  /** Drops a cached connector (after a reconnect or removal). */
  forget(channelId: string): void {
    this.real.delete(channelId);
  }

  private build(network: string, input: { channelId: string; settings: Record<string, string>; credentials: Record<string, string>; persist?: boolean }): ChannelConnector {
    const definition = definitionOf(network, this.definitions);
    if (definition === undefined) throw new ChannelError('AUTH_REVOKED', `Sapa has no connector for ${network}.`);
    const context: ConnectorContext = {
      channelId: input.channelId,
      settings: input.settings,
      credentials: input.credentials,
      saveCredentials: (next) => (input.persist === false ? Promise.resolve() : this.saveCredentials(input.channelId, next)),
      ...(this.options.fetch === undefined ? {} : { fetch: this.options.fetch }),
    };
    return definition.create(context);
  }

  private async saveCredentials(channelId: string, next: Record<string, string>): Promise<void> {
    const db = this.options.db;
    if (db === undefined) return;
    const stored = encryptSecret(JSON.stringify(next), this.requireKey());
    await saveChannelCredentials(db, channelId, stored);
    // The connector that rotated them stays in use: it already holds the new credentials.
    const cached = this.real.get(channelId);
    if (cached !== undefined) cached.stored = stored;
  }

  private requireKey(): Buffer {
    if (this.options.secretKey === undefined) throw new ChannelError('AUTH_REVOKED', 'No secret key: real channels cannot be used.');
    return this.options.secretKey;
  }
}
