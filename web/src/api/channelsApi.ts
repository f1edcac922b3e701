// Connecting real accounts: the networks Sapa offers and a workspace's channels
// (src/server/routes/channels on the server). Credentials go in and never come back.
import { apiRequest } from './http';
import type { ApiResponse, Channel, Network } from './types';
import { workspacePath } from './workspaceApi';

// Shapes are aliases of the types generated from the OpenAPI document (generated.ts), with
// `network` narrowed to the values the web knows.
type ChannelsPath = '/api/workspaces/{workspaceId}/channels';
type GeneratedCatalog = ApiResponse<'/api/networks', 'get'>;
/** One network: `fields` is the pasted-credential form, `oauth` is present when it can be
 * connected by signing in, and `needsPublicUrl` when it cannot receive without SAPA_PUBLIC_URL. */
export type NetworkInfo = Omit<GeneratedCatalog['items'][number], 'network'> & { network: Network };
export type NetworkCatalog = Omit<GeneratedCatalog, 'items'> & { items: NetworkInfo[] };
export type ConnectField = NetworkInfo['fields'][number];
export type LocalizedText = ConnectField['label'];
/** `reconnected`: the account was already connected (same channel, history kept). */
export type ConnectResult = Omit<ApiResponse<ChannelsPath, 'post', 201>, 'channel'> & { channel: Channel };
export type ChannelTestResult = ApiResponse<'/api/workspaces/{workspaceId}/channels/{channelId}/test', 'post'>;

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
