import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signInAs, testPassword, type TestApp } from '../test-support/app.js';

describe('accounts and access', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp('sqlite');
  });
  afterAll(() => testApp.dispose());

  it('signs in with the right password and sets an HTTP-only session cookie', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'OWNER@test.local', password: testPassword } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'sapa_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(response.body).not.toContain('password');
  });

  it('refuses a wrong password with 401 and no cookie', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: testApp.emails.officer, password: 'wrong password' } });
    expect(response.statusCode).toBe(401);
    expect(response.cookies).toHaveLength(0);
  });

  it('rate-limits repeated sign-in attempts on one e-mail (the account locks after 5 failures)', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const response = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'nobody@test.local', password: 'guess' } });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('returns the session with workspaces and role', async () => {
    const client = await signInAs(testApp, 'officer');
    const response = await testApp.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: client.cookie } });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ workspaces: Array<{ id: string; role: string; timezone: string }>; csrfToken: string }>();
    expect(body.workspaces).toEqual([expect.objectContaining({ id: testApp.workspaceId, role: 'officer', timezone: 'Asia/Jakarta' })]);
    expect(body.csrfToken).toBe(client.csrfToken);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const client = await signInAs(testApp, 'viewer');
    const without = await testApp.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: client.cookie }, payload: { locale: 'en' } });
    expect(without.statusCode).toBe(403);
    const withToken = await testApp.app.inject({ method: 'PATCH', url: '/api/me', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, payload: { locale: 'en', colorScheme: 'dark' } });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.json<{ user: { locale: string; colorScheme: string } }>().user).toMatchObject({ locale: 'en', colorScheme: 'dark' });
  });

  it('answers invalid input with 400 naming the field, never 500', async () => {
    const client = await signInAs(testApp, 'viewer');
    const headers = { cookie: client.cookie, 'x-csrf-token': client.csrfToken };
    const badLocale = await testApp.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: { locale: 'fr' } });
    expect(badLocale.statusCode).toBe(400);
    expect(badLocale.json<{ message: string }>().message).toMatch(/locale/);
    const badJson = await testApp.app.inject({ method: 'PATCH', url: '/api/me', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"locale":' });
    expect(badJson.statusCode).toBe(400);
    const badQuery = await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/conversations?limit=100000`, headers });
    expect(badQuery.statusCode).toBe(400);
    expect(badQuery.json<{ message: string }>().message).toMatch(/limit/);
    expect(badQuery.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers an oversized body with 413 and an unknown id with 404', async () => {
    const client = await signInAs(testApp, 'viewer');
    const headers = { cookie: client.cookie, 'x-csrf-token': client.csrfToken };
    const huge = await testApp.app.inject({ method: 'PATCH', url: '/api/me', headers, payload: { name: 'x'.repeat(2 * 1024 * 1024) } });
    expect(huge.statusCode).toBe(413);
    const missing = await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/conversations/nope`, headers });
    expect(missing.statusCode).toBe(404);
    const otherWorkspace = await testApp.app.inject({ method: 'GET', url: '/api/workspaces/someone-else/channels', headers });
    expect(otherWorkspace.statusCode).toBe(404);
  });

  it('accepts an API token as a Bearer credential, without CSRF', async () => {
    const client = await signInAs(testApp, 'manager');
    const created = await testApp.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, payload: { name: 'script' } });
    expect(created.statusCode).toBe(201);
    const { token } = created.json<{ token: string }>();
    const response = await testApp.app.inject({ method: 'GET', url: `/api/workspaces/${testApp.workspaceId}/channels`, headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(200);
    const stored = await testApp.database.store.db.selectFrom('api_tokens').select('token_hash').execute();
    expect(stored.map((row) => row.token_hash)).not.toContain(token);
  });

  it('reports health with the database and queue state', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', database: { ok: true, kind: 'sqlite' }, queue: { ok: true, engine: 'database' }, inbound: { waiting: 0, setAside: 0 } });
  });

  it('serves the OpenAPI document with the routes in it', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toContain('/api/workspaces/{workspaceId}/conversations');
  });
});
