// The rollup job on both databases: counts what ingest stored, once, however often it runs,
// and keeps each contact's place on the loyalty ladder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRow } from '../../store/schema.js';
import { databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { buildInboundEvent } from '../../test-support/factories.js';
import { createIngestFixture } from '../../test-support/ingest-fixture.js';
import { ingestEvent, type IngestDeps } from '../ingest.js';
import { catchUpRollups } from './rollup.js';

const sentAt = Date.UTC(2026, 10, 20, 5, 0, 0);

describe.each(databaseKinds)('catchUpRollups on %s', (kind) => {
  let database: TestDatabase;
  let deps: IngestDeps;
  let channel: ChannelRow;
  let workspaceId: string;

  let clock: number;

  beforeEach(async () => {
    // Ingest's clock moves on, as it does in production: ids are time-ordered only across milliseconds.
    clock = sentAt + 60_000;
    ({ database, deps, channel, workspaceId } = await createIngestFixture(kind, () => (clock += 1_000)));
  });
  afterEach(() => database.dispose());

  const hourly = async (dimension: string) => Object.fromEntries((await database.store.db.selectFrom('insight_hourly').select(['label', 'count'])
    .where('workspace_id', '=', workspaceId).where('dimension', '=', dimension).execute()).map((row) => [row.label, row.count]));

  it('counts each inbound message once per label, however often it runs', async () => {
    await ingestEvent(deps, channel, buildInboundEvent({ text: 'Kak, harganya berapa?' }));
    await ingestEvent(deps, channel, buildInboundEvent({ text: 'Paket telat, kecewa', rootPostNetworkId: 'post-2', rootPostText: 'Promo akhir tahun' }));
    expect(await catchUpRollups(database.store.db, { now: sentAt + 3_600_000 })).toEqual({ messages: 2, counted: 2 });
    expect(await catchUpRollups(database.store.db, { now: sentAt + 3_600_000 })).toEqual({ messages: 0, counted: 0 });
    expect(await hourly('volume')).toEqual({ inbound: 2 });
    expect(await hourly('sentiment')).toEqual({ neutral: 1, negative: 1 });
    expect(await hourly('alarm')).toEqual({ negative: 1 });

    await ingestEvent(deps, channel, buildInboundEvent({ text: 'Rusak lagi, kecewa' }));
    await catchUpRollups(database.store.db, { now: sentAt + 3_600_000, batchSize: 1 });
    expect(await hourly('alarm')).toEqual({ negative: 2 });
    const posts = await database.store.db.selectFrom('insight_term_labels').select(['term', 'label']).orderBy('term').execute();
    expect(posts).toEqual([{ term: 'post-1', label: 'Serum baru kami sudah rilis!' }, { term: 'post-2', label: 'Promo akhir tahun' }]);
  });

  it('leaves messages made within the settle time for the next run', async () => {
    await ingestEvent(deps, channel, buildInboundEvent());
    expect((await catchUpRollups(database.store.db, { now: clock + 2_000, settleMs: 5_000 })).messages).toBe(0);
    expect((await catchUpRollups(database.store.db, { now: clock + 10_000, settleMs: 5_000 })).messages).toBe(1);
  });

  it('places the contact on the loyalty ladder and records their moves', async () => {
    const author = { networkId: 'fan-1', handle: 'fan', displayName: 'Fan' };
    for (const [day, text] of ['Kak, harganya berapa?', 'Paket telat, kecewa', 'Rusak, kecewa'].entries()) {
      await ingestEvent(deps, channel, buildInboundEvent({ author, text, sentAt: sentAt + day * 86_400_000 }));
    }
    await catchUpRollups(database.store.db, { now: sentAt + 3_600_000 });
    const row = await database.store.db.selectFrom('contact_loyalty').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ stage: 'engaged', inbound_count: 3, active_days: 3, negative_count: 2, workspace_id: workspaceId });
    const moves = await database.store.db.selectFrom('loyalty_moves').select(['from_stage', 'to_stage']).execute();
    expect(moves).toEqual([{ from_stage: 'new', to_stage: 'engaged' }]);
  });
});
