import { describe, expect, it } from 'vitest';
import { channelActionsFor, channelStateOf, channelsNeedingReconnect } from './channelState';

const now = Date.parse('2026-03-02T03:00:00Z');
const base = { status: 'active' as const, statusReason: null, rateLimitedUntil: null, simulated: false };

describe('channelStateOf', () => {
  it('says connected, or demo for simulated channels', () => {
    expect(channelStateOf(base, now)).toEqual({ kind: 'connected' });
    expect(channelStateOf({ ...base, simulated: true }, now)).toEqual({ kind: 'demo' });
  });

  it('carries the reason of a channel that needs reconnecting', () => {
    expect(channelStateOf({ ...base, status: 'needs_reconnect', statusReason: 'Token revoked' }, now)).toEqual({ kind: 'needs_reconnect', reason: 'Token revoked' });
  });

  it('shows a rate limit only while it lasts, and only on a working channel', () => {
    const limited = { ...base, rateLimitedUntil: '2026-03-02T03:05:00Z' };
    expect(channelStateOf(limited, now)).toEqual({ kind: 'rate_limited', until: '2026-03-02T03:05:00Z' });
    expect(channelStateOf(limited, Date.parse('2026-03-02T03:06:00Z'))).toEqual({ kind: 'connected' });
    expect(channelStateOf({ ...limited, status: 'paused' }, now)).toEqual({ kind: 'paused' });
  });

  it('puts disconnected above everything else', () => {
    expect(channelStateOf({ ...base, status: 'disconnected', rateLimitedUntil: '2026-03-02T03:05:00Z' }, now)).toEqual({ kind: 'disconnected' });
  });
});

describe('channelActionsFor', () => {
  it('lets managers test, reconnect and disconnect; officers test; viewers nothing', () => {
    expect(channelActionsFor(base, 'manager')).toEqual({ test: true, reconnect: true, disconnect: true });
    expect(channelActionsFor(base, 'owner')).toEqual({ test: true, reconnect: true, disconnect: true });
    expect(channelActionsFor(base, 'officer')).toEqual({ test: true, reconnect: false, disconnect: false });
    expect(channelActionsFor(base, 'viewer')).toEqual({ test: false, reconnect: false, disconnect: false });
  });

  it('offers only reconnect on a disconnected channel, and never reconnects or removes a demo channel', () => {
    expect(channelActionsFor({ status: 'disconnected', simulated: false }, 'manager')).toEqual({ test: false, reconnect: true, disconnect: false });
    expect(channelActionsFor({ status: 'active', simulated: true }, 'manager')).toEqual({ test: true, reconnect: false, disconnect: false });
  });
});

it('lists the channels that need reconnecting', () => {
  const channels = [{ id: 'a', status: 'active' as const }, { id: 'b', status: 'needs_reconnect' as const }];
  expect(channelsNeedingReconnect(channels).map((channel) => channel.id)).toEqual(['b']);
});
