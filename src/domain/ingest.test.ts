// The ingest pipeline on both databases: dedupe (sequential and concurrent), threading,
// contacts, edits and deletes with history, priority and live updates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveEvent } from '../realtime/bus.js';
import { listConversations } from '../store/repositories/conversations.js';
import type { ChannelRow } from '../store/schema.js';
import { databaseKinds, type TestDatabase } from '../test-support/databases.js';
import { createIngestFixture } from '../test-support/ingest-fixture.js';
import { buildInboundEvent } from '../test-support/factories.js';
import { ingestEvent, type IngestDeps } from './ingest.js';
import { recordSentReply } from './replies.js';

describe.each(databaseKinds)('ingestEvent on %s', (kind) => {
  let database: TestDatabase;
  let deps: IngestDeps;
  let channel: ChannelRow;
  let workspaceId: string;
  let published: LiveEvent[];

  beforeEach(async () => {
    ({ database, deps, channel, workspaceId, published } = await createIngestFixture(kind, () => Date.UTC(2026, 10, 20, 5, 1, 0)));
  });
  afterEach(() => database.dispose());

  it('stores a comment, threads it under its post and publishes a live update', async () => {
    const outcome = await ingestEvent(deps, channel, buildInboundEvent());
    expect(outcome.status).toBe('stored');
    const [conversation] = await listConversations(database.store.db, { workspaceId, status: 'open', limit: 10 });
    expect(conversation).toMatchObject({ kind: 'thread', thread_key: 'post:post-1', unanswered: 1, last_text: 'Kak, harganya berapa ya?' });
    expect(JSON.parse(conversation?.last_intents ?? '[]')).toEqual(['question']);
    expect(conversation?.first_response_due_at).toBe(Date.UTC(2026, 10, 20, 5, 15, 0));
    expect(published.map((event) => event.name)).toEqual(['message.created']);
  });

  it('merges the same event delivered twice into one message', async () => {
    const event = buildInboundEvent();
    await ingestEvent(deps, channel, event);
    const again = await ingestEvent(deps, channel, { ...event });
    expect(again.status).toBe('duplicate');
    const messages = await database.store.db.selectFrom('messages').selectAll().execute();
    expect(messages).toHaveLength(1);
    const contact = await database.store.db.selectFrom('contacts').selectAll().executeTakeFirstOrThrow();
    expect(contact.message_count).toBe(1);
  });

  it('merges the same event delivered twice at once into one message', async () => {
    const event = buildInboundEvent();
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => ingestEvent(deps, channel, { ...event })));
    expect(outcomes.filter((outcome) => outcome.status === 'stored')).toHaveLength(1);
    const count = await database.store.db.selectFrom('messages').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('keeps direct messages per contact and comments per post', async () => {
    await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'post-1' }));
    await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'post-1', author: { networkId: 'u-2', handle: 'budi', displayName: 'Budi' } }));
    await ingestEvent(deps, channel, buildInboundEvent({ kind: 'direct_message', rootPostNetworkId: undefined, directThreadId: 'dm-9' }));
    await ingestEvent(deps, channel, buildInboundEvent({ kind: 'direct_message', rootPostNetworkId: undefined, directThreadId: 'dm-9', text: 'halo?' }));
    const conversations = await listConversations(database.store.db, { workspaceId, status: 'all', limit: 10 });
    expect(conversations.map((c) => c.thread_key).sort()).toEqual(['dm:dm-9', 'post:post-1']);
  });

  it('keeps the history of an edited message and marks a deleted one', async () => {
    const original = buildInboundEvent({ text: 'paketnya telat' });
    await ingestEvent(deps, channel, original);
    await ingestEvent(deps, channel, buildInboundEvent({ kind: 'edit', targetNetworkMessageId: original.networkMessageId, text: 'paketnya telat 3 hari' }));
    let message = await database.store.db.selectFrom('messages').selectAll().executeTakeFirstOrThrow();
    expect(message.text).toBe('paketnya telat 3 hari');
    expect(JSON.parse(message.history)).toEqual([{ text: 'paketnya telat', at: original.sentAt }]);
    await ingestEvent(deps, channel, buildInboundEvent({ kind: 'delete', targetNetworkMessageId: original.networkMessageId, text: '' }));
    message = await database.store.db.selectFrom('messages').selectAll().executeTakeFirstOrThrow();
    expect(message.deleted_at).not.toBeNull();
    expect(message.text).toBe('paketnya telat 3 hari');
  });

  it('orders the inbox by priority and drops an answered conversation to the bottom', async () => {
    const praise = await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p-a', text: 'suka banget' }));
    const complaint = await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p-b', text: 'kecewa, barang rusak!' }));
    let list = await listConversations(database.store.db, { workspaceId, status: 'open', limit: 10 });
    expect(list[0]?.id).toBe(complaint.status === 'stored' ? complaint.conversationId : '');
    if (complaint.status !== 'stored' || praise.status !== 'stored') throw new Error('not stored');
    await recordSentReply(database.store.db, deps.events, { workspaceId, conversationId: complaint.conversationId, text: 'Mohon maaf kak, kami bantu cek ya', userId: null, networkMessageId: 'r-1', sentAt: Date.UTC(2026, 10, 20, 5, 2, 0) });
    list = await listConversations(database.store.db, { workspaceId, status: 'open', limit: 10 });
    expect(list.map((c) => c.id)).toEqual([praise.conversationId, complaint.conversationId]);
    expect(list[1]).toMatchObject({ unanswered: 0, first_responded_at: Date.UTC(2026, 10, 20, 5, 2, 0) });
  });

  it('stores instants as UTC epoch milliseconds', async () => {
    const sentAt = Date.UTC(2026, 0, 1, 16, 30, 0); // 23:30 WIB
    await ingestEvent(deps, channel, buildInboundEvent({ sentAt }));
    const message = await database.store.db.selectFrom('messages').select('sent_at').executeTakeFirstOrThrow();
    expect(message.sent_at).toBe(sentAt);
    expect(typeof message.sent_at).toBe('number');
  });
});
