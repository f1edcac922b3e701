// Issue 12, defect 10: API tokens can be listed and revoked, expire, and have a scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../../domain/accounts.js';
import { findUserByEmail } from '../../../store/repositories/users.js';
import { databaseKinds } from '../../../test-support/databases.js';
import { createTestApp, signInAs, type SignedInClient, type TestApp } from '../../../test-support/app.js';

describe.each(databaseKinds)('API tokens (%s)', (kind) => {
  let testApp: TestApp;
  let officer: SignedInClient;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
    officer = await signInAs(testApp, 'officer');
  });
  afterAll(() => testApp.dispose());

  const asSession = (client: SignedInClient, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken } });
  const asToken = (token: string, method: 'GET' | 'PATCH', url: string, payload?: object) =>
    testApp.app.inject({ method, url, ...(payload === undefined ? {} : { payload }), headers: { authorization: `Bearer ${token}` } });
  const create = async (client: SignedInClient, body: object) => {
    const response = await asSession(client, 'POST', '/api/tokens', body);
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string; token: string; expiresAt: string }>();
  };

  it('lists your tokens without their secrets, with scope and expiry (90 days by default)', async () => {
    const created = await create(officer, { name: 'export script' });
    const list = (await asSession(officer, 'GET', '/api/tokens')).json<{ items: Array<{ id: string; name: string; scope: string; expiresAt: string }> }>();
    const item = list.items.find((entry) => entry.id === created.id);
    expect(item).toMatchObject({ name: 'export script', scope: 'full', expiresAt: created.expiresAt });
    expect(Date.parse(created.expiresAt) - Date.now()).toBeGreaterThan(89 * 24 * 3600_000);
    expect(JSON.stringify(list)).not.toContain(created.token);
  });

  it('lets a read-only token read but not write', async () => {
    const { token } = await create(officer, { name: 'dashboard', scope: 'read', expiresInDays: 7 });
    expect((await asToken(token, 'GET', '/api/session')).statusCode).toBe(200);
    expect((await asToken(token, 'PATCH', '/api/me', { name: 'changed' })).statusCode).toBe(403);
  });

  it('revokes a token at once; another user\'s token id is 404', async () => {
    const { id, token } = await create(officer, { name: 'to revoke' });
    const manager = await signInAs(testApp, 'manager');
    expect((await asSession(manager, 'DELETE', `/api/tokens/${id}`)).statusCode).toBe(404);
    expect((await asToken(token, 'GET', '/api/session')).statusCode).toBe(200);
    expect((await asSession(officer, 'DELETE', `/api/tokens/${id}`)).statusCode).toBe(204);
    expect((await asToken(token, 'GET', '/api/session')).statusCode).toBe(401);
  });

  it('refuses an expired token', async () => {
    const user = await findUserByEmail(testApp.database.store.db, testApp.emails.officer);
    if (user === undefined) throw new Error('no officer');
    const old = await createApiToken(testApp.database.store.db, user.id, { name: 'old', expiresInDays: 1 }, Date.now() - 2 * 24 * 3600_000);
    expect((await asToken(old.token, 'GET', '/api/session')).statusCode).toBe(401);
  });

  it('keeps a token working after its owner signs out of a browser session (tokens are credentials of their own)', async () => {
    const client = await signInAs(testApp, 'viewer');
    const { token } = await create(client, { name: 'survives sign-out' });
    expect((await asSession(client, 'POST', '/api/auth/sign-out')).statusCode).toBe(204);
    expect((await asToken(token, 'GET', '/api/session')).statusCode).toBe(200);
  });
});
