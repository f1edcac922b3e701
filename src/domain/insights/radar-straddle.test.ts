// A storm that starts just before the hour is already rolled up into that hour when the radar
// looks after it: the baseline must end before the window, or the storm hides behind itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateComplaintStorm } from '../../channels/simulator/complaint-storm.js';
import { writeBrandProfile } from '../../store/repositories/brand-profiles.js';
import type { ChannelRow } from '../../store/schema.js';
import { databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { createIngestFixture } from '../../test-support/ingest-fixture.js';
import { ingestEvent, type IngestDeps } from '../ingest.js';
import { runCrisisRadar } from './radar.js';
import { catchUpRollups } from './rollup.js';

describe.each(databaseKinds)('crisis radar across an hour boundary on %s', (kind) => {
  const start = Date.UTC(2026, 10, 30, 3, 58, 0);
  let database: TestDatabase;
  let deps: IngestDeps;
  let channel: ChannelRow;
  let clock = start;

  beforeEach(async () => {
    clock = start;
    let workspaceId: string;
    ({ database, deps, channel, workspaceId } = await createIngestFixture(kind, () => clock));
    await writeBrandProfile(database.store.db, workspaceId, { products: [{ name: 'Bright Serum', aliases: ['serum'] }] }, null, start);
  });
  afterEach(() => database.dispose());

  it('still alerts when the storm is already counted in the previous hour', async () => {
    for (const item of generateComplaintStorm({ start, minutes: 2, count: 12 })) {
      clock = Math.max(clock + 1, item.event.sentAt + 500);
      await ingestEvent(deps, channel, { ...item.event, text: `${item.event.text} kecewa` });
    }
    const now = start + 3 * 60_000;
    expect((await catchUpRollups(database.store.db, { now, settleMs: 0 })).counted).toBe(12);
    expect(await runCrisisRadar(database.store.db, { now })).toHaveLength(1);
  });
});
