// A contact's export and erasure, and the retention period, through the API on both
// databases: managers only, another workspace's contact is a 404, counts survive erasure,
// and each change is audited. Each test has workspaces of its own (one app per engine).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestEvent } from '../../../domain/ingest.js';
import { catchUpRollups } from '../../../domain/insights/rollup.js';
import { enforceRetention } from '../../../domain/privacy/retention.js';
import { recordSentReply } from '../../../domain/replies.js';
import { insertChannel } from '../../../store/repositories/channels.js';
import { addTestWorkspace, createTestApp, signInAs, type SignedInClient, type TestApp, type TestWorkspace } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { buildInboundEvent, createWorkspaceWithChannel } from '../../../test-support/factories.js';
import type { MessageUnderstanding } from '../../../domain/understanding.js';

/** An analysis with keywords and PII, as the real analyser stores them. */
function understandWithPii(text: string): MessageUnderstanding & { keywords: string[]; pii: Array<{ text: string }> } {
  const phone = /08\d{8,11}/.exec(text)?.[0];
  return {
    language: 'id', sentiment: { label: 'negative' }, emotion: { label: 'anger' }, intents: ['complaint'], urgency: 'normal',
    keywords: text.toLowerCase().split(/\W+/).filter((word) => word.length > 3), pii: phone === undefined ? [] : [{ text: phone }],
  };
}

