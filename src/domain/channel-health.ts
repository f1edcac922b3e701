// What a network's refusal means for the channel as a whole: revoked credentials mark it
// "needs reconnect" (the officer is told in the app), a rate limit marks it "rate-limited
// until …". Pollers, webhooks and deliveries all report here, so the state is decided once.
import { ChannelError } from '../channels/types.js';
import type { EventBus } from '../realtime/bus.js';
import { setChannelRateLimited, setChannelStatus } from '../store/repositories/channels.js';
import type { Store } from '../store/database.js';
import type { ChannelRow } from '../store/schema.js';

export interface ChannelHealthDeps {
  store: Pick<Store, 'db'>;
  events: Pick<EventBus, 'publish'>;
}

export const needsReconnectReason = 'The network no longer accepts Sapa\'s access to this account. Reconnect it in Settings → Channels.';

/** Records what an error says about the channel; returns when to try again (null: not until reconnected). */
export async function noteChannelError(deps: ChannelHealthDeps, channel: Pick<ChannelRow, 'id' | 'workspace_id'>, error: unknown, now = Date.now()): Promise<number | null> {
  if (!(error instanceof ChannelError)) return now;
  if (error.code === 'AUTH_REVOKED') {
    await setChannelStatus(deps.store.db, channel.id, 'needs_reconnect', needsReconnectReason, now);
    deps.events.publish({ workspaceId: channel.workspace_id, name: 'channel.updated', data: { channelId: channel.id, status: 'needs_reconnect' } });
    return null;
  }
  if (error.code === 'RATE_LIMITED') {
    const until = now + (error.retryAfterMs ?? 60_000);
    await setChannelRateLimited(deps.store.db, channel.id, until, error.message);
    deps.events.publish({ workspaceId: channel.workspace_id, name: 'channel.updated', data: { channelId: channel.id, rateLimitedUntil: until } });
    return until;
  }
  return now;
}

/** A call went through: a rate limit noted earlier is over. */
export async function noteChannelHealthy(deps: ChannelHealthDeps, channel: Pick<ChannelRow, 'id' | 'rate_limited_until'>): Promise<void> {
  if (channel.rate_limited_until !== null) await setChannelRateLimited(deps.store.db, channel.id, null, null);
}
