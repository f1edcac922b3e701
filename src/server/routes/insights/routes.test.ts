// The Insights API on both databases: reports from rolled-up messages, the radar's alert with
// its messages, notification settings that never return secrets, and workspace scoping.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateComplaintStorm } from '../../../channels/simulator/complaint-storm.js';
import { ingestEvent } from '../../../domain/ingest.js';
import { runCrisisRadar } from '../../../domain/insights/radar.js';
import { catchUpRollups } from '../../../domain/insights/rollup.js';
import { writeBrandProfile } from '../../../store/repositories/brand-profiles.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { insertWorkspace } from '../../../store/repositories/workspaces.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { keywordUnderstanding } from '../../../test-support/factories.js';

describe.each(databaseKinds)('insights API on %s', (kind) => {
  let testApp: TestApp;
  let manager: SignedInClient;
  let viewer: SignedInClient;
  let base: string;
  let otherBase: string;
  let otherAlertId: string;
  let otherContactId: string;
  const now = Date.now();
  const today = new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);

  async function storm(workspaceId: string, start: number): Promise<void> {
    const { db } = testApp.context.store;
    const channel = await insertChannel(db, { workspaceId, network: 'instagram', handle: '@brand', displayName: 'Brand' });
    await writeBrandProfile(db, workspaceId, { products: [{ name: 'Bright Serum', aliases: ['serum'] }] }, null, start);
    let clock = start;
    const deps = { db, events: testApp.context.events, understand: keywordUnderstanding, now: () => clock };
    for (const item of generateComplaintStorm({ start, minutes: 2, count: 12, seed: workspaceId })) {
      clock = Math.max(clock + 1, item.event.sentAt + 500);
      await ingestEvent(deps, channel, { ...item.event, networkMessageId: `${workspaceId}-${item.event.networkMessageId}`, text: `${item.event.text} kecewa` });
    }
  }

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    manager = await signInAs(testApp, 'manager');
    viewer = await signInAs(testApp, 'viewer');
    base = `/api/workspaces/${testApp.workspaceId}/insights`;
    const other = await insertWorkspace(testApp.context.store.db, { name: 'Other brand' });
    otherBase = `/api/workspaces/${other.id}/insights`;
    const start = now - 10 * 60_000;
    await storm(testApp.workspaceId, start);
    await storm(other.id, start);
    const { db } = testApp.context.store;
    await catchUpRollups(db, { now: start + 3 * 60_000, settleMs: 0 });
    await runCrisisRadar(db, { now: start + 3 * 60_000 });
    otherAlertId = (await db.selectFrom('crisis_alerts').select('id').where('workspace_id', '=', other.id).executeTakeFirstOrThrow()).id;
    otherContactId = (await db.selectFrom('contact_loyalty').select('contact_id').where('workspace_id', '=', other.id).executeTakeFirstOrThrow()).contact_id;
  }, 60_000);
  afterAll(() => testApp.dispose());

  const get = (client: SignedInClient, url: string) => testApp.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
  const send = (client: SignedInClient, method: 'PUT' | 'POST', url: string, payload?: object) =>
    testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });

  it('reports emotion per day and the storm as a trigger of anger', async () => {
    const emotion = await get(viewer, `${base}/emotion?from=${today}&to=${today}`);
    expect(emotion.statusCode).toBe(200);
    const body = emotion.json<{ range: { from: string }; daily: Array<{ sentiment: Record<string, number>; emotion: Record<string, number> }> }>();
    expect(body.range.from).toBe(today);
    expect(body.daily.reduce((sum, day) => sum + (day.emotion.anger ?? 0), 0)).toBe(12);
    const proximity = await get(viewer, `${base}/proximity`);
    expect(proximity.statusCode).toBe(200);
    expect(proximity.json()).toMatchObject({ breaches: 0, answeredShare: 0, firstResponse: { wallClock: { count: 0 } } });
    expect((await get(viewer, `${base}/emotion?from=2026-13-01`)).statusCode).toBe(400);
    expect((await get(viewer, `${base}/emotion?from=2026-12-05&to=2026-12-01`)).statusCode).toBe(400);
  });

  it('lists the alert and opens it with the messages behind it; another workspace\'s alert is 404', async () => {
    const list = await get(viewer, `${base}/alerts`);
    const [alert] = list.json<{ items: Array<{ id: string; scope: string; scopeKey: string; messageCount: number }> }>().items;
    expect(alert).toMatchObject({ scope: 'product', scopeKey: 'Bright Serum' });
    const detail = await get(viewer, `${base}/alerts/${alert?.id ?? ''}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json<{ messages: unknown[] }>().messages).toHaveLength(alert?.messageCount ?? -1);
    expect((await get(viewer, `${base}/alerts/${otherAlertId}`)).statusCode).toBe(404);
    expect((await send(viewer, 'POST', `${base}/alerts/${alert?.id ?? ''}/acknowledge`)).statusCode).toBe(403);
    expect((await send(manager, 'POST', `${base}/alerts/${otherAlertId}/acknowledge`)).statusCode).toBe(404);
    const acknowledged = await send(manager, 'POST', `${base}/alerts/${alert?.id ?? ''}/acknowledge`);
    expect(acknowledged.json()).toMatchObject({ status: 'acknowledged' });
  });

  it('gives the loyalty ladder, and another workspace\'s contact is 404', async () => {
    const loyalty = await get(viewer, `${base}/loyalty`);
    expect(loyalty.statusCode).toBe(200);
    expect(loyalty.json<{ stages: Record<string, number> }>().stages.new).toBeGreaterThan(0);
    expect((await get(viewer, `${base}/contacts/${otherContactId}/loyalty`)).statusCode).toBe(404);
    // The inbox filters by the same stage.
    const inbox = `/api/workspaces/${testApp.workspaceId}/conversations`;
    expect((await get(viewer, `${inbox}?loyaltyStage=new`)).json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
    expect((await get(viewer, `${inbox}?loyaltyStage=advocate`)).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await get(viewer, `${inbox}?loyaltyStage=famous`)).statusCode).toBe(400);
    // Not a member there: the workspace itself is not found.
    expect((await get(viewer, `${otherBase}/contacts/${otherContactId}/loyalty`)).statusCode).toBe(404);
  });

  it('keeps notification secrets write-only and for managers', async () => {
    expect((await get(viewer, `${base}/crisis-notifications`)).statusCode).toBe(403);
    const saved = await send(manager, 'PUT', `${base}/crisis-notifications`, { webhookUrl: 'http://127.0.0.1:9/hook', webhookSecret: 'secret-123456', telegramChatId: null });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ webhookUrl: 'http://127.0.0.1:9/hook', webhookSecretSet: true, telegramChatId: null, telegramBotTokenSet: false });
    expect(saved.body).not.toContain('secret-123456');
    expect((await send(manager, 'PUT', `${base}/crisis-notifications`, { webhookUrl: 'ftp://x', telegramChatId: null })).statusCode).toBe(400);
  });
});
