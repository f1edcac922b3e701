// Prometheus metrics at /metrics, outside /api (scrapers expect it there) and outside user
// sign-in: a scraper presents SAPA_METRICS_TOKEN as a Bearer token. Without that setting the
// route answers 404, as if it did not exist.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { exposedContentType, renderSapaMetrics } from '../../../metrics/sapa-metrics.js';
import { countInboundEvents } from '../../../store/repositories/inbound-queue.js';
import { publicAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { sendError } from '../../errors.js';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Compares digests, so the time taken says nothing about how much of the token was right. */
function presentsToken(header: string | undefined, token: string): boolean {
  if (header?.startsWith('Bearer ') !== true) return false;
  return timingSafeEqual(digest(header.slice('Bearer '.length).trim()), digest(token));
}

export const metricsRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.get('/metrics', {
    // Public to the session layer; the metrics token below is its own check.
    config: { access: publicAccess },
    schema: { hide: true },
  }, async (request, reply) => {
    const token = context.config.metricsToken ?? null;
    if (token === null) return sendError(reply, 404, 'No route GET /metrics.', 'route.not_found');
    if (!presentsToken(request.headers.authorization, token)) {
      return sendError(reply.header('www-authenticate', 'Bearer realm="sapa-metrics"'), 401, 'Send the metrics token (SAPA_METRICS_TOKEN) as Authorization: Bearer ….');
    }
    const [jobs, inbound] = await Promise.all([
      context.queue.stats().catch(() => null),
      countInboundEvents(context.store.db).catch(() => null),
    ]);
    return reply.type(exposedContentType).header('cache-control', 'no-store').send(await renderSapaMetrics({ jobs, inbound }));
  });
};
