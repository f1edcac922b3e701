// The inbound processor drains the queue in batches while events keep arriving.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRow } from '../store/schema.js';
import { databaseKinds, type TestDatabase } from '../test-support/databases.js';
import { createIngestFixture } from '../test-support/ingest-fixture.js';
import { buildInboundEvent } from '../test-support/factories.js';
import { createInboundProcessor } from './inbound-processor.js';
import { acceptEvent } from './inbound-queue.js';
import type { IngestDeps } from './ingest.js';
import { analyseText } from './understanding.js';

describe.each(databaseKinds)('the inbound processor on %s', (kind) => {
  let database: TestDatabase;
  let deps: IngestDeps;
  let channel: ChannelRow;

  beforeEach(async () => {
    ({ database, deps, channel } = await createIngestFixture(kind));
  });
  afterEach(() => database.dispose());

  it('processes what is accepted while it runs, in batches, until the queue is empty', async () => {
    const batches: number[] = [];
    const counting: IngestDeps = { ...deps, understandMany: (texts) => { batches.push(texts.length); return Promise.resolve(texts.map((text) => analyseText(deps.understand, text))); } };
    const errors: unknown[] = [];
    const processor = createInboundProcessor(counting, { onError: (error) => errors.push(error), onFailure: (failure) => errors.push(failure.error), limit: 20, lingerMs: 5 });
    for (let index = 0; index < 50; index++) {
      await acceptEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: `p-${index % 7}`, text: `harganya berapa? #${index}` }));
      processor.kick();
    }
    await processor.idle();
    processor.stop();
    expect(errors).toEqual([]);
    expect(await database.store.db.selectFrom('messages').select('id').execute()).toHaveLength(50);
    expect(await database.store.db.selectFrom('inbound_queue').select('seq').execute()).toHaveLength(0);
    // Events that arrived together were processed together (the 20-event limit is the cap).
    expect(batches.every((size) => size <= 20)).toBe(true);
    expect(batches.length).toBeLessThanOrEqual(10);
  });
});
