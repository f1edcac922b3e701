// Saved replies and FAQ entries through the API, on both databases: each test makes its own
// rows, and an id of another workspace is never found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertWorkspace } from '../../../store/repositories/workspaces.js';
import { insertKnowledgeEntries, insertSavedReplies } from '../../../store/repositories/saved-replies.js';
import { newId } from '../../../store/ids.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';

describe.each(databaseKinds)('saved replies and FAQ routes (%s)', (kind) => {
  let testApp: TestApp;
  let manager: SignedInClient;
  let otherWorkspaceId: string;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    manager = await signInAs(testApp, 'manager');
    otherWorkspaceId = (await insertWorkspace(testApp.context.store.db, { name: 'Other Brand' })).id;
  });
  afterAll(() => testApp.dispose());

  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, payload?: object) =>
    testApp.app.inject({ method, url: `/api/workspaces/${testApp.workspaceId}${path}`, ...(payload === undefined ? {} : { payload }), headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken } });

  it('creates, lists, changes and deletes a saved reply', async () => {
    const created = (await call('POST', '/saved-replies', { title: 'Salam', language: 'id', text: 'Halo kak {nama}' })).json<{ id: string }>();
    const changed = await call('PUT', `/saved-replies/${created.id}`, { title: 'Salam baru', language: 'id', text: 'Hai kak {nama}' });
    expect(changed.json()).toMatchObject({ id: created.id, title: 'Salam baru', text: 'Hai kak {nama}' });
    const listed = (await call('GET', '/saved-replies')).json<{ items: Array<{ id: string; title: string }> }>().items;
    expect(listed.find((item) => item.id === created.id)?.title).toBe('Salam baru');
    expect((await call('DELETE', `/saved-replies/${created.id}`)).statusCode).toBe(204);
    expect((await call('DELETE', `/saved-replies/${created.id}`)).statusCode).toBe(404);
  });

  it('never changes or deletes another workspace\'s saved reply', async () => {
    const now = Date.now();
    const foreignId = newId(now);
    await insertSavedReplies(testApp.context.store.db, [{ id: foreignId, workspace_id: otherWorkspaceId, title: 'Theirs', language: 'en', text: 'Hi', created_by: null, created_at: now, updated_at: now }]);
    expect((await call('PUT', `/saved-replies/${foreignId}`, { title: 'Mine', language: 'en', text: 'Hi' })).statusCode).toBe(404);
    expect((await call('DELETE', `/saved-replies/${foreignId}`)).statusCode).toBe(404);
    expect((await call('GET', '/saved-replies')).json<{ items: Array<{ id: string }> }>().items.map((item) => item.id)).not.toContain(foreignId);
  });

  it('adds, lists and removes an FAQ entry, and never another workspace\'s', async () => {
    const created = (await call('POST', '/knowledge', { question: 'Apakah aman?', answer: 'Sudah BPOM.', language: 'id' })).json<{ id: string }>();
    expect((await call('GET', '/knowledge')).json<{ items: Array<{ id: string }> }>().items.map((item) => item.id)).toContain(created.id);
    const now = Date.now();
    const foreignId = newId(now);
    await insertKnowledgeEntries(testApp.context.store.db, [{ id: foreignId, workspace_id: otherWorkspaceId, question: 'Theirs?', answer: 'Yes', language: 'en', created_at: now, updated_at: now }]);
    expect((await call('DELETE', `/knowledge/${foreignId}`)).statusCode).toBe(404);
    expect((await call('DELETE', `/knowledge/${created.id}`)).statusCode).toBe(204);
  });
});
