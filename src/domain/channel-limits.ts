// The limits of one channel: the table's for its network, except a Mastodon channel, whose
// instance says how long a status may be (/api/v2/instance). Instances rarely change this, so
// each is asked at most every ten minutes per process; an unreachable one gives the defaults.
import { limitsFor, type MastodonInstanceLimits, type NetworkLimits } from '../channels/limits.js';
import { fetchInstanceLimits } from '../channels/mastodon/instance.js';
import type { Network } from '../channels/types.js';

const CACHE_MS = 10 * 60_000;
const cache = new Map<string, { limits: Promise<MastodonInstanceLimits>; at: number }>();

export interface LimitedChannel {
  network: string;
  settings: string;
  simulated: number;
}

function instanceUrlOf(channel: LimitedChannel): string | undefined {
  try {
    const settings = JSON.parse(channel.settings) as { instanceUrl?: unknown };
    return typeof settings.instanceUrl === 'string' && settings.instanceUrl !== '' ? settings.instanceUrl : undefined;
  } catch {
    return undefined;
  }
}

/** What this channel's Mastodon instance allows, or null for other networks and simulated channels. */
export async function mastodonInstanceLimits(channel: LimitedChannel, fetchImpl: typeof fetch = fetch, now = Date.now()): Promise<MastodonInstanceLimits | null> {
  if (channel.network !== 'mastodon' || channel.simulated === 1) return null;
  const url = instanceUrlOf(channel);
  if (url === undefined) return null;
  const cached = cache.get(url);
  if (cached !== undefined && now - cached.at < CACHE_MS) return cached.limits;
  const limits = fetchInstanceLimits(url, fetchImpl);
  cache.set(url, { limits, at: now });
  return limits;
}

export async function limitsForChannel(channel: LimitedChannel, fetchImpl: typeof fetch = fetch): Promise<NetworkLimits> {
  return limitsFor(channel.network as Network, (await mastodonInstanceLimits(channel, fetchImpl)) ?? undefined);
}

/** What each Mastodon channel's instance allows, for the composer's counters (other networks use the table). */
export async function workspaceInstanceLimits(
  channels: readonly (LimitedChannel & { id: string })[], fetchImpl: typeof fetch = fetch,
): Promise<Array<{ channelId: string } & MastodonInstanceLimits>> {
  const found = await Promise.all(channels.map(async (channel) => ({ channelId: channel.id, limits: await mastodonInstanceLimits(channel, fetchImpl).catch(() => null) })));
  return found.flatMap(({ channelId, limits }) => (limits === null ? [] : [{ channelId, ...limits }]));
}
