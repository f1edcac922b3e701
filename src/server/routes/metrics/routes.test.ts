// /metrics on both databases: off without SAPA_METRICS_TOKEN, the token required, a scrape a
// strict reader accepts, and figures that move when follower events arrive and are processed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInbound } from '../../../domain/inbound-intake.js';
import { processAllPending } from '../../../domain/inbound-queue.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { createTestApp, signInAs, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { buildInboundEvent, keywordUnderstanding } from '../../../test-support/factories.js';
import { parseExposition, sampleValue, type ParsedExposition } from '../../../test-support/prometheus-text.js';

const metricsToken = 'scrape-me-0123456789abcdef';

describe.each(databaseKinds)('/metrics (%s)', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(kind, { metricsToken });
  });
  afterAll(() => testApp.dispose());

  const scrape = async (): Promise<ParsedExposition> => {
    const response = await testApp.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${metricsToken}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain; version=0.0.4');
    return parseExposition(response.body);
  };

  it('is off (404) when no metrics token is configured', async () => {
    const plain = await createTestApp(kind);
    try {
      expect((await plain.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
      expect((await plain.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${metricsToken}` } })).statusCode).toBe(404);
    } finally {
      await plain.dispose();
    }
  });

  it('needs the metrics token; a signed-in user is not enough', async () => {
    expect((await testApp.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await testApp.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-0123456789abcd' } })).statusCode).toBe(401);
    const owner = await signInAs(testApp, 'owner');
    const withSession = await testApp.app.inject({ method: 'GET', url: '/metrics', headers: { cookie: owner.cookie } });
    expect(withSession.statusCode).toBe(401);
    expect(withSession.body).not.toContain('sapa_');
  });

  it('reports queue depth, inbound events, ingest counters and response times that move with traffic', async () => {
    const before = await scrape();
    expect(before.types).toMatchObject({
      sapa_jobs: 'gauge', sapa_inbound_events: 'gauge', sapa_inbound_accepted_total: 'counter', sapa_inbound_processed_total: 'counter',
      sapa_replies_total: 'counter', sapa_job_runs_total: 'counter', sapa_http_request_duration_seconds: 'histogram', sapa_first_response_seconds: 'histogram',
    });
    expect(sampleValue(before, 'sapa_inbound_events', { state: 'waiting' })).toBe(0);

    const { db } = testApp.database.store;
    const channel = await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: 'glow', displayName: 'Glow', simulated: true });
    const deps = { db, events: testApp.context.events, understand: keywordUnderstanding };
    await acceptInbound({ store: { db }, events: testApp.context.events }, channel, [buildInboundEvent({ text: 'Harganya berapa?' }), buildInboundEvent({ text: 'Ready stok?' })]);
    await testApp.context.queue.enqueue('sessions.purge', {});

    const accepted = await scrape();
    expect(sampleValue(accepted, 'sapa_inbound_events', { state: 'waiting' })).toBe(2);
    expect(sampleValue(accepted, 'sapa_inbound_accepted_total') - sampleValue(before, 'sapa_inbound_accepted_total')).toBe(2);
    expect(sampleValue(accepted, 'sapa_jobs', { state: 'queued' })).toBe(1);

    await processAllPending(deps);
    await testApp.app.inject({ method: 'GET', url: '/api/health' });
    const processed = await scrape();
    expect(sampleValue(processed, 'sapa_inbound_events', { state: 'waiting' })).toBe(0);
    expect(sampleValue(processed, 'sapa_inbound_processed_total', { outcome: 'stored' }) - sampleValue(before, 'sapa_inbound_processed_total', { outcome: 'stored' })).toBe(2);
    const healthCount = (parsed: ParsedExposition) => sampleValue(parsed, 'sapa_http_request_duration_seconds_count', { method: 'GET', route: '/api/health', status: '200' });
    expect(healthCount(processed) - healthCount(before)).toBe(1);
  });
});
