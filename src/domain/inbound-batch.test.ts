// One processing batch must leave exactly what the same events ingested one by one leave:
// duplicates inside the batch, several messages per thread and per contact, an edit of a
// message that arrived earlier in the same batch, a reaction — on both databases.
import { afterEach, describe, expect, it } from 'vitest';
import type { InboundEvent } from '../channels/types.js';
import type { Kysely } from 'kysely';
import type { ChannelRow, Database } from '../store/schema.js';
import { databaseKinds, type TestDatabase } from '../test-support/databases.js';
import { buildInboundEvent } from '../test-support/factories.js';
import { createIngestFixture } from '../test-support/ingest-fixture.js';
import { ingestBatch, ingestEvent, type IngestDeps } from './ingest.js';
import { openStore } from '../store/database.js';

const base = Date.UTC(2026, 10, 20, 5, 0, 0);
const now = () => base + 10 * 60_000;

function scenario(): InboundEvent[] {
  const question = buildInboundEvent({ rootPostNetworkId: 'p-1', text: 'harganya berapa?', sentAt: base });
  const sari = { networkId: 'u-1', handle: 'sari.w', displayName: 'Sari' };
  const budi = { networkId: 'u-2', handle: 'budi', displayName: 'Budi' };
  return [
    question,
    buildInboundEvent({ rootPostNetworkId: 'p-2', text: 'kecewa, paket telat', author: budi, sentAt: base + 1_000 }),
    { ...question },
    buildInboundEvent({ rootPostNetworkId: 'p-1', text: 'halo', author: budi, sentAt: base + 2_000 }),
    { kind: 'edit', networkMessageId: 'edit-1', targetNetworkMessageId: question.networkMessageId, author: sari, text: 'harganya berapa kak? kecewa', sentAt: base + 3_000 },
    buildInboundEvent({ kind: 'reaction', rootPostNetworkId: 'p-2', reaction: '❤️', text: '', author: { ...sari, displayName: 'Sari W.' }, sentAt: base + 4_000 }),
    buildInboundEvent({ kind: 'direct_message', rootPostNetworkId: undefined, directThreadId: 'dm-1', text: 'min, stok ada?', sentAt: base + 5_000 }),
  ];
}

async function snapshot(db: Kysely<Database>) {
  const conversations = await db.selectFrom('conversations')
    .select(['thread_key', 'status', 'unanswered', 'awaiting_since', 'first_response_due_at', 'last_inbound_at', 'last_message_at', 'last_intents', 'last_sentiment', 'priority', 'priority_reasons'])
    .orderBy('thread_key').execute();
  const contacts = await db.selectFrom('contacts').select(['network_user_id', 'handle', 'display_name', 'message_count', 'last_seen_at']).orderBy('network_user_id').execute();
  const messages = await db.selectFrom('messages').select(['network_message_id', 'kind', 'text', 'edited_at', 'history', 'analysis']).orderBy('sent_at').execute();
  return { conversations, contacts, messages };
}

describe.each(databaseKinds)('an ingest batch on %s', (kind) => {
  const databases: TestDatabase[] = [];
  afterEach(async () => { await Promise.all(databases.splice(0).map((database) => database.dispose())); });

  async function fixture(): Promise<{ deps: IngestDeps; channel: ChannelRow; db: Kysely<Database> }> {
    const { database, deps, channel } = await createIngestFixture(kind, now);
    databases.push(database);
    return { deps, channel, db: database.store.db };
  }

  it('leaves what ingesting the same events one by one leaves', async () => {
    const events = scenario();
    const one = await fixture();
    const sequential = [];
    for (const event of events) sequential.push(await ingestEvent(one.deps, one.channel, event));
    const batched = await fixture();
    const outcomes = await ingestBatch(batched.deps, events.map((event) => ({ channel: batched.channel, event })));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['stored', 'stored', 'duplicate', 'stored', 'updated', 'stored', 'stored']);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(sequential.map((outcome) => outcome.status));
    const expected = await snapshot(one.db);
    expect(await snapshot(batched.db)).toEqual(expected);
    expect(expected.contacts.map((contact) => [contact.network_user_id, contact.message_count, contact.display_name])).toEqual([['u-1', 3, 'Sari Wulandari'], ['u-2', 2, 'Budi']]);
  });

  it('writes nothing when the batch fails, so the events can be processed again', async () => {
    const { deps, channel, db } = await fixture();
    const failing = { ...deps, understand: () => { throw new Error('analysis failed'); } };
    await expect(ingestBatch(failing, scenario().map((event) => ({ channel, event })))).rejects.toThrow('analysis failed');
    const written = await snapshot(db);
    expect(written).toEqual({ conversations: [], contacts: [], messages: [] });
  });
});

describe('ingest batches from two processes on postgres', () => {
  const databases: TestDatabase[] = [];
  afterEach(async () => { await Promise.all(databases.splice(0).map((database) => database.dispose())); });

  it('take turns, so neither overwrites the conversation state the other wrote', async () => {
    const first = await createIngestFixture('postgres', now);
    databases.push(first.database);
    if (first.database.target.kind !== 'postgres') throw new Error('expected postgres');
    // A second process: its own connection pool on the same schema.
    const second = openStore(first.database.target);
    try {
      const secondDeps: IngestDeps = { ...first.deps, db: second.db };
      const rounds = 8;
      // Each thread already waits for an answer (a greeting, 24-hour target)...
      for (let round = 0; round < rounds; round++) {
        await ingestEvent(first.deps, first.channel, buildInboundEvent({ rootPostNetworkId: `p-${round}`, text: 'halo', sentAt: base }));
      }
      // ...when a question and a thank-you arrive at once, each taken by another process.
      for (let round = 0; round < rounds; round++) {
        const question = buildInboundEvent({ rootPostNetworkId: `p-${round}`, text: 'harganya berapa?', sentAt: base + 1_000 });
        const thanks = buildInboundEvent({ rootPostNetworkId: `p-${round}`, text: 'makasih', sentAt: base + 2_000, author: { networkId: 'u-7', handle: 'tia', displayName: 'Tia' } });
        await Promise.all([ingestBatch(first.deps, [{ channel: first.channel, event: question }]), ingestBatch(secondDeps, [{ channel: first.channel, event: thanks }])]);
      }
      const conversations = await first.database.store.db.selectFrom('conversations').select(['thread_key', 'awaiting_since', 'first_response_due_at']).orderBy('thread_key').execute();
      // Whoever commits second builds on the first: the question's 15-minute target survives.
      expect(conversations).toEqual(Array.from({ length: rounds }, (_, round) => ({ thread_key: `post:p-${round}`, awaiting_since: base, first_response_due_at: base + 1_000 + 15 * 60_000 })));
    } finally {
      await second.close();
    }
  });
});
