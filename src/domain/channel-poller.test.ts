// Polling real channels: events become durable before the cursor moves, a page is never taken
// twice, one process holds a channel at a time, and revoked access marks the channel.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NetworkDefinition } from '../channels/definition.js';
import { SimulatedNetwork } from '../channels/simulator/simulated-network.js';
import { ChannelError, type ChannelConnector } from '../channels/types.js';
import { claimPollLease, findChannel, insertChannel } from '../store/repositories/channels.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import type { ChannelRow } from '../store/schema.js';
import { databaseKinds } from '../test-support/databases.js';
import { createTestRuntime, type TestRuntime } from '../test-support/runtime.js';
import { encryptSecret } from './secrets.js';
import { defaultPollIntervalMs, pollChannel, pollIntervalFor } from './channel-poller.js';

describe.each(databaseKinds)('channel poller on %s', (kind) => {
  let test: TestRuntime;
  let network: SimulatedNetwork;
  let revoked: boolean;
  let channel: ChannelRow;
  let definition: NetworkDefinition;

  beforeEach(async () => {
    network = new SimulatedNetwork({ network: 'bluesky', latencyMs: 0, rateLimitProbability: 0 });
    revoked = false;
    const connector: ChannelConnector = Object.assign(Object.create(network) as SimulatedNetwork, {
      poll: (cursor: string | null) => (revoked ? Promise.reject(new ChannelError('AUTH_REVOKED', 'token revoked')) : network.poll(cursor)),
    });
    definition = { network: 'mastodon', name: 'Test', capabilities: network.capabilities, fields: [], pollIntervalMs: 1_000, create: () => connector };
    test = await createTestRuntime(kind, { definitions: [definition] });
    const workspace = await insertWorkspace(test.runtime.store.db, { name: 'Brand' });
    channel = await insertChannel(test.runtime.store.db, {
      workspaceId: workspace.id, network: 'mastodon', handle: '@brand', displayName: 'Brand',
      credentialsEncrypted: encryptSecret(JSON.stringify({ accessToken: 'planted-secret' }), test.runtime.config.secretKey),
    });
  });
  afterEach(() => test.dispose());

  const mention = (id: string): void => network.receive({ kind: 'mention', networkMessageId: id, author: { networkId: 'f1', handle: 'rina', displayName: 'Rina' }, text: `halo ${id}`, sentAt: Date.now() });
  const queued = async (): Promise<string[]> => (await test.runtime.store.db.selectFrom('inbound_queue').select('network_message_id').orderBy('seq').execute()).map((row) => row.network_message_id);

  it('accepts new events, persists the cursor, and does not take the same page twice', async () => {
    mention('m1');
    await pollChannel(test.runtime, channel, definition, 'worker-a', 1_000);
    expect(await queued()).toEqual(['m1']);
    const after = await findChannel(test.runtime.store.db, channel.id);
    expect(after?.poll_cursor).toBe('1');
    expect(after?.last_received_at).not.toBeNull();
    expect(after?.poll_lease_owner).toBeNull();
    mention('m2');
    await pollChannel(test.runtime, after as ChannelRow, definition, 'worker-a', 2_000);
    expect(await queued()).toEqual(['m1', 'm2']);
  });

  it('asks again after the network\'s interval, or after SAPA_POLL_INTERVAL_MS when it is set', async () => {
    const before = Date.now();
    await pollChannel(test.runtime, channel, definition, 'worker-a');
    const next = (await findChannel(test.runtime.store.db, channel.id))?.next_poll_at ?? 0;
    expect(next).toBeGreaterThanOrEqual(before + 1_000);
    expect(next).toBeLessThan(before + 60_000);
    const configured = { config: { ...test.runtime.config, pollIntervalMs: 2_000 } };
    expect(pollIntervalFor(configured, definition)).toBe(2_000);
    expect(pollIntervalFor(configured, { pollIntervalMs: undefined })).toBe(2_000);
    expect(pollIntervalFor(test.runtime, { pollIntervalMs: undefined })).toBe(defaultPollIntervalMs);
  });

  it('leaves a channel alone while another process holds its lease', async () => {
    mention('m1');
    expect(await claimPollLease(test.runtime.store.db, channel.id, 'worker-b', Date.now(), Date.now() + 60_000)).toBe(true);
    await pollChannel(test.runtime, channel, definition, 'worker-a');
    expect(await queued()).toEqual([]);
  });

  it('marks the channel "needs reconnect" when the network revokes access, and backs off', async () => {
    revoked = true;
    await pollChannel(test.runtime, channel, definition, 'worker-a');
    const after = await findChannel(test.runtime.store.db, channel.id);
    expect(after?.status).toBe('needs_reconnect');
    expect(after?.status_reason).toMatch(/Reconnect/);
    expect(after?.poll_failures).toBe(1);
    expect(after?.next_poll_at ?? 0).toBeGreaterThan(Date.now() + 3600_000);
  });
});
