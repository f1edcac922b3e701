// Sign-in behind a proxy and over https (issue 12, defects 5 and 6): cookies follow the
// configuration, the client address comes from X-Forwarded-For only when the proxy is trusted,
// and failed sign-ins are limited per address and per account. On SQLite and PostgreSQL: each test
// builds its own app (the limiter's memory is the app's), all on one database per engine.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appConfigFrom } from '../../context.js';
import { loadConfig } from '../../../config.js';
import { openTestApp, testPassword, type TestApp } from '../../../test-support/app.js';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../../../test-support/databases.js';

describe.each(databaseKinds)('sign-in cookies and proxies (%s)', (kind) => {
  let database: TestDatabase;
  let testApp: TestApp | undefined;
  beforeAll(async () => { database = await createTestDatabase(kind); });
  afterAll(() => database.dispose());
  afterEach(async () => { await testApp?.dispose(); testApp = undefined; });
  const appWith = (config: Parameters<typeof openTestApp>[1] = {}) => openTestApp(database, config);

  const signIn = (app: TestApp, password: string, forwardedFor?: string) => app.app.inject({
    method: 'POST', url: '/api/auth/sign-in', payload: { email: app.emails.officer, password },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  });

  it('derives Secure cookies from an https SAPA_PUBLIC_URL and the proxy from SAPA_TRUST_PROXY', () => {
    const secretKey = Buffer.alloc(32, 1).toString('base64');
    const https = appConfigFrom(loadConfig({ SAPA_SECRET_KEY: secretKey, SAPA_PUBLIC_URL: 'https://sapa.brand.id', SAPA_TRUST_PROXY: '10.0.0.1' }));
    expect(https).toMatchObject({ secureCookies: true, trustProxy: ['10.0.0.1'] });
    const plain = appConfigFrom(loadConfig({ SAPA_SECRET_KEY: secretKey, SAPA_PUBLIC_URL: 'http://localhost:3000' }));
    expect(plain).toMatchObject({ secureCookies: false, trustProxy: false });
  });

  it('sets and clears a Secure, HTTP-only session cookie when served over https', async () => {
    testApp = await appWith({ secureCookies: true });
    const response = await signIn(testApp, testPassword);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'sapa_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    const signOut = await testApp.app.inject({
      method: 'POST', url: '/api/auth/sign-out',
      headers: { cookie: `sapa_session=${cookie?.value ?? ''}`, 'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken },
    });
    expect(signOut.cookies.find((c) => c.name === 'sapa_session')).toMatchObject({ secure: true, value: '' });
  });

  // Twenty failed sign-ins (different e-mails, so no account lock) exhaust one address.
  const failTwentyTimes = async (app: TestApp, forwardedFor: (attempt: number) => string) => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const response = await app.app.inject({
        method: 'POST', url: '/api/auth/sign-in', payload: { email: `guess${attempt}@test.local`, password: 'wrong password' },
        headers: { 'x-forwarded-for': forwardedFor(attempt) },
      });
      expect(response.statusCode).toBe(401);
    }
  };

  it('limits by the forwarded client address behind a trusted proxy', async () => {
    testApp = await appWith({ trustProxy: ['127.0.0.1'] });
    await failTwentyTimes(testApp, () => '203.0.113.5');
    expect((await signIn(testApp, testPassword, '203.0.113.5')).statusCode).toBe(429);
    // Another client behind the same proxy is not limited by the first one's attempts.
    expect((await signIn(testApp, testPassword, '203.0.113.6')).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For from an untrusted peer', async () => {
    testApp = await appWith();
    await failTwentyTimes(testApp, (attempt) => `198.51.100.${attempt}`);
    expect((await signIn(testApp, testPassword, '198.51.100.99')).statusCode).toBe(429);
  });

  it('limits one address trying many e-mails (per-address limit)', async () => {
    testApp = await appWith();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      const response = await testApp.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: `guess${i}@test.local`, password: 'wrong password' } });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it('locks an account attacked from many addresses, but not for a browser that signed in to it before', async () => {
    testApp = await appWith({ trustProxy: true });
    const known = await signIn(testApp, testPassword, '192.0.2.1');
    const device = known.cookies.find((c) => c.name === 'sapa_device');
    expect(device).toMatchObject({ httpOnly: true, path: '/api/auth' });
    for (let i = 0; i < 5; i += 1) expect((await signIn(testApp, 'wrong password', `198.51.100.${i}`)).statusCode).toBe(401);
    const stranger = await signIn(testApp, testPassword, '192.0.2.7');
    expect(stranger.statusCode).toBe(429);
    expect(Number(stranger.headers['retry-after'])).toBeLessThanOrEqual(300);
    const ownBrowser = await testApp.app.inject({
      method: 'POST', url: '/api/auth/sign-in', payload: { email: testApp.emails.officer, password: testPassword },
      headers: { 'x-forwarded-for': '192.0.2.7', cookie: `sapa_device=${device?.value ?? ''}` },
    });
    expect(ownBrowser.statusCode).toBe(200);
  });
});
