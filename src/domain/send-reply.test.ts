// Replies end to end below the UI: guard and pacing on the server, the durable job, the
// simulated network receiving it once, the clock stopping, and every failure state.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel } from '../store/repositories/channels.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import type { ChannelRow } from '../store/schema.js';
import { databaseKinds } from '../test-support/databases.js';
import { buildInboundEvent, keywordUnderstanding } from '../test-support/factories.js';
import { createTestRuntime, type TestRuntime } from '../test-support/runtime.js';
import { createUser } from './accounts.js';
import { deliverReply } from './deliver-reply.js';
import { ingestEvent } from './ingest.js';
import { GuardBlockedError, PacingHoldError, queueReply } from './send-reply.js';

describe.each(databaseKinds)('replying on %s', (kind) => {
  let test: TestRuntime;
  let channel: ChannelRow;
  let workspaceId: string;
  let userId: string;
  let conversationId: string;
  const context = { jobId: 'j', attempt: 1, maxAttempts: 6 };

  beforeEach(async () => {
    test = await createTestRuntime(kind);
    const { db } = test.runtime.store;
    workspaceId = (await insertWorkspace(db, { name: 'Glowria' })).id;
    userId = (await createUser(db, { email: 'o@test.local', name: 'Officer', password: 'password123', workspaceId, role: 'officer' })).id;
    channel = await insertChannel(db, { workspaceId, network: 'instagram', handle: 'glowria.id', displayName: 'Glowria', simulated: true });
    const outcome = await ingestEvent({ db, events: test.runtime.events, understand: keywordUnderstanding }, channel, buildInboundEvent({ sentAt: Date.now() - 60_000 }));
    if (outcome.status !== 'stored') throw new Error('not stored');
    conversationId = outcome.conversationId;
  });
  afterEach(() => test.dispose());

  const reply = (text: string, idempotencyKey: string, overrideReason?: string, role: 'officer' | 'manager' = 'officer') =>
    queueReply(test.runtime, { workspaceId, conversationId, userId, role, text, idempotencyKey, ...(overrideReason === undefined ? {} : { overrideReason }) });

  it('queues, delivers once, stores the network id and stops the first-response clock', async () => {
    const queued = await reply('Halo kak, harganya Rp89.000 untuk 20 ml ya.', 'key-00000001');
    expect(queued).toMatchObject({ state: 'queued', duplicate: false });
    await deliverReply(test.runtime, queued.messageId, context);
    await deliverReply(test.runtime, queued.messageId, context);
    const { db } = test.runtime.store;
    const message = await db.selectFrom('messages').selectAll().where('id', '=', queued.messageId).executeTakeFirstOrThrow();
    expect(message.delivery_state).toBe('sent');
    expect(message.network_message_id).toMatch(/^\d+$/);
    expect(test.runtime.connectors.worldFor(channel).connector.received.filter((entry) => entry.outcome === 'sent')).toHaveLength(1);
    const conversation = await db.selectFrom('conversations').selectAll().where('id', '=', conversationId).executeTakeFirstOrThrow();
    expect(conversation).toMatchObject({ unanswered: 0, first_response_due_at: null });
    const events = await db.selectFrom('reporting_events').selectAll().execute();
    expect(events).toEqual([expect.objectContaining({ kind: 'first_response', user_id: userId })]);
    // The network reports its own send time, in whole seconds on some networks.
    expect(events[0]?.duration_ms).toBeGreaterThan(55_000);
  });

  it('answers a direct message in its own conversation, to that follower', async () => {
    const { db } = test.runtime.store;
    const dm = await ingestEvent({ db, events: test.runtime.events, understand: keywordUnderstanding }, channel, buildInboundEvent({
      kind: 'direct_message', directThreadId: 'dm-thread-7', author: { networkId: 'ig-user-7', handle: 'sari.ig', displayName: 'Sari' }, sentAt: Date.now() - 30_000,
    }));
    if (dm.status !== 'stored') throw new Error('not stored');
    const queued = await queueReply(test.runtime, { workspaceId, conversationId: dm.conversationId, userId, role: 'officer', text: 'Siap kak Sari, kami bantu cek ya.', idempotencyKey: 'key-dm-0001' });
    await deliverReply(test.runtime, queued.messageId, context);
    const sent = test.runtime.connectors.worldFor(channel).connector.received.filter((entry) => entry.outcome === 'sent');
    expect(sent).toEqual([expect.objectContaining({ kind: 'direct_message', directThreadId: 'dm-thread-7', recipientNetworkId: 'ig-user-7' })]);
  });

  it('returns the same reply for the same idempotency key', async () => {
    const first = await reply('Siap kak, kami cek dulu ya.', 'key-00000002');
    const again = await reply('Siap kak, kami cek dulu ya.', 'key-00000002');
    expect(again).toMatchObject({ messageId: first.messageId, duplicate: true });
  });

  it('refuses a reply with a blocking guard finding unless a manager overrides it with a reason', async () => {
    const blocked = 'Dijamin 100% sembuh total, tanpa efek samping!';
    await expect(reply(blocked, 'key-00000003')).rejects.toBeInstanceOf(GuardBlockedError);
    await expect(reply(blocked, 'key-00000004', 'Quoted from a doctor letter we attach')).rejects.toThrow(/manager/);
    const overridden = await reply(blocked, 'key-00000005', 'Legal approved this exact wording on 2026-11-20', 'manager');
    expect(overridden.state).toBe('queued');
    const audit = await test.runtime.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'guard.override').execute();
    expect(audit).toHaveLength(1);
  });

  it('holds a reply that would flood the contact, saying which rule and until when', async () => {
    for (let index = 0; index < 3; index++) await reply(`Terima kasih kak, info nomor ${index + 1} sudah kami catat.`, `key-flood-${index}`);
    const error = await reply('Satu lagi kak, ada yang bisa kami bantu?', 'key-flood-9').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PacingHoldError);
    expect((error as PacingHoldError).decision.rule).toBe('PACE.CONTACT_CAP');
    expect((error as PacingHoldError).decision.until).toBeGreaterThan(Date.now());
  });

  it('marks a reply failed with an actionable reason when the network refuses the content', async () => {
    const queued = await reply('x'.repeat(2300), 'key-00000006');
    await expect(deliverReply(test.runtime, queued.messageId, context)).rejects.toThrow();
    const message = await test.runtime.store.db.selectFrom('messages').selectAll().where('id', '=', queued.messageId).executeTakeFirstOrThrow();
    expect(message.delivery_state).toBe('failed');
    expect(message.error).toMatch(/Edit the reply/);
  });

  it('waits for retry-after on RATE_LIMITED and goes back to queued', async () => {
    const queued = await reply('Baik kak, ditunggu ya.', 'key-00000007');
    test.runtime.connectors.worldFor(channel).connector.failNext({ code: 'RATE_LIMITED', retryAfterMs: 5_000 });
    await expect(deliverReply(test.runtime, queued.messageId, context)).rejects.toMatchObject({ name: 'RetryLaterError', delayMs: 5_000 });
    const message = await test.runtime.store.db.selectFrom('messages').selectAll().where('id', '=', queued.messageId).executeTakeFirstOrThrow();
    expect(message.delivery_state).toBe('queued');
  });

  it('never resends after an unknown outcome: it asks the network, which finds the landed send', async () => {
    const queued = await reply('Paketnya sudah dikirim kak.', 'key-00000008');
    test.runtime.connectors.worldFor(channel).connector.failNext({ code: 'UNKNOWN_OUTCOME', landed: true });
    await deliverReply(test.runtime, queued.messageId, context);
    const message = await test.runtime.store.db.selectFrom('messages').selectAll().where('id', '=', queued.messageId).executeTakeFirstOrThrow();
    expect(message.delivery_state).toBe('sent');
    expect(test.runtime.connectors.worldFor(channel).connector.received.filter((entry) => entry.outcome === 'sent')).toHaveLength(1);
  });

  it('marks unknown when the outcome cannot be known, and does not send again', async () => {
    const queued = await reply('Kami cek dulu ya kak.', 'key-00000009');
    test.runtime.connectors.worldFor(channel).connector.failNext({ code: 'UNKNOWN_OUTCOME', landed: false });
    await deliverReply(test.runtime, queued.messageId, context);
    await deliverReply(test.runtime, queued.messageId, context);
    const message = await test.runtime.store.db.selectFrom('messages').selectAll().where('id', '=', queued.messageId).executeTakeFirstOrThrow();
    expect(message.delivery_state).toBe('unknown');
    expect(test.runtime.connectors.worldFor(channel).connector.received.filter((entry) => entry.outcome === 'sent')).toHaveLength(0);
  });
});

