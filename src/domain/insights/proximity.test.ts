// Proximity from events grouped in the database: the same medians, p90s and breaches per
// channel, officer, intent and local day as counting event by event, on both databases; and
// the business-hours clock once the workspace sets its hours.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertChannel } from '../../store/repositories/channels.js';
import { insertWorkspace } from '../../store/repositories/workspaces.js';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../test-support/databases.js';
import { buildInboundEvent, keywordUnderstanding } from '../../test-support/factories.js';
import { LocalEventBus } from '../../realtime/bus.js';
import { ingestEvent } from '../ingest.js';
import { saveResponsePolicy } from '../policies.js';
import { defaultResponsePolicy } from '../response-targets.js';
import { proximityReport } from './proximity.js';

const MINUTE = 60_000;

describe.each(databaseKinds)('proximity on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => { database = await createTestDatabase(kind); });
  afterEach(() => database.dispose());

  it('summarises first responses and breaches by channel, officer, intent and local day', async () => {
    const { db } = database.store;
    const workspaceId = (await insertWorkspace(db, { name: 'Brand', timezone: 'Asia/Jakarta' })).id;
    const ig = await insertChannel(db, { workspaceId, network: 'instagram', handle: 'ig', displayName: 'IG' });
    const x = await insertChannel(db, { workspaceId, network: 'x', handle: 'x', displayName: 'X' });
    const outcome = await ingestEvent({ db, events: new LocalEventBus(), understand: keywordUnderstanding }, ig, buildInboundEvent());
    if (outcome.status !== 'stored') throw new Error('not stored');
    const day = Date.UTC(2026, 5, 1, 3); // 10:00 in Jakarta
    const events: Array<[string, string | null, 'first_response' | 'breach', number | null, number, string | null]> = [
      [ig.id, 'u1', 'first_response', 2 * MINUTE, day, '["question"]'],
      [ig.id, 'u1', 'first_response', 4 * MINUTE, day + MINUTE, '["question","complaint"]'],
      [ig.id, 'u2', 'first_response', 10 * MINUTE, day + 2 * MINUTE, '[]'],
      [x.id, null, 'breach', 90 * MINUTE, day + 3 * MINUTE, '["complaint"]'],
      // Made before events kept their intents: the conversation's intents stand in.
      [x.id, 'u2', 'first_response', 6 * MINUTE, day + 20 * 3_600_000, null],
    ];
    await db.insertInto('reporting_events').values(events.map(([channelId, userId, eventKind, duration, at, intents], index) => ({
      id: `ev${index}`, workspace_id: workspaceId, conversation_id: outcome.conversationId, channel_id: channelId, user_id: userId, kind: eventKind,
      duration_ms: duration, at, intents,
    }))).execute();
    const conversationIntents = (await db.selectFrom('conversations').select('last_intents').where('id', '=', outcome.conversationId).executeTakeFirstOrThrow()).last_intents;

    const report = await proximityReport(db, { workspaceId, from: day - 3_600_000, to: day + 2 * 86_400_000, channelId: null });
    expect(report.firstResponse.wallClock).toEqual({ count: 4, medianMs: 5 * MINUTE, p90Ms: expect.any(Number) as number });
    expect(report.breaches).toBe(1);
    expect(report.byChannel).toEqual([
      { channelId: ig.id, count: 3, medianMs: 4 * MINUTE, p90Ms: expect.any(Number) as number, breaches: 0 },
      { channelId: x.id, count: 1, medianMs: 6 * MINUTE, p90Ms: 6 * MINUTE, breaches: 1 },
    ]);
    expect(report.byOfficer.map((row) => [row.userId, row.count])).toEqual([['u1', 2], ['u2', 2]]);
    const byIntent = Object.fromEntries(report.byIntent.map((row) => [row.intent, [row.count, row.breaches]]));
    expect(byIntent.question?.[0]).toBe(2 + (conversationIntents.includes('question') ? 1 : 0));
    expect(byIntent.complaint).toEqual([1 + (conversationIntents.includes('complaint') ? 1 : 0), 1]);
    expect(byIntent.other?.[0]).toBe(1 + (conversationIntents === '[]' ? 1 : 0));
    // 10:00 on 1 June and 06:00 on 2 June, Jakarta time.
    expect(report.daily).toEqual([
      { date: '2026-06-01', answered: 3, medianMs: 4 * MINUTE, breaches: 1 },
      { date: '2026-06-02', answered: 1, medianMs: 6 * MINUTE, breaches: 0 },
    ]);
    const oneChannel = await proximityReport(db, { workspaceId, from: day - 3_600_000, to: day + 2 * 86_400_000, channelId: x.id });
    expect(oneChannel.firstResponse.wallClock.count).toBe(1);

    // Without business hours both clocks agree; with 09:00-17:00 on weekdays the reply made
    // at 06:00 took no business time at all.
    expect(report.firstResponse.businessHoursSet).toBe(false);
    expect(report.firstResponse.businessHours).toEqual(report.firstResponse.wallClock);
    await saveResponsePolicy(db, workspaceId, { ...defaultResponsePolicy, businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } }, null);
    const withHours = await proximityReport(db, { workspaceId, from: day - 3_600_000, to: day + 2 * 86_400_000, channelId: null });
    expect(withHours.firstResponse.businessHoursSet).toBe(true);
    expect(withHours.firstResponse.wallClock).toEqual(report.firstResponse.wallClock);
    expect(withHours.firstResponse.businessHours).toEqual({ count: 4, medianMs: 3 * MINUTE, p90Ms: expect.any(Number) as number });
  });
});
