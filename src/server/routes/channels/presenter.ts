import { definitionOf } from '../../../channels/catalog.js';
import type { NetworkDefinition } from '../../../channels/definition.js';
import { parseSettings } from '../../../channels/registry.js';
import { simulatedCapabilities } from '../../../channels/simulator/simulated-network.js';
import type { ChannelCapabilities } from '../../../channels/types.js';
import type { ChannelRow } from '../../../store/schema.js';

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

export function capabilitiesOf(channel: ChannelRow, definitions: readonly NetworkDefinition[]): ChannelCapabilities {
  if (channel.simulated === 1) return simulatedCapabilities;
  return definitionOf(channel.network, definitions)?.capabilities ?? simulatedCapabilities;
}

/** Where a webhook network delivers to: built from SAPA_PUBLIC_URL only, never from a request's Host. */
export function webhookUrlOf(channelId: string, capabilities: ChannelCapabilities, publicUrl: URL | null): string | null {
  if (publicUrl === null || capabilities.inbound !== 'webhook') return null;
  return new URL(`api/webhooks/${channelId}`, publicUrl).toString();
}

export function presentChannel(channel: ChannelRow, definitions: readonly NetworkDefinition[], publicUrl: URL | null) {
  const capabilities = capabilitiesOf(channel, definitions);
  return {
    id: channel.id,
    network: channel.network,
    handle: channel.handle,
    displayName: channel.display_name,
    status: channel.status,
    statusReason: channel.status_reason,
    rateLimitedUntil: channel.rate_limited_until !== null && channel.rate_limited_until > Date.now() ? iso(channel.rate_limited_until) : null,
    lastReceivedAt: iso(channel.last_received_at),
    connectedAt: new Date(channel.created_at).toISOString(),
    simulated: channel.simulated === 1,
    capabilities,
    settings: parseSettings(channel),
    webhookUrl: channel.simulated === 1 ? null : webhookUrlOf(channel.id, capabilities, publicUrl),
  };
}

export function presentNetwork(definition: NetworkDefinition) {
  const fields = (list: NetworkDefinition['fields']) => list.map((field) => ({
    key: field.key, secret: field.secret, optional: field.optional === true, label: field.label, help: field.help ?? null,
  }));
  return {
    network: definition.network,
    name: definition.name,
    capabilities: definition.capabilities,
    fields: fields(definition.fields),
    oauth: definition.oauth === undefined ? null : { fields: fields(definition.oauth.fields), provider: definition.oauth.provider ?? definition.name },
    needsPublicUrl: definition.capabilities.inbound === 'webhook',
  };
}
