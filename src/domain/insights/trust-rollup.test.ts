// Trust from the hourly sums equals Trust from every check, on both databases: whole days,
// ranges that cut hours, a channel filter, another workspace; and the sums migration 0016
// builds from checks made before it equal the ones kept check by check.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../accounts.js';
import { migrateTo, migrateToLatest } from '../../store/migrate.js';
import { insertChannel } from '../../store/repositories/channels.js';
import { recordGuardCheck } from '../../store/repositories/guard-checks.js';
import { insertWorkspace } from '../../store/repositories/workspaces.js';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { trustReport } from './trust.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const timezone = 'Asia/Jakarta';
// Midnight in Jakarta (17:00 UTC the day before).
const start = Date.UTC(2026, 10, 1, 17, 0, 0);
const rules = [['claim.absolute', 'block'], ['pressure.urgency', 'warn'], ['disclosure.missing', 'info'], ['claim.medical', 'block']] as const;

describe.each(databaseKinds)('trust rollup on %s', (kind) => {
  let database: TestDatabase;
  let workspaceId: string;
  let channels: string[];

  beforeEach(async () => {
    database = await createTestDatabase(kind);
    const { db } = database.store;
    workspaceId = (await insertWorkspace(db, { name: 'Glowria', timezone })).id;
    const manager = await createUser(db, { email: 'm@test.local', name: 'Dewi', password: 'password123', workspaceId, role: 'manager' });
    channels = await Promise.all(['facebook', 'bluesky'].map(async (network) => (await insertChannel(db, { workspaceId, network, handle: network, displayName: network })).id));
    // Three days of checks at uneven minutes: findings on some, an override on a few, posts among them.
    for (let i = 0; i < 120; i++) {
      const at = start + i * 37 * 60_000 + (i % 7) * 1_000;
      const findings = i % 3 === 0 ? [] : [{ rule: rules[i % 4]?.[0] ?? '', severity: rules[i % 4]?.[1] ?? '' }, ...(i % 5 === 0 ? [{ rule: 'claim.absolute', severity: 'block' }] : [])];
      const isPost = i % 11 === 0;
      await recordGuardCheck(db, {
        workspaceId, kind: isPost ? 'post' : 'reply', itemId: `item-${i}`, channelId: isPost ? null : channels[i % 2] ?? null, userId: null,
        softSellScore: 40 + ((i * 13) % 61) + 0.4, findings, overriddenBy: i % 17 === 1 ? manager.id : null, overrideReason: i % 17 === 1 ? 'Legal approved' : null,
      }, at);
    }
  });
  afterEach(() => database.dispose());

  const ranges = () => [
    { from: start, to: start + 3 * DAY },
    { from: start + DAY, to: start + 2 * DAY },
    { from: start + 90 * 60_000 + 5_000, to: start + 2 * DAY + 20 * 60_000 },
    { from: start + 10 * 60_000, to: start + 50 * 60_000 },
  ];

  it('gives the same report from the hourly sums as from every check', async () => {
    const { db } = database.store;
    for (const range of ranges()) {
      for (const channelId of [null, ...channels]) {
        const filter = { workspaceId, ...range, channelId };
        const raw = await trustReport(db, filter, timezone, { fromRollup: false });
        expect(await trustReport(db, filter, timezone)).toEqual(raw);
      }
    }
    const whole = await trustReport(db, { workspaceId, from: start, to: start + 3 * DAY, channelId: null }, timezone);
    expect(whole.totals).toMatchObject({ replies: 106, posts: 11 });
    expect(whole.daily.map((day) => day.date)).toEqual(['2026-11-02', '2026-11-03', '2026-11-04']);
    const other = await insertWorkspace(db, { name: 'Other', timezone });
    expect((await trustReport(db, { workspaceId: other.id, from: start, to: start + 3 * DAY, channelId: null }, timezone)).totals).toMatchObject({ replies: 0, posts: 0, withFindings: 0 });
  });

  it('sums checks made before migration 0016 into the same hours', async () => {
    const { db } = database.store;
    const filter = { workspaceId, from: start, to: start + 3 * DAY, channelId: null };
    const before = await trustReport(db, filter, timezone);
    await migrateTo(database.store, '0015_composer');
    await migrateToLatest(database.store);
    expect(await trustReport(db, filter, timezone)).toEqual(before);
  });
});
