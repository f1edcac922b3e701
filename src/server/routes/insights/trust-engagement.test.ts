// Trust, engagement, the app-wide crisis banner's alerts and the CSV export of every Insights
// table, on both databases: shapes, filters, roles, audit, and another workspace's ids → 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateComplaintStorm } from '../../../channels/simulator/complaint-storm.js';
import { ingestEvent } from '../../../domain/ingest.js';
import { runCrisisRadar } from '../../../domain/insights/radar.js';
import { catchUpRollups } from '../../../domain/insights/rollup.js';
import { recordGuardCheck } from '../../../store/repositories/guard-checks.js';
import { writeBrandProfile } from '../../../store/repositories/brand-profiles.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { insertWorkspace } from '../../../store/repositories/workspaces.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { keywordUnderstanding } from '../../../test-support/factories.js';
import { csvTables } from './csv-tables.js';

describe.each(databaseKinds)('insights trust, engagement, alerts and CSV API on %s', (kind) => {
  let testApp: TestApp;
  let manager: SignedInClient;
  let officer: SignedInClient;
  let viewer: SignedInClient;
  let base: string;
  let otherBase: string;
  let otherAlertId: string;
  let managerId: string;
  const now = Date.now();

  async function storm(workspaceId: string, start: number): Promise<void> {
    const { db } = testApp.context.store;
    const channel = await insertChannel(db, { workspaceId, network: 'instagram', handle: '@brand', displayName: 'Brand IG' });
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
    officer = await signInAs(testApp, 'officer');
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
    managerId = (await db.selectFrom('users').select('id').where('email', '=', testApp.emails.manager).executeTakeFirstOrThrow()).id;
    await recordGuardCheck(db, {
      workspaceId: testApp.workspaceId, kind: 'post', itemId: 'post-1', channelId: null, userId: managerId, softSellScore: 41,
      findings: [{ rule: 'CLAIM.HEALTH_CURE', severity: 'block' }, { rule: 'PRESSURE.FAKE_URGENCY', severity: 'warn' }], overriddenBy: managerId, overrideReason: 'Legal approved it',
    }, now - 60_000);
  }, 60_000);
  afterAll(() => testApp.dispose());

  const get = (client: SignedInClient, url: string) => testApp.app.inject({ method: 'GET', url, headers: { cookie: client.cookie } });
  const post = (client: SignedInClient, url: string) => testApp.app.inject({ method: 'POST', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });

  it('reports trust: checks, findings by rule, overrides with who made them', async () => {
    const trust = await get(viewer, `${base}/trust`);
    expect(trust.statusCode).toBe(200);
    const body = trust.json<{ totals: Record<string, unknown>; byRule: Array<{ rule: string; block: number }>; overrides: Array<{ userName: string; reason: string }> }>();
    expect(body.totals).toMatchObject({ posts: 1, replies: 0, overrides: 1, softSellPosts: 41 });
    expect(body.byRule.map((rule) => rule.rule)).toEqual(['CLAIM.HEALTH_CURE', 'PRESSURE.FAKE_URGENCY']);
    expect(body.overrides).toEqual([expect.objectContaining({ reason: 'Legal approved it' })]);
    expect((await get(viewer, `${base}/trust?from=2026-02-30`)).statusCode).toBe(400);
    expect((await get(viewer, `${otherBase}/trust`)).statusCode).toBe(404);
  });

  it('reports engagement (empty without published posts) and refuses bad filters', async () => {
    const engagement = await get(viewer, `${base}/engagement`);
    expect(engagement.statusCode).toBe(200);
    expect(engagement.json()).toMatchObject({ totals: { posts: 0, variants: 0, perPost: null }, byPost: [], bestHours: { minPosts: 3, best: [] } });
    expect((await get(viewer, `${base}/engagement?to=yesterday`)).statusCode).toBe(400);
    expect((await get(viewer, `${otherBase}/engagement`)).statusCode).toBe(404);
  });

  it('lists open alerts for the banner; only a manager acknowledges, audited; another workspace\'s alert is 404', async () => {
    const open = await get(viewer, `${base}/alerts/open`);
    expect(open.statusCode).toBe(200);
    const [alert] = open.json<{ items: Array<{ id: string; status: string }> }>().items;
    expect(alert?.status).toBe('open');
    expect((await post(officer, `${base}/alerts/${alert?.id ?? ''}/acknowledge`)).statusCode).toBe(403);
    expect((await post(manager, `${base}/alerts/${otherAlertId}/acknowledge`)).statusCode).toBe(404);
    const acknowledged = await post(manager, `${base}/alerts/${alert?.id ?? ''}/acknowledge`);
    expect(acknowledged.statusCode).toBe(200);
    expect(acknowledged.json()).toMatchObject({ status: 'acknowledged' });
    expect((await get(viewer, `${base}/alerts/open`)).json<{ items: unknown[] }>().items).toEqual([]);
    const audit = await testApp.context.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'crisis_alert.acknowledge').execute();
    expect(audit).toEqual([expect.objectContaining({ workspace_id: testApp.workspaceId, actor_user_id: managerId, target_id: alert?.id })]);
    // Acknowledging again changes nothing and audits nothing more.
    expect((await post(manager, `${base}/alerts/${alert?.id ?? ''}/acknowledge`)).statusCode).toBe(200);
    expect(await testApp.context.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'crisis_alert.acknowledge').execute()).toHaveLength(1);
  });

  it('exports every table as CSV with the same filters, headers in the language asked', async () => {
    for (const table of csvTables) {
      const response = await get(viewer, `${base}/${table.name}.csv`);
      expect(response.statusCode, table.name).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toMatch(new RegExp(`attachment; filename="${table.name}`));
      expect(response.body.startsWith(`\ufeff${table.headers.map((header) => header[0]).join(',')}\r\n`), table.name).toBe(true);
    }
    const rules = await get(viewer, `${base}/trust-by-rule.csv?lang=id`);
    expect(rules.body.split('\r\n')).toEqual(['\ufeffAturan,Kategori,Info,Peringatan,Blokir,Di balasan,Di postingan,Total', 'CLAIM.HEALTH_CURE,claim,0,0,1,0,1,1', 'PRESSURE.FAKE_URGENCY,pressure,0,1,0,0,1,1', '']);
    const alerts = await get(viewer, `${base}/crisis-alerts.csv`);
    expect(alerts.body).toContain(',product,Bright Serum,');
    const triggers = await get(viewer, `${base}/triggers.csv?emotion=joy`);
    expect(triggers.headers['content-disposition']).toContain('triggers-joy-');
    // A channel filter of another workspace's channel finds nothing; an unknown emotion is refused.
    expect((await get(viewer, `${base}/trust-by-rule.csv?channelId=01m000000000000000000000zz`)).body.split('\r\n')).toHaveLength(2);
    expect((await get(viewer, `${base}/triggers.csv?emotion=rage`)).statusCode).toBe(400);
    expect((await get(viewer, `${otherBase}/trust-by-rule.csv`)).statusCode).toBe(404);
    expect((await testApp.app.inject({ method: 'GET', url: `${base}/trust-by-rule.csv` })).statusCode).toBe(401);
  });

  it('documents every Insights route and CSV table in the OpenAPI document', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> }>();
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining([
      ...['proximity', 'emotion', 'triggers', 'triggers/messages', 'loyalty', 'contacts/{contactId}/loyalty', 'alerts', 'alerts/{alertId}', 'alerts/open',
        'alerts/{alertId}/acknowledge', 'trust', 'engagement', 'crisis-notifications'].map((path) => `/api/workspaces/{workspaceId}/insights/${path}`),
      ...csvTables.map((table) => `/api/workspaces/{workspaceId}/insights/${table.name}.csv`),
    ]));
    expect(Object.keys(document.paths['/api/workspaces/{workspaceId}/insights/trust-by-rule.csv']?.get?.responses['200']?.content ?? {})).toEqual(['text/csv']);
  });
});
