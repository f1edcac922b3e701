// Liveness and readiness on both databases: live never depends on the database, ready and the
// full /api/health answer 503 when the queue or database does not.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import { databaseKinds } from '../../../test-support/databases.js';

describe.each(databaseKinds)('health (%s)', (kind) => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp(kind);
  });
  afterAll(() => testApp.dispose());

  const get = (url: string) => testApp.app.inject({ method: 'GET', url });

  it('answers live, ready and the full picture without sign-in', async () => {
    const live = await get('/api/health/live');
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ status: 'ok', uptimeSeconds: expect.any(Number) as number });
    const ready = await get('/api/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: true, queue: true });
    const full = await get('/api/health');
    expect(full.statusCode).toBe(200);
    expect(full.json()).toMatchObject({ status: 'ok', database: { ok: true, kind }, queue: { ok: true }, inbound: { waiting: 0, setAside: 0 } });
  });

  it('is not ready (503) while the queue is down, yet still live', async () => {
    const spy = vi.spyOn(testApp.context.queue, 'isHealthy').mockResolvedValue(false);
    try {
      const ready = await get('/api/health/ready');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ status: 'not_ready', database: true, queue: false });
      expect((await get('/api/health')).statusCode).toBe(503);
      expect((await get('/api/health/live')).statusCode).toBe(200);
    } finally {
      spy.mockRestore();
    }
  });
});
