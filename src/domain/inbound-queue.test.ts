// Accept-then-process on both databases: an accepted event is durable at once, duplicates
// are refused at the door, and processing in batches yields exactly what ingestEvent would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../realtime/bus.js';
import { listConversations } from '../store/repositories/conversations.js';
import type { ChannelRow } from '../store/schema.js';
import { databaseKinds, type TestDatabase } from '../test-support/databases.js';
import { createIngestFixture } from '../test-support/ingest-fixture.js';
import { buildInboundEvent } from '../test-support/factories.js';
import { acceptEvent, processAllPending, processPending, retryDelaysMs } from './inbound-queue.js';
import { countInboundEvents, requeueInboundEvents } from '../store/repositories/inbound-queue.js';
import type { IngestDeps } from './ingest.js';

describe.each(databaseKinds)('inbound queue on %s', (kind) => {
  let database: TestDatabase;
  let deps: IngestDeps;
  let channel: ChannelRow;
  let workspaceId: string;
  let published: LiveEvent[];

  beforeEach(async () => {
    ({ database, deps, channel, workspaceId, published } = await createIngestFixture(kind));
  });
  afterEach(() => database.dispose());

  it('stores an accepted event durably and refuses a redelivery while it waits', async () => {
    const event = buildInboundEvent();
    expect(await acceptEvent(deps, channel, event)).toEqual({ accepted: true });
    expect(await acceptEvent(deps, channel, { ...event })).toEqual({ accepted: false });
    const waiting = await database.store.db.selectFrom('inbound_queue').selectAll().execute();
    expect(waiting).toHaveLength(1);
    expect(JSON.parse(waiting[0]?.payload ?? '{}')).toEqual(event);
  });

  it('processes accepted events in batches into threads, contacts and live updates, then empties the queue', async () => {
    for (let index = 0; index < 7; index++) {
      await acceptEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: `p-${index % 2}`, text: index === 3 ? 'kecewa, paket telat' : 'harganya berapa?' }));
    }
    const first = await processPending(deps, 5);
    expect(first.processed).toBe(5);
    expect(await processAllPending(deps, 5)).toBe(2);
    const conversations = await listConversations(database.store.db, { workspaceId, status: 'open', limit: 10 });
    expect(conversations.map((c) => c.thread_key).sort()).toEqual(['post:p-0', 'post:p-1']);
    expect(await database.store.db.selectFrom('messages').select('id').execute()).toHaveLength(7);
    expect(await database.store.db.selectFrom('inbound_queue').select('seq').execute()).toHaveLength(0);
    expect(published.filter((event) => event.name === 'message.created')).toHaveLength(7);
  });

  it('keeps a thread right when several of its events are processed in one batch', async () => {
    const base = Date.UTC(2026, 10, 20, 5, 0, 0);
    await acceptEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p-x', text: 'halo', sentAt: base }));
    await acceptEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p-x', text: 'harganya berapa?', sentAt: base + 60_000 }));
    await acceptEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p-x', text: 'kecewa, paket telat', sentAt: base + 120_000 }));
    expect((await processPending(deps)).processed).toBe(3);
    const conversation = await database.store.db.selectFrom('conversations').selectAll().executeTakeFirstOrThrow();
    expect(conversation).toMatchObject({ unanswered: 1, awaiting_since: base, last_message_at: base + 120_000, last_inbound_at: base + 120_000 });
    // Each message may pull the target earlier, never later: the question's 15 minutes wins.
    expect(conversation.first_response_due_at).toBe(Math.min(base + 60_000 + 15 * 60_000, base + 120_000 + 30 * 60_000, base + 24 * 3_600_000));
    expect(JSON.parse(conversation.last_intents)).toEqual(['complaint']);
    const contact = await database.store.db.selectFrom('contacts').selectAll().executeTakeFirstOrThrow();
    expect(contact.message_count).toBe(3);
  });

  it('yields one message when an event is redelivered after it was processed', async () => {
    const event = buildInboundEvent();
    await acceptEvent(deps, channel, event);
    await processAllPending(deps);
    expect(await acceptEvent(deps, channel, { ...event })).toEqual({ accepted: true });
    await processAllPending(deps);
    expect(await database.store.db.selectFrom('messages').select('id').execute()).toHaveLength(1);
    const contact = await database.store.db.selectFrom('contacts').selectAll().executeTakeFirstOrThrow();
    expect(contact.message_count).toBe(1);
  });

  it('does not hold up the rest of its batch, waits out growing delays, and is set aside (kept) after the last', async () => {
    let clock = Date.UTC(2026, 10, 20, 5, 0, 0);
    const poisoned: IngestDeps = { ...deps, now: () => clock, understand: (text) => { if (text.includes('POISON')) throw new Error('analysis broke'); return deps.understand(text); } };
    for (const text of ['harganya berapa?', 'POISON', 'stok ada?', 'kirim ke bali bisa?']) await acceptEvent(deps, channel, buildInboundEvent({ text }), clock);
    const first = await processPending(poisoned);
    expect(first.failures.map((failure) => failure.setAside)).toEqual([false]);
    expect(first.outcomes.filter((outcome) => outcome.status === 'stored')).toHaveLength(3);
    expect(await database.store.db.selectFrom('messages').select('id').execute()).toHaveLength(3);
    // Not due again before its delay.
    expect(await processPending(poisoned)).toMatchObject({ processed: 0 });

    const results = [];
    for (const delay of retryDelaysMs) {
      clock += delay;
      results.push(await processPending(poisoned));
    }
    expect(results.map((result) => result.failures.map((failure) => failure.setAside))).toEqual([[false], [false], [false], [true]]);
    const [kept] = await database.store.db.selectFrom('inbound_queue').selectAll().execute();
    expect(kept).toMatchObject({ attempts: retryDelaysMs.length + 1, last_error: 'analysis broke', failed_at: clock });
    expect(JSON.parse(kept?.payload ?? '{}')).toMatchObject({ text: 'POISON' });
    expect(await countInboundEvents(database.store.db)).toEqual({ waiting: 0, setAside: 1 });
    // Set aside: no longer tried.
    clock += 24 * 3_600_000;
    expect(await processPending(poisoned)).toMatchObject({ processed: 0 });
    // Requeued (by hand, or by the network delivering it again) it is processed once it can be.
    expect(await requeueInboundEvents(database.store.db)).toBe(1);
    expect(await processPending(deps)).toMatchObject({ processed: 1, failures: [] });
    expect(await database.store.db.selectFrom('messages').select('id').execute()).toHaveLength(4);
  });

  it('takes a set-aside event back when the network delivers it again', async () => {
    const event = buildInboundEvent();
    await acceptEvent(deps, channel, event);
    await database.store.db.updateTable('inbound_queue').set({ failed_at: 1, attempts: 5 }).execute();
    expect(await acceptEvent(deps, channel, { ...event })).toEqual({ accepted: true });
    expect(await database.store.db.selectFrom('inbound_queue').select(['attempts', 'failed_at']).execute()).toEqual([{ attempts: 0, failed_at: null }]);
    expect(await acceptEvent(deps, channel, { ...event })).toEqual({ accepted: false });
  });

  it('keeps an edit waiting while the message it edits is still queued', async () => {
    let clock = Date.UTC(2026, 10, 20, 5, 0, 0);
    const original = buildInboundEvent({ text: 'POISON harganya?' });
    const flaky: IngestDeps = { ...deps, now: () => clock, understand: (text) => { if (text.includes('POISON')) throw new Error('analysis broke'); return deps.understand(text); } };
    await acceptEvent(deps, channel, original, clock);
    await acceptEvent(deps, channel, buildInboundEvent({ text: 'halo' }), clock);
    await acceptEvent(deps, channel, { ...original, kind: 'edit', networkMessageId: 'edit-1', targetNetworkMessageId: original.networkMessageId, text: 'harganya berapa kak?' }, clock);
    // The original fails; its edit (processed one at a time after it) must not be dropped.
    await processPending(flaky);
    expect(await database.store.db.selectFrom('inbound_queue').select('network_message_id').orderBy('seq').execute()).toHaveLength(2);
    // Later the original goes through (the analyser recovered), and then its edit.
    clock += retryDelaysMs[0] ?? 0;
    await processPending({ ...deps, now: () => clock });
    clock += 60_000;
    await processPending({ ...deps, now: () => clock });
    const [message] = await database.store.db.selectFrom('messages').selectAll().where('network_message_id', '=', original.networkMessageId).execute();
    expect(message?.text).toBe('harganya berapa kak?');
    expect(await countInboundEvents(database.store.db)).toEqual({ waiting: 0, setAside: 0 });
  });

  it('sets aside at once an event whose stored payload cannot be read', async () => {
    await database.store.db.insertInto('inbound_queue').values({ channel_id: channel.id, network_message_id: 'broken', payload: '{not json', received_at: 1 }).execute();
    await acceptEvent(deps, channel, buildInboundEvent());
    const result = await processPending(deps);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.setAside).toBe(true);
    expect(await database.store.db.selectFrom('messages').select('id').execute()).toHaveLength(1);
  });
});
