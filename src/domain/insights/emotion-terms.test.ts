// Emotion triggers over long ranges read whole local weeks from the weekly term sums and only
// the days around them from the daily ones: the same figures as the days alone, on both
// databases, for ranges on and off week and day boundaries; and migration 0016 sums the weeks
// of days counted before it into the same figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../store/migrate.js';
import type { ChannelRow } from '../../store/schema.js';
import { databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { buildInboundEvent } from '../../test-support/factories.js';
import { createIngestFixture } from '../../test-support/ingest-fixture.js';
import { ingestEvent, type IngestDeps } from '../ingest.js';
import { emotionTriggers, rangeTermTotals } from './emotion.js';
import { catchUpRollups } from './rollup.js';

const DAY = 86_400_000;
// Monday 2 November 2026, midnight in Jakarta.
const monday = Date.UTC(2026, 10, 1, 17, 0, 0);

describe.each(databaseKinds)('emotion triggers from weekly sums on %s', (kind) => {
  let database: TestDatabase;
  let deps: IngestDeps;
  let channel: ChannelRow;
  let workspaceId: string;
  let clock = monday + 60 * DAY;

  beforeEach(async () => {
    clock = monday + 60 * DAY;
    ({ database, deps, channel, workspaceId } = await createIngestFixture(kind, () => (clock += 1_000)));
    // 45 days of comments under three posts, a third of them angry complaints, at uneven hours.
    for (let i = 0; i < 135; i++) {
      const complaint = i % 3 !== 1;
      await ingestEvent(deps, channel, buildInboundEvent({
        text: complaint ? 'Paket rusak, kecewa' : 'Kak, harganya berapa?', sentAt: monday + Math.floor(i / 3) * DAY + ((i * 7) % 24) * 3_600_000 + i * 1_000,
        rootPostNetworkId: `post-${i % 3}`, rootPostText: `Post ${i % 3}`, author: { networkId: `u-${i % 9}`, handle: `u${i % 9}`, displayName: 'Follower' },
      }));
    }
    await catchUpRollups(database.store.db, { now: clock + 3_600_000, settleMs: 0 });
  }, 120_000);
  afterEach(() => database.dispose());

  const ranges = () => [
    { from: monday, to: monday + 28 * DAY },
    { from: monday + 3 * DAY, to: monday + 33 * DAY },
    { from: monday + 2 * DAY + 5 * 3_600_000, to: monday + 40 * DAY + 1_234 },
    { from: monday + DAY, to: monday + 6 * DAY },
  ];
  const sorted = <T extends { kind: string; term: string }>(rows: T[]) => [...rows].sort((a, b) => `${a.kind}/${a.term}`.localeCompare(`${b.kind}/${b.term}`));

  it('gives the same term counts and triggers as the days alone', async () => {
    const { db } = database.store;
    for (const range of ranges()) {
      const filter = { workspaceId, ...range, channelId: null };
      const byDays = await rangeTermTotals(db, filter, 'anger', 5, { fromWeeks: false });
      expect(sorted(await rangeTermTotals(db, filter, 'anger', 5))).toEqual(sorted(byDays));
      const triggers = await emotionTriggers(db, filter, 'anger');
      expect(sorted(triggers.triggers)).toEqual(sorted((await emotionTriggers(db, filter, 'anger', { fromWeeks: false })).triggers));
    }
    const month = await rangeTermTotals(db, { workspaceId, ...ranges()[0]!, channelId: null }, 'anger', 5);
    expect(sorted(month).map((row) => `${row.kind}:${row.term}:${row.with_emotion}/${row.total}`)).toEqual([
      // Post 1 drew the questions only, so it carries no anger.
      'intent:complaint:56/56', 'post:post-0:28/28', 'post:post-2:28/28',
    ]);
  });

  it('sums the weeks of days counted before migration 0016', async () => {
    const { db } = database.store;
    const filter = { workspaceId, from: monday, to: monday + 35 * DAY, channelId: null };
    const before = sorted(await rangeTermTotals(db, filter, 'anger', 1));
    await migrateTo(database.store, '0015_composer');
    await migrateToLatest(database.store);
    expect(sorted(await rangeTermTotals(db, filter, 'anger', 1))).toEqual(before);
  });
});
