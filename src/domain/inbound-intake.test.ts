// Group commit at the door, on both databases: deliveries arriving together share one commit,
// each caller returns only once its events are stored, a redelivery in the same group is merged,
// and one delivery that cannot be stored does not take the others down with it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalEventBus } from '../realtime/bus.js';
import { findChannel } from '../store/repositories/channels.js';
import { queuedNetworkIds } from '../store/repositories/inbound-queue.js';
import type { ChannelRow } from '../store/schema.js';
import { databaseKinds, type TestDatabase } from '../test-support/databases.js';
import { buildInboundEvent } from '../test-support/factories.js';
import { createIngestFixture } from '../test-support/ingest-fixture.js';
import { acceptInbound, type IntakeDeps } from './inbound-intake.js';

describe.each(databaseKinds)('accepting deliveries on %s', (kind) => {
  let database: TestDatabase;
  let channel: ChannelRow;
  let deps: IntakeDeps;
  let signals: number;

  beforeEach(async () => {
    ({ database, channel } = await createIngestFixture(kind));
    const bus = new LocalEventBus();
    signals = 0;
    bus.onInbound(() => { signals += 1; });
    deps = { store: database.store, events: bus };
  });
  afterEach(() => database.dispose());

  it('commits deliveries that arrive together once, each stored before its caller hears back', async () => {
    const transactions = vi.spyOn(database.store.db, 'transaction');
    const events = Array.from({ length: 10 }, (_, index) => buildInboundEvent({ networkMessageId: `c-${index}` }));
    const redelivered = events[3] ?? buildInboundEvent();
    const storedWhenAnswered = await Promise.all([...events, { ...redelivered }].map(async (event) => {
      const result = await acceptInbound(deps, channel, [event], 1_000);
      return { result, stored: (await queuedNetworkIds(database.store.db, channel.id, [event.networkMessageId])).size === 1 };
    }));
    expect(storedWhenAnswered.every((answer) => answer.stored)).toBe(true);
    expect(storedWhenAnswered.slice(0, 10).map((answer) => answer.result)).toEqual(Array.from({ length: 10 }, () => ({ accepted: 1, duplicates: 0 })));
    expect(storedWhenAnswered[10]?.result).toEqual({ accepted: 0, duplicates: 1 });
    expect(transactions).toHaveBeenCalledTimes(1);
    expect(signals).toBe(1);
    expect((await findChannel(database.store.db, channel.id))?.last_received_at).toBe(1_000);
  });

  it('keeps the others of a group when one delivery cannot be stored', async () => {
    const gone = { ...channel, id: 'channel-that-does-not-exist' };
    const answers = await Promise.allSettled([
      acceptInbound(deps, channel, [buildInboundEvent({ networkMessageId: 'kept-1' })]),
      acceptInbound(deps, gone, [buildInboundEvent({ networkMessageId: 'refused' })]),
      acceptInbound(deps, channel, [buildInboundEvent({ networkMessageId: 'kept-2' }), buildInboundEvent({ networkMessageId: 'kept-3' })]),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(answers[2]).toEqual({ status: 'fulfilled', value: { accepted: 2, duplicates: 0 } });
    expect([...await queuedNetworkIds(database.store.db, channel.id, ['kept-1', 'kept-2', 'kept-3', 'refused'])].sort()).toEqual(['kept-1', 'kept-2', 'kept-3']);
  });
  it('writes "last received" at once after a quiet spell, and a burst\'s latest when the second has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    try {
      await acceptInbound(deps, channel, [buildInboundEvent({ networkMessageId: 'first' })], 1_000);
      expect((await findChannel(database.store.db, channel.id))?.last_received_at).toBe(1_000);
      await acceptInbound(deps, channel, [buildInboundEvent({ networkMessageId: 'second' })], 2_000);
      await acceptInbound(deps, channel, [buildInboundEvent({ networkMessageId: 'third' })], 3_000);
      // Within the second: no write of its own (it would cost a commit per delivery group).
      expect((await findChannel(database.store.db, channel.id))?.last_received_at).toBe(1_000);
      vi.advanceTimersByTime(1_000);
      let written: number | null | undefined = null;
      for (let turn = 0; turn < 100 && written !== 3_000; turn++) {
        await new Promise((resolve) => setImmediate(resolve));
        written = (await findChannel(database.store.db, channel.id))?.last_received_at;
      }
      expect(written).toBe(3_000);
    } finally {
      vi.useRealTimers();
    }
  });
  it('takes a set-aside event back in a group, once, and refuses what is still waiting', async () => {
    await acceptInbound(deps, channel, [buildInboundEvent({ networkMessageId: 'set-aside' }), buildInboundEvent({ networkMessageId: 'waiting' })]);
    await database.store.db.updateTable('inbound_queue').set({ failed_at: 1, attempts: 5 }).where('network_message_id', '=', 'set-aside').execute();
    const answers = await Promise.all([
      acceptInbound(deps, channel, [buildInboundEvent({ networkMessageId: 'set-aside' }), buildInboundEvent({ networkMessageId: 'new' })]),
      acceptInbound(deps, channel, [buildInboundEvent({ networkMessageId: 'set-aside' }), buildInboundEvent({ networkMessageId: 'waiting' })]),
    ]);
    expect(answers).toEqual([{ accepted: 2, duplicates: 0 }, { accepted: 0, duplicates: 2 }]);
    const queued = await database.store.db.selectFrom('inbound_queue').select(['network_message_id', 'attempts', 'failed_at']).orderBy('network_message_id').execute();
    expect(queued).toEqual([
      { network_message_id: 'new', attempts: 0, failed_at: null },
      { network_message_id: 'set-aside', attempts: 0, failed_at: null },
      { network_message_id: 'waiting', attempts: 0, failed_at: null },
    ]);
  });
});
