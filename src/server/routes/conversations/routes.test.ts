// The inbox API through HTTP: filters and saved views, counts, actions, replies with the
// guard and pacing answers, suggestions and notes. On SQLite and PostgreSQL; every test has a
// workspace of its own (one app and database per engine), so none depends on another's changes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestEvent } from '../../../domain/ingest.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { buildInboundEvent, keywordUnderstanding } from '../../../test-support/factories.js';

describe.each(databaseKinds)('inbox API (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  let officer: SignedInClient;
  let question: string;
  let complaint: string;
  let base: string;

  beforeAll(async () => { shared = await createTestApp(kind); });
  afterAll(() => shared.dispose());

  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    const { db } = testApp.database.store;
    const channel = await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: 'glowria.id', displayName: 'Glowria', simulated: true });
    const deps = { db, events: testApp.context.events, understand: keywordUnderstanding };
    const now = Date.now();
    const q = await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p1', text: 'Kak, harga serum berapa ya?', sentAt: now - 60_000 }));
    const c = await ingestEvent(deps, channel, buildInboundEvent({ rootPostNetworkId: 'p2', text: 'Kecewa, paket telat seminggu', sentAt: now - 3_600_000, author: { networkId: 'u-9', handle: 'budi', displayName: 'Budi Santoso' } }));
    if (q.status !== 'stored' || c.status !== 'stored') throw new Error('not stored');
    question = q.conversationId;
    complaint = c.conversationId;
    officer = await signInAs(testApp, 'officer');
    base = `/api/workspaces/${testApp.workspaceId}/conversations`;
  });

  const get = (url: string) => testApp.app.inject({ method: 'GET', url, headers: { cookie: officer.cookie } });
  const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object) =>
    testApp.app.inject({ method, url, payload, headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken } });

  it('lists by priority with the reasons, and filters by saved view, intent and search', async () => {
    const all = (await get(base)).json<{ items: Array<{ id: string; priorityReasons: Array<{ reason: string }>; targetState: string }> }>();
    expect(all.items.map((item) => item.id)).toEqual([complaint, question]);
    expect(all.items[0]?.priorityReasons.map((part) => part.reason)).toEqual(expect.arrayContaining(['complaint', 'breaching']));
    expect(all.items[0]?.targetState).toBe('breached');
    const questions = (await get(`${base}?view=unanswered_questions`)).json<{ items: Array<{ id: string }> }>();
    expect(questions.items.map((item) => item.id)).toEqual([question]);
    const breaching = (await get(`${base}?view=breaching`)).json<{ items: Array<{ id: string }> }>();
    expect(breaching.items.map((item) => item.id)).toEqual([complaint]);
    const search = (await get(`${base}?q=budi`)).json<{ items: Array<{ id: string }> }>();
    expect(search.items.map((item) => item.id)).toEqual([complaint]);
    expect((await get(`${base}?intent=nonsense`)).statusCode).toBe(400);
  });

  it('counts unanswered questions and breaching conversations', async () => {
    const counts = (await get(`${base}/counts`)).json<{ unansweredQuestions: number; breaching: number; open: number }>();
    expect(counts).toMatchObject({ unansweredQuestions: 1, breaching: 1, open: 2 });
  });

  it('assigns, tags and finds the conversation under "Mine"', async () => {
    const session = (await get('/api/session')).json<{ user: { id: string } }>();
    const patched = await send('PATCH', `${base}/${complaint}`, { assigneeId: session.user.id, tags: ['Pengiriman', 'pengiriman', 'refund'] });
    expect(patched.statusCode).toBe(204);
    const mine = (await get(`${base}?view=mine`)).json<{ items: Array<{ id: string; tags: string[] }> }>();
    expect(mine.items).toEqual([expect.objectContaining({ id: complaint, tags: ['pengiriman', 'refund'] })]);
    expect((await send('PATCH', `${base}/${complaint}`, { assigneeId: 'not-a-member' })).statusCode).toBe(400);
  });

  it('refuses a reply with a blocking finding (422, with findings) and queues a clean one (202)', async () => {
    const blocked = await send('POST', `${base}/${question}/replies`, { text: 'Dijamin 100% sembuh total!', idempotencyKey: 'reply-blocked-1' });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json<{ findings: Array<{ rule: string }> }>().findings.length).toBeGreaterThan(0);
    const ok = await send('POST', `${base}/${question}/replies`, { text: 'Halo kak, serumnya Rp89.000 untuk 20 ml ya.', idempotencyKey: 'reply-ok-0001' });
    expect(ok.statusCode).toBe(202);
    const again = await send('POST', `${base}/${question}/replies`, { text: 'Halo kak, serumnya Rp89.000 untuk 20 ml ya.', idempotencyKey: 'reply-ok-0001' });
    expect(again.statusCode).toBe(200);
    expect(again.json<{ duplicate: boolean }>().duplicate).toBe(true);
  });

  it('adds notes, closes and reopens in bulk', async () => {
    expect((await send('POST', `${base}/${question}/notes`, { text: 'Customer asked twice before' })).statusCode).toBe(201);
    const detail = (await get(`${base}/${question}`)).json<{ notes: Array<{ text: string }>; contactProfile: { loyalty: { tier: string } } }>();
    expect(detail.notes.map((note) => note.text)).toEqual(['Customer asked twice before']);
    expect(detail.contactProfile.loyalty.tier).toBe('new');
    const closed = await send('POST', `${base}/bulk`, { conversationIds: [question, complaint, 'missing'], changes: { status: 'closed' } });
    expect(closed.json()).toEqual({ updated: [question, complaint], notFound: ['missing'] });
    expect((await get(base)).json<{ items: unknown[] }>().items).toHaveLength(0);
    await send('POST', `${base}/bulk`, { conversationIds: [question, complaint], changes: { status: 'open' } });
    expect((await get(base)).json<{ items: unknown[] }>().items).toHaveLength(2);
  });

  it('suggests FAQ answers with their source', async () => {
    const created = await send('POST', `/api/workspaces/${testApp.workspaceId}/knowledge`, { question: 'Berapa harga serum?', answer: 'Serum Rp89.000 / 20 ml.', language: 'id' });
    expect(created.statusCode).toBe(403);
    const manager = await signInAs(testApp, 'manager');
    const byManager = await testApp.app.inject({ method: 'POST', url: `/api/workspaces/${testApp.workspaceId}/knowledge`, payload: { question: 'Berapa harga serum?', answer: 'Serum Rp89.000 / 20 ml.', language: 'id' }, headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken } });
    expect(byManager.statusCode).toBe(201);
    const suggestions = (await get(`${base}/${question}/suggestions`)).json<{ items: Array<{ text: string; source: { type: string } }> }>();
    expect(suggestions.items[0]).toMatchObject({ text: 'Serum Rp89.000 / 20 ml.', source: { type: 'faq' } });
  });

  it('publishes presence to other officers', async () => {
    const seen: string[] = [];
    const unsubscribe = testApp.context.events.subscribe(testApp.workspaceId, (event) => { if (event.name === 'presence') seen.push(String(event.data.state)); });
    expect((await send('POST', `${base}/${question}/presence`, { state: 'replying' })).statusCode).toBe(204);
    unsubscribe();
    expect(seen).toEqual(['replying']);
  });
});
