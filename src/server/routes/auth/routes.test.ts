// Sign-in behind a proxy and over https (issue 12, defect 5): cookies follow the configuration,
// and the client address comes from X-Forwarded-For only when the proxy is trusted.
import { afterEach, describe, expect, it } from 'vitest';
import { appConfigFrom } from '../../context.js';
import { loadConfig } from '../../../config.js';
import { createTestApp, testPassword, type TestApp } from '../../../test-support/app.js';

describe('sign-in cookies and proxies', () => {
  let testApp: TestApp | undefined;
  afterEach(async () => { await testApp?.dispose(); testApp = undefined; });

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
    testApp = await createTestApp('sqlite', { secureCookies: true });
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

  it('limits by the forwarded client address behind a trusted proxy', async () => {
    testApp = await createTestApp('sqlite', { trustProxy: ['127.0.0.1'] });
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await signIn(testApp, 'wrong password', '203.0.113.5')).statusCode).toBe(401);
    expect((await signIn(testApp, 'wrong password', '203.0.113.5')).statusCode).toBe(429);
    // Another client behind the same proxy is not limited by the first one's attempts.
    expect((await signIn(testApp, testPassword, '203.0.113.6')).statusCode).toBe(200);
  });

  it('ignores X-Forwarded-For from an untrusted peer', async () => {
    testApp = await createTestApp('sqlite');
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await signIn(testApp, 'wrong password', `198.51.100.${attempt}`)).statusCode).toBe(401);
    expect((await signIn(testApp, 'wrong password', '198.51.100.99')).statusCode).toBe(429);
  });
});
