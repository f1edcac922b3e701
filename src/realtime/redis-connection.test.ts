// Issue 12, defect 9: an unreachable Redis gives one outage report (not one per retry), a
// health ping that answers false instead of hanging, and a start-up check that names the cause.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkRedisReachable, openRedis, pingWithin, redisRetryDelayMs } from './redis-connection.js';

async function closedLoopbackPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address !== null ? address.port : 1;
}

describe('Redis connections', () => {
  it('backs off between reconnects, up to 10 s', () => {
    expect([0, 1, 2, 5, 6, 50].map(redisRetryDelayMs)).toEqual([200, 400, 800, 6400, 10_000, 10_000]);
  });

  it('reports an outage once while it keeps retrying, and the health ping answers false', async () => {
    const port = await closedLoopbackPort();
    const reports: Array<string | null> = [];
    const redis = openRedis(`redis://127.0.0.1:${port}`, { onOutage: (error) => reports.push(error === null ? null : error.message) });
    let attempts = 0;
    redis.on('reconnecting', () => { attempts += 1; });
    try {
      while (attempts < 3) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatch(/ECONNREFUSED/);
      expect(await pingWithin(redis, 200)).toBe(false);
    } finally {
      redis.disconnect();
    }
  });

  it('fails the start-up check with the cause', async () => {
    const port = await closedLoopbackPort();
    await expect(checkRedisReachable(`redis://127.0.0.1:${port}`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
