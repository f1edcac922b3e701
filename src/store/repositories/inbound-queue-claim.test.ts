// Several processes share the inbound queue: a claimed batch is theirs until the lease lapses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptEvent } from '../../domain/inbound-queue.js';
import { createIngestFixture } from '../../test-support/ingest-fixture.js';
import { buildInboundEvent } from '../../test-support/factories.js';
import { databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { claimInboundEvents } from './inbound-queue.js';
import type { IngestDeps } from '../../domain/ingest.js';
import type { ChannelRow } from '../schema.js';

describe.each(databaseKinds)('claiming inbound batches on %s', (kind) => {
  let database: TestDatabase;
  let deps: IngestDeps;
  let channel: ChannelRow;

  beforeEach(async () => {
    ({ database, deps, channel } = await createIngestFixture(kind));
    for (let index = 0; index < 6; index++) await acceptEvent(deps, channel, buildInboundEvent(), 1_000);
  });
  afterEach(() => database.dispose());

  it('never hands the same events to two claims at once, and gives them back after the lease lapses', async () => {
    const [first, second] = await Promise.all([
      claimInboundEvents(database.store.db, 4, 10_000, 60_000),
      claimInboundEvents(database.store.db, 4, 10_000, 60_000),
    ]);
    const firstSeqs = first.map((row) => row.seq);
    const secondSeqs = second.map((row) => row.seq);
    expect(firstSeqs.filter((seq) => secondSeqs.includes(seq))).toEqual([]);
    expect(firstSeqs.length + secondSeqs.length).toBe(6);
    expect(await claimInboundEvents(database.store.db, 10, 20_000, 60_000)).toEqual([]);
    const afterLapse = await claimInboundEvents(database.store.db, 10, 70_001, 60_000);
    expect(afterLapse.map((row) => row.seq)).toEqual([...firstSeqs, ...secondSeqs].sort((a, b) => a - b));
  });
});