describe('orphaned replies', () => {
  it('re-enqueues a queued reply whose job was lost, and delivery stays exactly once', async () => {
    const { requeueOrphanedReplies, orphanAfterMs } = await import('./reconcile.js');
    const test = await createTestRuntime('sqlite');
    try {
      const { db } = test.runtime.store;
      const workspaceId = (await insertWorkspace(db, { name: 'W' })).id;
      const userId = (await createUser(db, { email: 'x@test.local', name: 'X', password: 'password123', workspaceId, role: 'officer' })).id;
      const channel = await insertChannel(db, { workspaceId, network: 'x', handle: 'w', displayName: 'W', simulated: true });
      const outcome = await ingestEvent({ db, events: test.runtime.events, understand: keywordUnderstanding }, channel, buildInboundEvent({ sentAt: Date.now() - 3_600_000 }));
      if (outcome.status !== 'stored') throw new Error('not stored');
      const queued = await queueReply(test.runtime, { workspaceId, conversationId: outcome.conversationId, userId, role: 'officer', text: 'Halo, kami bantu cek ya.', idempotencyKey: 'orphan-0001' });
      await db.deleteFrom('jobs').execute();
      expect(await requeueOrphanedReplies(test.runtime, Date.now() + orphanAfterMs + 1)).toBe(1);
      await requeueOrphanedReplies(test.runtime, Date.now() + orphanAfterMs + 1);
      const jobs = await db.selectFrom('jobs').select('payload').execute();
      for (const _job of jobs) await deliverReply(test.runtime, queued.messageId, { jobId: 'j', attempt: 1, maxAttempts: 6 });
      expect(test.runtime.connectors.worldFor(channel).connector.received.filter((entry) => entry.outcome === 'sent')).toHaveLength(1);
    } finally {
      await test.dispose();
    }
  });
});
