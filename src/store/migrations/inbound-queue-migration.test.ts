// 0005 rebuilds the inbound queue: events accepted before an upgrade survive it, in order, and
// a downgrade puts them back.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { createWorkspaceWithChannel } from '../../test-support/factories.js';
import { migrateTo, migrateToLatest } from '../migrate.js';

describe.each(databaseKinds)('the inbound queue migration on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => { database = await createTestDatabase(kind); });
  afterEach(() => database.dispose());

  it('carries waiting events across the upgrade in arrival order, and back', async () => {
    const { db } = database.store;
    const { channel } = await createWorkspaceWithChannel(db);
    await migrateTo(database.store, '0004_inbound_events');
    for (const [id, networkId] of [['01b', 'second'], ['01a', 'first'], ['01c', 'third']]) {
      await sql`insert into inbound_events (id, channel_id, network_message_id, payload, received_at) values (${id}, ${channel.id}, ${networkId}, ${'{}'}, ${1})`.execute(db);
    }
    await migrateToLatest(database.store);
    const queued = await db.selectFrom('inbound_queue').select(['network_message_id', 'attempts', 'failed_at']).orderBy('seq').execute();
    expect(queued).toEqual(['first', 'second', 'third'].map((id) => ({ network_message_id: id, attempts: 0, failed_at: null })));

    await migrateTo(database.store, '0004_inbound_events');
    const { rows } = await sql<{ network_message_id: string }>`select network_message_id from inbound_events order by id`.execute(db);
    expect(rows.map((row) => row.network_message_id)).toEqual(['first', 'second', 'third']);
    await migrateToLatest(database.store);
  });
});
