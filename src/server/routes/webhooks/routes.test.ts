// Webhooks over real HTTP on loopback: the Graph API fake verifies the callback with Meta's
// handshake and POSTs signed deliveries to Sapa's route, which stores them before its 2xx. A
// planted credential never shows in any log line or API response along the way.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedMetaDelivery, pageCommentPayload } from '../../../channels/meta/webhook-fixture.js';
import { createInboundProcessor } from '../../../domain/inbound-processor.js';
import { understandMessage } from '../../../domain/understand.js';
import { redactedLogPaths } from '../../../runtime.js';
import { countInboundEvents } from '../../../store/repositories/inbound-queue.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { facebookComment, seedPagePost } from '../../../test-support/fakes/meta/followers.js';
import { MetaFake } from '../../../test-support/fakes/meta/graph-fake.js';
import { webhookBodyLimit } from './routes.js';

const page = { id: '204958162837', name: 'Glowria Skincare', username: 'glowria' };
const planted = { accessToken: 'EAAG-planted-ZqX7wK2', appSecret: 'planted-app-secret-Hh51', verifyToken: 'planted-verify-Jr88' };
const follower = { id: '7654321', name: 'Riná Putri 🌸' };

describe.each(databaseKinds)('webhooks (%s)', (kind) => {
  let testApp: TestApp;
  let manager: SignedInClient;
  let fake: MetaFake;
  let baseUrl = '';
  let channelId = '';
  const logLines: string[] = [];
  const responses: string[] = [];

  beforeAll(async () => {
    fake = await MetaFake.start({ appSecret: planted.appSecret, accessToken: planted.accessToken, page });
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { logLines.push(chunk.toString('utf8')); done(); } });
    const logger = pino({ level: 'trace', redact: { paths: redactedLogPaths, censor: '[redacted]' } }, sink);
    testApp = await createTestApp(kind, {}, {}, logger);
    await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    const address = testApp.app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    manager = await signInAs(testApp, 'manager');
    const connected = await testApp.app.inject({
      method: 'POST', url: `/api/workspaces/${testApp.workspaceId}/channels`,
      headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken },
      payload: { network: 'facebook', values: { pageId: page.id, apiBase: fake.apiBase, ...planted } },
    });
    responses.push(connected.body);
    channelId = connected.json<{ channel: { id: string } }>().channel.id;
    // Subscribed here, not only in the handshake test, so every test can run alone or in any order.
    await fake.subscribe('page', `${baseUrl}/api/webhooks/${channelId}`, planted.verifyToken);
  });
  afterAll(async () => {
    await testApp.dispose();
    await fake.close();
  });

  const waiting = async () => (await countInboundEvents(testApp.database.store.db)).waiting;

  it('answers Meta\'s subscription handshake with the challenge, and refuses a wrong verify token', async () => {
    await fake.subscribe('page', `${baseUrl}/api/webhooks/${channelId}`, planted.verifyToken);
    const wrong = await fetch(`${baseUrl}/api/webhooks/${channelId}?hub.mode=subscribe&hub.challenge=42&hub.verify_token=nope`);
    expect(wrong.status).toBe(403);
    responses.push(await wrong.text());
  });

  it('stores a signed delivery before acknowledging it, and it reaches the inbox', async () => {
    const before = await waiting();
    const postId = seedPagePost(fake, 'Serum baru Glowria sudah tersedia!');
    await facebookComment(fake, postId, follower, 'Kak, serumnya aman buat kulit sensitif? 🙏');
    expect(await waiting()).toBe(before + 1);
    const processor = createInboundProcessor({ db: testApp.database.store.db, events: testApp.context.events, understand: understandMessage }, { onError: () => undefined, onFailure: () => undefined });
    processor.kick();
    await processor.idle();
    processor.stop();
    const inbox = await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/conversations`, headers: { cookie: manager.cookie } });
    responses.push(inbox.body);
    expect(inbox.body).toContain('Riná Putri 🌸');
  });

  it('refuses a missing or wrong signature with 401 and stores nothing', async () => {
    const before = await waiting();
    const payload = pageCommentPayload({ pageId: page.id, postId: `${page.id}_1`, commentId: '1_2', from: follower, message: 'forged', createdTime: 1 });
    const forged = signedMetaDelivery(payload, 'not-the-app-secret');
    for (const headers of [forged.headers, { 'content-type': 'application/json' }]) {
      const response = await fetch(`${baseUrl}/api/webhooks/${channelId}`, { method: 'POST', headers: headers as Record<string, string>, body: forged.rawBody });
      expect(response.status).toBe(401);
      responses.push(await response.text());
    }
    expect(await waiting()).toBe(before);
  });

  it('merges a redelivery instead of doubling it', async () => {
    const before = await waiting();
    const delivery = signedMetaDelivery(pageCommentPayload({ pageId: page.id, postId: `${page.id}_9`, commentId: '9_1', from: follower, message: 'sekali saja', createdTime: 2 }), planted.appSecret);
    const first = await fetch(`${baseUrl}/api/webhooks/${channelId}`, { method: 'POST', headers: delivery.headers as Record<string, string>, body: delivery.rawBody });
    const again = await fetch(`${baseUrl}/api/webhooks/${channelId}`, { method: 'POST', headers: delivery.headers as Record<string, string>, body: delivery.rawBody });
    expect(await first.json()).toEqual({ accepted: 1, duplicates: 0 });
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 1 });
    expect(await waiting()).toBe(before + 1);
  });

  it('refuses a body over the limit with 413, and unknown channels with 404', async () => {
    const tooBig = await fetch(`${baseUrl}/api/webhooks/${channelId}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(webhookBodyLimit + 1) });
    expect(tooBig.status).toBe(413);
    const unknown = await fetch(`${baseUrl}/api/webhooks/01UNKNOWNCHANNEL0000000000`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unknown.status).toBe(404);
  });

  it('is listed in the OpenAPI document under the webhooks tag', async () => {
    const doc = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { cookie: manager.cookie } });
    const paths = doc.json<{ paths: Record<string, Record<string, { tags?: string[] }>> }>().paths;
    expect(paths['/api/webhooks/{channelId}']?.post?.tags).toEqual(['webhooks']);
  });

  it('never writes a planted credential to a log line or an API response', async () => {
    const channels = await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/channels`, headers: { cookie: manager.cookie } });
    const tested = await testApp.app.inject({ method: 'POST', url: `/api/workspaces/${testApp.workspaceId}/channels/${channelId}/test`, headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken } });
    const audit = await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/audit`, headers: { cookie: manager.cookie } });
    responses.push(channels.body, tested.body, audit.body);
    expect(logLines.length).toBeGreaterThan(5);
    for (const secret of Object.values(planted)) {
      for (const line of logLines) expect(line).not.toContain(secret);
      for (const body of responses) expect(body).not.toContain(secret);
    }
  });
});
