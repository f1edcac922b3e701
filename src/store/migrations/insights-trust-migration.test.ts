// 0012 keeps the intents on each reporting event: events made before it get their
// conversation's intents, so proximity by intent reads the same after the upgrade; and back.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { buildInboundEvent, createWorkspaceWithChannel, keywordUnderstanding } from '../../test-support/factories.js';
import { ingestEvent } from '../../domain/ingest.js';
import { LocalEventBus } from '../../realtime/bus.js';
import { migrateTo, migrateToLatest } from '../migrate.js';

describe.each(databaseKinds)('the insights trust migration on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => { database = await createTestDatabase(kind); });
  afterEach(() => database.dispose());

  it('fills the intents of earlier reporting events from their conversation, and goes back down', async () => {
    const { db } = database.store;
    const { workspaceId, channel } = await createWorkspaceWithChannel(db);
    const outcome = await ingestEvent({ db, events: new LocalEventBus(), understand: keywordUnderstanding }, channel, buildInboundEvent({ text: 'berapa harganya kak?' }));
    if (outcome.status !== 'stored') throw new Error('not stored');
    const intents = (await db.selectFrom('conversations').select('last_intents').where('id', '=', outcome.conversationId).executeTakeFirstOrThrow()).last_intents;
    await migrateTo(database.store, '0008_insights');
    await sql`insert into reporting_events (id, workspace_id, conversation_id, channel_id, user_id, kind, duration_ms, at)
      values (${'01event'}, ${workspaceId}, ${outcome.conversationId}, ${channel.id}, ${null}, ${'first_response'}, ${60_000}, ${1})`.execute(db);
    await migrateToLatest(database.store);
    expect(await db.selectFrom('reporting_events').select('intents').execute()).toEqual([{ intents }]);

    await migrateTo(database.store, '0008_insights');
    const { rows } = await sql<Record<string, unknown>>`select * from reporting_events`.execute(db);
    expect(Object.keys(rows[0] ?? {})).not.toContain('intents');
    await migrateToLatest(database.store);
  });
});
