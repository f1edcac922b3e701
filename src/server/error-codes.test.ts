// Every error answer carries a stable `code` next to the English message, so the web app can
// translate it: domain errors name their own, everything else gets the code of its status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEvent } from '../domain/ingest.js';
import { insertChannel } from '../store/repositories/channels.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../test-support/app.js';
import { buildInboundEvent, keywordUnderstanding } from '../test-support/factories.js';

interface ErrorBody { statusCode: number; error: string; code: string; message: string; fields?: { field: string; rule: string; limit?: number }[] }

describe('error codes', () => {
  let testApp: TestApp;
  let officer: SignedInClient;
  let base: string;
  const conversations: string[] = [];

  beforeAll(async () => {
    testApp = await createTestApp('sqlite');
    const { db } = testApp.database.store;
    const channel = await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: 'brand.codes', displayName: 'Brand', simulated: true });
    const deps = { db, events: testApp.context.events, understand: keywordUnderstanding };
    for (const post of ['p1', 'p2']) {
      const stored = await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: post, text: 'Kak, harga serum berapa ya?' }));
      if (stored.status !== 'stored') throw new Error('not stored');
      conversations.push(stored.conversationId);
    }
    officer = await signInAs(testApp, 'officer');
    base = `/api/workspaces/${testApp.workspaceId}`;
  });
  afterAll(() => testApp.dispose());

  const get = (url: string, cookie = officer.cookie) => testApp.app.inject({ method: 'GET', url, headers: { cookie } });
  const post = (url: string, payload: object) => testApp.app.inject({ method: 'POST', url, payload, headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken } });

  it('names what was not found, from a route and from a domain command', async () => {
    const conversation = await get(`${base}/conversations/01NOTACONVERSATION`);
    expect(conversation.statusCode).toBe(404);
    expect(conversation.json<ErrorBody>()).toMatchObject({ statusCode: 404, code: 'conversation.not_found', message: 'Conversation not found.' });
    const postAnswer = await get(`${base}/posts/01NOTAPOST`);
    expect(postAnswer.statusCode).toBe(404);
    expect(postAnswer.json<ErrorBody>().code).toBe('post.not_found');
  });

  it('gives a reused reply key on another conversation a 409 with reply.key_conflict', async () => {
    const [first, second] = conversations;
    const sent = await post(`${base}/conversations/${first}/replies`, { text: 'Halo kak, serumnya Rp89.000 ya.', idempotencyKey: 'codes-key-0001' });
    expect(sent.statusCode).toBe(202);
    const reused = await post(`${base}/conversations/${second}/replies`, { text: 'Halo kak, serumnya Rp89.000 ya.', idempotencyKey: 'codes-key-0001' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json<ErrorBody>().code).toBe('reply.key_conflict');
  });

  it('codes refusals that have no domain error: sign-in, roles, validation', async () => {
    expect((await get(`${base}/conversations`, '')).json<ErrorBody>()).toMatchObject({ statusCode: 401, code: 'auth.required' });
    expect((await get(`${base}/conversations?intent=nonsense`)).json<ErrorBody>()).toMatchObject({ statusCode: 400, code: 'request.invalid', fields: [{ field: 'intent', rule: 'enum' }] });
    const tooLong = await post(`${base}/conversations/${conversations[0]}/replies`, { text: 'x'.repeat(20_000), idempotencyKey: 'codes-key-long' });
    expect(tooLong.json<ErrorBody>()).toMatchObject({ statusCode: 400, code: 'request.invalid', fields: [{ field: 'text', rule: 'maxLength' }] });
    const missing = await post(`${base}/conversations/${conversations[0]}/replies`, { text: 'Halo kak' });
    expect(missing.json<ErrorBody>()).toMatchObject({ statusCode: 400, code: 'request.invalid', fields: [{ field: 'idempotencyKey', rule: 'required' }] });
    const viewer = await signInAs(testApp, 'viewer');
    const note = await testApp.app.inject({ method: 'POST', url: `${base}/conversations/${conversations[0]}/notes`, payload: { text: 'x' }, headers: { cookie: viewer.cookie, 'x-csrf-token': viewer.csrfToken } });
    expect(note.json<ErrorBody>()).toMatchObject({ statusCode: 403, code: 'role.too_low' });
    const wrong = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: testApp.emails.viewer, password: 'not the password' } });
    expect(wrong.json<ErrorBody>()).toMatchObject({ statusCode: 401, code: 'auth.wrong_credentials' });
  });
});
