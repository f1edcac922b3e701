// Response time of every request, by route pattern (never the raw URL, so ids do not multiply
// series) and status. Installed before the routes so every route gets the hook.
import type { FastifyInstance } from 'fastify';
import { sapaMetrics } from '../metrics/sapa-metrics.js';

export function installRequestMetrics(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    sapaMetrics.httpDuration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
}
