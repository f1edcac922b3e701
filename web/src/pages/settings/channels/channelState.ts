// What Settings → Channels shows for a channel and who may do what with it. Pure, so the rules
// are tested without a browser.
import type { Channel, WorkspaceRole } from '../../../api/types';

export type ChannelState =
  | { kind: 'connected' }
  | { kind: 'demo' }
  | { kind: 'needs_reconnect'; reason: string | null }
  | { kind: 'error'; reason: string | null }
  | { kind: 'rate_limited'; until: string }
  | { kind: 'paused' }
  | { kind: 'disconnected' };

export type ChannelStateKind = ChannelState['kind'];

/** The one state worth saying, most pressing first: a rate limit matters only on a working channel. */
export function channelStateOf(channel: Pick<Channel, 'status' | 'statusReason' | 'rateLimitedUntil' | 'simulated'>, now = Date.now()): ChannelState {
  switch (channel.status) {
    case 'disconnected': return { kind: 'disconnected' };
    case 'needs_reconnect': return { kind: 'needs_reconnect', reason: channel.statusReason };
    case 'error': return { kind: 'error', reason: channel.statusReason };
    case 'paused': return { kind: 'paused' };
    case 'active': break;
  }
  if (channel.rateLimitedUntil !== null && Date.parse(channel.rateLimitedUntil) > now) return { kind: 'rate_limited', until: channel.rateLimitedUntil };
  return channel.simulated ? { kind: 'demo' } : { kind: 'connected' };
}

export const stateColors: Record<ChannelStateKind, string> = {
  connected: 'teal',
  demo: 'grape',
  needs_reconnect: 'orange',
  error: 'red',
  rate_limited: 'yellow',
  paused: 'gray',
  disconnected: 'gray',
};

export interface ChannelActions {
  test: boolean;
  reconnect: boolean;
  disconnect: boolean;
}

export const canManageChannels = (role: WorkspaceRole) => role === 'owner' || role === 'manager';

/**
 * Managers test, reconnect and disconnect; officers test; viewers only look. A disconnected channel
 * has no credentials to test, and the demo's simulated channels cannot be reconnected or removed.
 */
export function channelActionsFor(channel: Pick<Channel, 'status' | 'simulated'>, role: WorkspaceRole): ChannelActions {
  const manager = canManageChannels(role);
  const connected = channel.status !== 'disconnected';
  return {
    test: role !== 'viewer' && connected,
    reconnect: manager && !channel.simulated,
    disconnect: manager && !channel.simulated && connected,
  };
}

/** Channels the officer must be told about anywhere in the app. */
export function channelsNeedingReconnect<T extends Pick<Channel, 'status'>>(channels: readonly T[]): T[] {
  return channels.filter((channel) => channel.status === 'needs_reconnect');
}
