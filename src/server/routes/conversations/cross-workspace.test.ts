// Regression tests for issue 12 (defects 1–3): ids and idempotency keys of another workspace
// must never reach this one, and a reused key is a clear 409, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestEvent } from '../../../domain/ingest.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';
import { buildInboundEvent, createWorkspaceWithChannel, keywordUnderstanding } from '../../../test-support/factories.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { upsertMembership } from '../../../store/repositories/workspaces.js';
import { findUserByEmail } from '../../../store/repositories/users.js';

describe.each(databaseKinds)('another workspace\'s ids and keys (%s)', (kind) => {
  let testApp: TestApp;
  let officer: SignedInClient;
  let ownConversation: string;
  let ownSecond: string;
  let otherConversation: string;
  let otherWorkspaceId: string;
  let ownBase: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    const { db } = testApp.database.store;
    const deps = { db, events: testApp.context.events, understand: keywordUnderstanding };
    const ownChannel = await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: 'own', displayName: 'Own', simulated: true });
    const own = await ingestEvent(deps, ownChannel, buildInboundEvent({ rootPostNetworkId: 'own-1', text: 'Kak, kirim ke Bandung berapa hari?' }));
    const second = await ingestEvent(deps, ownChannel, buildInboundEvent({ rootPostNetworkId: 'own-2', text: 'Ada promo?' }));
    const other = await createWorkspaceWithChannel(db);
    otherWorkspaceId = other.workspaceId;
    const theirs = await ingestEvent(deps, other.channel, buildInboundEvent({ rootPostNetworkId: 'other-1', text: 'Rahasia: nomor pesanan saya 12345, berapa harga serum?' }));
    if (own.status !== 'stored' || second.status !== 'stored' || theirs.status !== 'stored') throw new Error('not stored');
    ownConversation = own.conversationId;
    ownSecond = second.conversationId;
    otherConversation = theirs.conversationId;
    // The officer of this workspace is also an officer over there, so the other workspace's
    // reply below is made by a legitimate member; only the path differs.
    const user = await findUserByEmail(db, testApp.emails.officer);
    if (user === undefined) throw new Error('no officer');
    await upsertMembership(db, otherWorkspaceId, user.id, 'officer');
    officer = await signInAs(testApp, 'officer');
    ownBase = `/api/workspaces/${testApp.workspaceId}/conversations`;
  });
  afterAll(() => testApp.dispose());

  const get = (url: string) => testApp.app.inject({ method: 'GET', url, headers: { cookie: officer.cookie } });
  const reply = (workspaceId: string, conversationId: string, idempotencyKey: string) => testApp.app.inject({
    method: 'POST', url: `/api/workspaces/${workspaceId}/conversations/${conversationId}/replies`,
    payload: { text: 'Halo kak, kami cek dulu ya.', idempotencyKey },
    headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken },
  });

  it('answers suggestions for another workspace\'s conversation id with 404 and nothing of theirs', async () => {
    const response = await get(`${ownBase}/${otherConversation}/suggestions`);
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain('12345');
  });

  it('does not answer a replayed key of another workspace with that workspace\'s message', async () => {
    const theirs = await reply(otherWorkspaceId, otherConversation, 'shared-key-0001');
    expect(theirs.statusCode).toBe(202);
    const theirId = theirs.json<{ messageId: string }>().messageId;
    const replay = await reply(testApp.workspaceId, ownConversation, 'shared-key-0001');
    expect(replay.body).not.toContain(theirId);
    // Keys are scoped to the workspace: the same key here is simply a new reply.
    expect(replay.statusCode).toBe(202);
  });

  it('answers a key reused on another conversation with a 409 and a clear message', async () => {
    expect((await reply(testApp.workspaceId, ownConversation, 'reused-key-0001')).statusCode).toBe(202);
    const reused = await reply(testApp.workspaceId, ownSecond, 'reused-key-0001');
    expect(reused.statusCode).toBe(409);
    expect(reused.json<{ message: string }>().message).toMatch(/idempotencyKey.*another conversation/);
  });
});