describe.each(databaseKinds)('contact privacy routes (%s)', (kind) => {
  let shared: TestApp;
  let testApp: TestWorkspace;
  let manager: SignedInClient;
  let officer: SignedInClient;
  let sariContact: string;
  let sariConversation: string;
  let budiContact: string;
  let otherContact: string;
  let otherWorkspaceId: string;
  let base: string;

  beforeAll(async () => { shared = await createTestApp(kind); });
  afterAll(() => shared.dispose());

  beforeEach(async () => {
    testApp = await addTestWorkspace(shared);
    const { db } = testApp.database.store;
    const deps = { db, events: testApp.context.events, understand: understandWithPii };
    const channel = await insertChannel(db, { workspaceId: testApp.workspaceId, network: 'instagram', handle: 'glow', displayName: 'Glow', simulated: true });
    const sari = { networkId: 'u-sari', handle: 'sari.w', displayName: 'Sari Wulandari' };
    const first = await ingestEvent(deps, channel, buildInboundEvent({ author: sari, rootPostNetworkId: 'p-1', text: 'Paket saya rusak, hubungi 081234567890 ya' }));
    await ingestEvent(deps, channel, buildInboundEvent({ author: sari, rootPostNetworkId: 'p-1', text: 'Halo? Masih rusak kak' }));
    const budi = await ingestEvent(deps, channel, buildInboundEvent({ author: { networkId: 'u-budi', handle: 'budi', displayName: 'Budi Santoso' }, rootPostNetworkId: 'p-2', text: 'Warnanya bagus sekali' }));
    const other = await createWorkspaceWithChannel(db);
    otherWorkspaceId = other.workspaceId;
    const theirs = await ingestEvent(deps, other.channel, buildInboundEvent({ author: sari, rootPostNetworkId: 'p-9', text: 'Rahasia workspace lain' }));
    if (first.status !== 'stored' || budi.status !== 'stored' || theirs.status !== 'stored') throw new Error('not stored');
    sariConversation = first.conversationId;
    const contactOf = async (conversationId: string) => (await db.selectFrom('conversations').select('contact_id').where('id', '=', conversationId).executeTakeFirstOrThrow()).contact_id ?? '';
    sariContact = await contactOf(first.conversationId);
    budiContact = await contactOf(budi.conversationId);
    otherContact = await contactOf(theirs.conversationId);
    await recordSentReply(db, null, { workspaceId: testApp.workspaceId, conversationId: sariConversation, text: 'Maaf kak Sari, kami kirim ganti ya', userId: null, networkMessageId: 'out-1', sentAt: Date.now() });
    manager = await signInAs(testApp, 'manager');
    officer = await signInAs(testApp, 'officer');
    const note = await testApp.app.inject({
      method: 'POST', url: `/api/workspaces/${testApp.workspaceId}/conversations/${sariConversation}/notes`,
      payload: { text: 'Sari minta ganti ke alamat Jl. Melati 5' }, headers: { cookie: officer.cookie, 'x-csrf-token': officer.csrfToken },
    });
    expect(note.statusCode).toBe(201);
    await catchUpRollups(db, { now: Date.now() + 60_000 });
    base = `/api/workspaces/${testApp.workspaceId}`;
  });

  const call = (client: SignedInClient, method: 'GET' | 'DELETE' | 'PUT', url: string, payload?: unknown) => testApp.app.inject({
    method, url, headers: { cookie: client.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': client.csrfToken }) }, ...(payload === undefined ? {} : { payload: payload as object }),
  });
  const auditActions = async () => (await testApp.database.store.db.selectFrom('audit_log').select(['action', 'target_id', 'details'])
    .where('workspace_id', '=', testApp.workspaceId).execute());

  it('exports everything about the contact for a manager, as a download, and audits it', async () => {
    const response = await call(manager, 'GET', `${base}/contacts/${sariContact}/export`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(`sapa-contact-${sariContact}.json`);
    const body = response.json<{ contact: { displayName: string; handle: string }; messages: Array<{ text: string; direction: string }>; notes: Array<{ text: string }>; conversations: unknown[] }>();
    expect(body.contact).toMatchObject({ displayName: 'Sari Wulandari', handle: 'sari.w' });
    expect(body.messages.map((message) => message.text)).toEqual(expect.arrayContaining(['Paket saya rusak, hubungi 081234567890 ya', 'Maaf kak Sari, kami kirim ganti ya']));
    expect(body.messages).toHaveLength(3);
    expect(body.notes.map((note) => note.text)).toEqual(['Sari minta ganti ke alamat Jl. Melati 5']);
    expect(response.body).not.toContain('Budi');
    expect(response.body).not.toContain('Rahasia');
    expect(await auditActions()).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'contact.exported', target_id: sariContact })]));
  });

  it('is for managers only', async () => {
    expect((await call(officer, 'GET', `${base}/contacts/${sariContact}/export`)).statusCode).toBe(403);
    expect((await call(officer, 'DELETE', `${base}/contacts/${sariContact}`)).statusCode).toBe(403);
    expect((await call(officer, 'PUT', `${base}/settings/retention`, { messageTextDays: 30 })).statusCode).toBe(403);
  });

  it('answers another workspace\'s contact id with 404 and leaves it untouched', async () => {
    const exported = await call(manager, 'GET', `${base}/contacts/${otherContact}/export`);
    expect(exported.statusCode).toBe(404);
    expect(exported.body).not.toContain('Rahasia');
    expect((await call(manager, 'DELETE', `${base}/contacts/${otherContact}`)).statusCode).toBe(404);
    const theirs = await testApp.database.store.db.selectFrom('contacts').select('display_name').where('id', '=', otherContact).executeTakeFirstOrThrow();
    expect(theirs.display_name).toBe('Sari Wulandari');
    expect((await call(manager, 'GET', `${base}/contacts/no-such-contact/export`)).statusCode).toBe(404);
  });

  it('erases the contact but keeps conversations, message rows, labels and rollups', async () => {
    const { db } = testApp.database.store;
    const rollupsBefore = await db.selectFrom('insight_hourly').selectAll().where('workspace_id', '=', testApp.workspaceId).orderBy('dimension').orderBy('label').execute();
    const conversationsBefore = (await db.selectFrom('conversations').select('id').where('workspace_id', '=', testApp.workspaceId).execute()).length;

    const response = await call(manager, 'DELETE', `${base}/contacts/${sariContact}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ contactId: sariContact, messages: 3, notes: 1, listeningPosts: 0, conversations: 1 });

    const contact = await db.selectFrom('contacts').selectAll().where('id', '=', sariContact).executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ display_name: 'Erased contact', handle: '', message_count: 2 });
    expect(contact.network_user_id).not.toBe('u-sari');
    const messages = await db.selectFrom('messages').select(['text', 'analysis', 'direction']).where('conversation_id', '=', sariConversation).execute();
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message.text).toBe('');
    const inbound = messages.filter((message) => message.direction === 'inbound');
    for (const message of inbound) expect(JSON.parse(message.analysis ?? '{}')).toEqual({ language: 'id', sentiment: { label: 'negative' }, emotion: { label: 'anger' }, intents: ['complaint'], urgency: 'normal' });
    expect(await db.selectFrom('notes').select('id').where('conversation_id', '=', sariConversation).execute()).toEqual([]);
    expect((await db.selectFrom('conversations').select('id').where('workspace_id', '=', testApp.workspaceId).execute()).length).toBe(conversationsBefore);
    expect(await db.selectFrom('insight_hourly').selectAll().where('workspace_id', '=', testApp.workspaceId).orderBy('dimension').orderBy('label').execute()).toEqual(rollupsBefore);
    const budi = await db.selectFrom('contacts').select('display_name').where('id', '=', budiContact).executeTakeFirstOrThrow();
    expect(budi.display_name).toBe('Budi Santoso');

    const erased = (await auditActions()).find((entry) => entry.action === 'contact.erased');
    expect(erased?.target_id).toBe(sariContact);
    expect(erased?.details).not.toContain('Sari');
    const after = await call(manager, 'GET', `${base}/contacts/${sariContact}/export`);
    expect(after.body).not.toMatch(/Sari|0812|rusak|Melati/);
  });

  it('keeps texts by default, changes the retention period for managers with an audit entry, refuses nonsense', async () => {
    expect((await call(officer, 'GET', `${base}/settings/retention`)).json()).toEqual({ messageTextDays: null });
    const saved = await call(manager, 'PUT', `${base}/settings/retention`, { messageTextDays: 30 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ messageTextDays: 30 });
    for (const bad of [{ messageTextDays: 0 }, { messageTextDays: 1.5 }, { messageTextDays: 'forever' }, {}]) {
      expect((await call(manager, 'PUT', `${base}/settings/retention`, bad)).statusCode).toBe(400);
    }
    expect(await auditActions()).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'settings.retention.updated' })]));
  });

  it('erases texts stored longer ago than the period, once, in batches, with audit entries', async () => {
    const { db } = testApp.database.store;
    expect((await call(manager, 'PUT', `${base}/settings/retention`, { messageTextDays: 30 })).statusCode).toBe(200);
    expect((await call(manager, 'DELETE', `${base}/contacts/${sariContact}`)).statusCode).toBe(200);
    // Retention runs over every workspace of the database, and other tests' workspaces share it:
    // only this test's workspaces are looked at.
    expect((await enforceRetention(db))[testApp.workspaceId]).toBeUndefined();
    const later = Date.now() + 31 * 86_400_000;
    // Budi's message is the one text left in this workspace (Sari's were erased above).
    expect((await enforceRetention(db, { now: later, batchSize: 1 }))[testApp.workspaceId]).toBe(1);
    expect((await enforceRetention(db, { now: later, batchSize: 1 }))[testApp.workspaceId]).toBeUndefined();
    const texts = await db.selectFrom('messages').select('text').where('workspace_id', '=', testApp.workspaceId).execute();
    expect(texts.every((row) => row.text === '')).toBe(true);
    const theirs = await db.selectFrom('messages').select('text').where('workspace_id', '=', otherWorkspaceId).execute();
    expect(theirs.map((row) => row.text)).toEqual(['Rahasia workspace lain']);
    expect(await auditActions()).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'retention.texts_erased' })]));
  });
});
