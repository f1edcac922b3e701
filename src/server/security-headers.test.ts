// Issue 12, defect 7: every response carries the security headers; HSTS only over https.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';

describe('security headers', () => {
  let testApp: TestApp | undefined;
  afterEach(async () => { await testApp?.dispose(); testApp = undefined; });

  it('sends a strict CSP, frame, sniffing and referrer headers on API answers, errors and 404s', async () => {
    testApp = await createTestApp('sqlite');
    for (const url of ['/api/health', '/api/session', '/api/nowhere', '/api/docs']) {
      const response = await testApp.app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers).toMatchObject({ 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('adds HSTS only when served over https', async () => {
    testApp = await createTestApp('sqlite', { secureCookies: true });
    const response = await testApp.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['strict-transport-security']).toBe('max-age=15552000');
    expect(String(response.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
  });
});
