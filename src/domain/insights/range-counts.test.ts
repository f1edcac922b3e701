// Sentiment and emotion over a range read whole local days from the daily sums and only the
// edge hours from the hourly ones: the same emotion report and trigger baseline as the hours
// alone, on both databases, for ranges on and off day and hour boundaries, per channel; and
// migration 0018 sums the days of hours counted before it into the same figures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../store/migrate.js';
import { insertChannel } from '../../store/repositories/channels.js';
import type { ChannelRow } from '../../store/schema.js';
import { databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { buildInboundEvent } from '../../test-support/factories.js';
import { createIngestFixture } from '../../test-support/ingest-fixture.js';
import { ingestEvent, type IngestDeps } from '../ingest.js';
import { emotionReport, emotionTriggers } from './emotion.js';
import { rangeCounts } from './range-counts.js';
import { catchUpRollups } from './rollup.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const timezone = 'Asia/Jakarta';
// Monday 2 November 2026, midnight in Jakarta.
const monday = Date.UTC(2026, 10, 1, 17, 0, 0);
const texts = ['Paket rusak, kecewa', 'Kak, harganya berapa?', 'Suka banget, makasih kak!', 'Aku takut serumnya palsu'];

describe.each(databaseKinds)('sentiment and emotion from daily sums on %s', (kind) => {
  let database: TestDatabase;
  let deps: IngestDeps;
  let channels: ChannelRow[];
  let workspaceId: string;
  let clock = monday + 60 * DAY;

  beforeEach(async () => {
    clock = monday + 60 * DAY;
    let channel: ChannelRow;
    ({ database, deps, channel, workspaceId } = await createIngestFixture(kind, () => (clock += 1_000)));
    const second = await insertChannel(database.store.db, { workspaceId, network: 'bluesky', handle: 'brand', displayName: 'Brand' });
    channels = [channel, second];
    // Twelve days of messages at uneven hours, over two channels, with mixed feelings.
    for (let i = 0; i < 96; i++) {
      await ingestEvent(deps, channels[i % 2]!, buildInboundEvent({
        text: texts[(i * 5) % texts.length] ?? '', sentAt: monday + Math.floor(i / 8) * DAY + ((i * 7) % 24) * HOUR + i * 1_000,
        author: { networkId: `u-${i % 9}`, handle: `u${i % 9}`, displayName: 'Follower' },
      }));
    }
    await catchUpRollups(database.store.db, { now: clock + HOUR, settleMs: 0 });
  }, 120_000);
  afterEach(() => database.dispose());

  const ranges = () => [
    { from: monday, to: monday + 7 * DAY },
    { from: monday + 2 * DAY, to: monday + 10 * DAY },
    { from: monday + DAY + 5 * HOUR, to: monday + 9 * DAY + 7 * HOUR + 1_234 },
    { from: monday + 3 * HOUR + 17, to: monday + 20 * HOUR },
    { from: monday - 3 * DAY, to: monday + 30 * DAY },
  ];
  const sortedDaily = (report: Awaited<ReturnType<typeof emotionReport>>) => ({ ...report, byChannel: [...report.byChannel].sort((a, b) => a.channelId.localeCompare(b.channelId)) });

  it('gives the same report and trigger baseline as the hours alone', async () => {
    const { db } = database.store;
    for (const range of ranges()) {
      for (const channelId of [null, channels[1]!.id]) {
        const filter = { workspaceId, ...range, channelId };
        expect(sortedDaily(await emotionReport(db, filter, timezone))).toEqual(sortedDaily(await emotionReport(db, filter, timezone, { fromDays: false })));
        expect((await emotionTriggers(db, filter, 'anger')).baseline).toEqual((await emotionTriggers(db, filter, 'anger', { fromDays: false })).baseline);
      }
    }
    const all = await rangeCounts(db, { workspaceId, from: monday, to: monday + 12 * DAY, channelId: null }, ['emotion'], 'channel');
    expect(all.reduce((sum, row) => sum + row.count, 0)).toBe(96);
    const report = await emotionReport(db, { workspaceId, from: monday, to: monday + 12 * DAY, channelId: null }, timezone);
    expect(report.daily.map((day) => day.date)).toHaveLength(12);
    expect(report.daily.every((day) => Object.values(day.emotion).reduce((a, b) => a + b, 0) === 8)).toBe(true);
  });

  it('sums the days of hours counted before migration 0018', async () => {
    const { db } = database.store;
    const filter = { workspaceId, from: monday, to: monday + 14 * DAY, channelId: null };
    const before = sortedDaily(await emotionReport(db, filter, timezone));
    await migrateTo(database.store, '0017_insights_backlog');
    await migrateToLatest(database.store);
    expect(sortedDaily(await emotionReport(db, filter, timezone))).toEqual(before);
    expect(await rangeCounts(db, filter, ['sentiment'], 'channel')).not.toEqual([]);
  });
});
