// Walks every route the app registers and proves that each /api route, except the few
// that must be public, refuses an anonymous request with 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';

// Webhooks are public to the network, and authenticated by the signature over the body instead;
// the join page's two invite routes are public: the person has no account yet.
const publicRoutes = new Set([
  'GET /api/health', 'GET /api/health/live', 'GET /api/health/ready', 'POST /api/auth/sign-in', 'GET /api/openapi.json',
  'GET /api/webhooks/:channelId', 'POST /api/webhooks/:channelId', 'GET /api/invites/:code', 'POST /api/invites/:code/sign-up',
]);

function fillParams(url: string): string {
  return url.replace(/:[A-Za-z]+/g, 'x0').replace(/\*$/, 'x0');
}

describe('route table', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp('sqlite');
  });
  afterAll(() => testApp.dispose());

  it('has the expected public routes and a good number of protected ones', () => {
    const apiRoutes = testApp.app.routeTable.filter((route) => route.url.startsWith('/api') && route.method !== 'HEAD');
    const open = apiRoutes.filter((route) => route.access === 'public').map((route) => `${route.method} ${route.url}`);
    expect(new Set(open)).toEqual(publicRoutes);
    expect(apiRoutes.length).toBeGreaterThan(publicRoutes.size + 5);
  });

  it('rejects an anonymous request with 401 on every other /api route', async () => {
    const checked: string[] = [];
    for (const route of testApp.app.routeTable) {
      const key = `${route.method} ${route.url}`;
      if (!route.url.startsWith('/api') || publicRoutes.has(key) || route.method === 'HEAD' || route.method === 'OPTIONS') continue;
      const response = await testApp.app.inject({ method: route.method as 'GET', url: fillParams(route.url), payload: ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined });
      expect.soft(response.statusCode, key).toBe(401);
      expect(response.json<{ message: string }>().message).toBeTruthy();
      checked.push(key);
    }
    expect(checked.length).toBeGreaterThan(5);
  });
});
