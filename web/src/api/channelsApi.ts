// Connecting real accounts: the networks Sapa offers and a workspace's channels
// (src/server/routes/channels on the server). Credentials go in and never come back.
import { apiRequest } from './http';
import type { Channel, ChannelCapabilities, Network } from './types';
import { workspacePath } from './workspaceApi';

export interface LocalizedText {
  id: string;
  en: string;
}

export interface ConnectField {
  key: string;
  /** Secret fields are typed into password inputs, stored encrypted and never returned. */
  secret: boolean;
  optional: boolean;
  label: LocalizedText;
  help: LocalizedText | null;
}

export interface NetworkInfo {
  network: Network;
  name: string;
  capabilities: ChannelCapabilities;
  /** The pasted-credential form (app password, bot token, page token). */
  fields: ConnectField[];
  /** Present when the network can be connected by signing in (OAuth); its fields are asked first. `provider`: whose sign-in page ("Facebook" for Pages and Instagram). */
  oauth: { fields: ConnectField[]; provider: string } | null;
  /** Webhook networks cannot receive without SAPA_PUBLIC_URL; polling ones work behind NAT. */
  needsPublicUrl: boolean;
}

export interface NetworkCatalog {
  items: NetworkInfo[];
  publicUrlConfigured: boolean;
}

export interface ConnectResult {
  channel: Channel;
  /** The account was already connected: same channel, history kept. */
  reconnected: boolean;
}

export interface ChannelTestResult {
  ok: boolean;
  account: { networkId: string; handle: string; displayName: string } | null;
  code: string | null;
  message: string | null;
}

export type ConnectValues = Record<string, string>;

const channelsPath = (workspaceId: string) => `${workspacePath(workspaceId)}/channels`;
const channelPath = (workspaceId: string, channelId: string) => `${channelsPath(workspaceId)}/${encodeURIComponent(channelId)}`;

export const channelsApi = {
  networks: (signal?: AbortSignal) => apiRequest<NetworkCatalog>('/api/networks', { signal }),

  connect: (workspaceId: string, network: Network, values: ConnectValues) =>
    apiRequest<ConnectResult>(channelsPath(workspaceId), { method: 'POST', body: { network, values } }),

  reconnect: (workspaceId: string, channelId: string, values: ConnectValues) =>
    apiRequest<ConnectResult>(`${channelPath(workspaceId, channelId)}/reconnect`, { method: 'POST', body: { values } }),

  test: (workspaceId: string, channelId: string) =>
    apiRequest<ChannelTestResult>(`${channelPath(workspaceId, channelId)}/test`, { method: 'POST' }),

  disconnect: (workspaceId: string, channelId: string) =>
    apiRequest<undefined>(channelPath(workspaceId, channelId), { method: 'DELETE' }),

  /** Where to send the browser to approve Sapa; with channelId it reconnects that channel. */
  startOAuth: (workspaceId: string, network: Network, values: ConnectValues, channelId?: string) =>
    apiRequest<{ authorizeUrl: string }>(`${channelsPath(workspaceId)}/oauth`, {
      method: 'POST', body: { network, values, ...(channelId === undefined ? {} : { channelId }) },
    }),
};
