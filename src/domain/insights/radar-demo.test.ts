// The crisis radar on the demo brand, with the real text analysis: two normal weeks of
// simulated traffic (the first builds the baseline, the second is watched every ten minutes)
// raise no alert, and a staged product-complaint storm is caught within two minutes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateComplaintStorm } from '../../channels/simulator/complaint-storm.js';
import { createSimulatorFamily, GLOWRIA, ManualClock, type SimulatedNetworkName } from '../../channels/simulator/index.js';
import type { InboundEvent } from '../../channels/types.js';
import { insertChannel } from '../../store/repositories/channels.js';
import { writeBrandProfile } from '../../store/repositories/brand-profiles.js';
import { insertWorkspace } from '../../store/repositories/workspaces.js';
import type { ChannelRow } from '../../store/schema.js';
import { LocalEventBus } from '../../realtime/bus.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/databases.js';
import { ingestEvent, type IngestDeps } from '../ingest.js';
import { understandMessage } from '../understand.js';
import { runCrisisRadar } from './radar.js';
import { catchUpRollups } from './rollup.js';

const minute = 60_000;
const end = Date.UTC(2026, 10, 30, 3, 0, 0); // a Monday, 10:00 WIB

describe('crisis radar on the demo brand', () => {
  let database: TestDatabase;
  let deps: IngestDeps;
  let clock = 0;
  const channels = new Map<SimulatedNetworkName, ChannelRow>();
  let workspaceId = '';

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    const { db } = database.store;
    workspaceId = (await insertWorkspace(db, { name: 'Glowria', timezone: 'Asia/Jakarta' })).id;
    await writeBrandProfile(db, workspaceId, {
      name: GLOWRIA.name,
      products: GLOWRIA.products.map((product) => ({ name: product.name, aliases: [...new Set([...product.aliases.id, ...product.aliases.en])] })),
    }, null, end);
    for (const network of ['facebook', 'instagram', 'x', 'bluesky'] as const) {
      channels.set(network, await insertChannel(db, { workspaceId, network, handle: `@glowria-${network}`, displayName: 'Glowria' }));
    }
    deps = { db, events: new LocalEventBus(), understand: understandMessage, now: () => clock };
  });
  afterAll(() => database.dispose());

  /** Ingests as the events arrive (a second after they are sent), running the rollup and the radar on their ticks. */
  async function replay(events: ReadonlyArray<{ network: SimulatedNetworkName; event: InboundEvent }>, until: number, tickMs: number, from: number): Promise<number[]> {
    const alerts: number[] = [];
    let next = 0;
    for (let tick = from; tick <= until; tick += tickMs) {
      for (; next < events.length && (events[next]?.event.sentAt ?? Infinity) + 1_000 <= tick; next++) {
        const item = events[next];
        const channel = item === undefined ? undefined : channels.get(item.network);
        if (item === undefined || channel === undefined) continue;
        clock = Math.max(clock + 1, item.event.sentAt + 1_000);
        await ingestEvent(deps, channel, item.event);
      }
      clock = Math.max(clock + 1, tick);
      await catchUpRollups(database.store.db, { now: tick });
      for (const alert of await runCrisisRadar(database.store.db, { now: tick })) alerts.push(alert.detected_at);
    }
    return alerts;
  }

  it('raises nothing in two normal demo weeks', async () => {
    const family = createSimulatorFamily({ seed: 'radar-normal-week', clock: new ManualClock(end) });
    const history = family.generateHistory({ days: 14, now: end, messagesPerDay: 120 });
    const events = history.events.filter((item) => item.event.kind !== 'edit' && item.event.kind !== 'delete');
    // The first week only builds the baseline; the second is watched every ten minutes.
    await replay(events.filter((item) => item.event.sentAt < end - 7 * 24 * 60 * minute), end - 7 * 24 * 60 * minute, 7 * 24 * 60 * minute, end - 7 * 24 * 60 * minute);
    const alerts = await replay(events.filter((item) => item.event.sentAt >= end - 7 * 24 * 60 * minute), end, 10 * minute, end - 7 * 24 * 60 * minute);
    expect(alerts).toEqual([]);
  }, 300_000);

  it('raises nothing when the live feed runs far busier than the seeded history', async () => {
    // The demo seeds 120 messages a day but its live feed sends 6 a minute: the radar judges
    // the share of alarming messages, so more traffic of the usual mix is no crisis.
    const family = createSimulatorFamily({ seed: 'radar-busy-feed', clock: new ManualClock(end) });
    const busy = family.generateHistory({ days: 0.125, now: end, messagesPerDay: 8_000 }).events
      .filter((item) => item.event.kind !== 'edit' && item.event.kind !== 'delete')
      .map((item) => ({ ...item, event: { ...item.event, networkMessageId: `busy-${item.event.networkMessageId}` } }));
    const alerts = await replay(busy, end, 10 * minute, end - 3 * 60 * minute);
    expect(alerts).toEqual([]);
  }, 300_000);

  it('catches a staged complaint storm within two minutes of its start', async () => {
    // Well after the busy feed above, so the window holds the storm alone.
    const start = end + 30 * minute;
    const storm = generateComplaintStorm({ start, minutes: 5, count: 40 });
    const alerts = await replay(storm, start + 10 * minute, 30_000, end);
    expect(alerts.length).toBe(1);
    expect((alerts[0] ?? Infinity) - start).toBeLessThanOrEqual(2 * minute);
    const alert = await database.store.db.selectFrom('crisis_alerts').selectAll().executeTakeFirstOrThrow();
    expect(alert).toMatchObject({ workspace_id: workspaceId, scope: 'product', scope_key: 'Glowria Bright Serum Niacinamide 10%', status: 'open' });
    const stormTexts = new Set(storm.map((item) => item.event.text));
    const linked = await database.store.db.selectFrom('messages').select('text').where('id', 'in', JSON.parse(alert.message_ids) as string[]).execute();
    expect(linked.length).toBeGreaterThanOrEqual(8);
    expect(linked.every((message) => stormTexts.has(message.text))).toBe(true);
  }, 120_000);
});
