// Health for people and for orchestrators: /api/health (the full picture, 503 when degraded),
// /api/health/live (the process answers; never touches the database, so a database outage
// does not get the process restarted) and /api/health/ready (the database and the queue answer:
// send traffic here).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { pingDatabase } from '../../../store/repositories/health.js';
import { countInboundEvents } from '../../../store/repositories/inbound-queue.js';
import { packageVersion } from '../../../version.js';
import { publicAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { HealthResponse, LivenessResponse, ReadinessResponse } from './schema.js';

export const healthRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const readiness = async () => {
    const [databaseOk, queueOk] = await Promise.all([pingDatabase(context.store.db), context.queue.isHealthy().catch(() => false)]);
    return { databaseOk, queueOk, ok: databaseOk && queueOk };
  };

  app.get('/api/health', {
    config: { access: publicAccess },
    schema: { tags: ['system'], summary: 'Liveness and the state of the database and the queue', response: { 200: HealthResponse, 503: HealthResponse } },
  }, async (_request, reply) => {
    const { databaseOk, queueOk, ok } = await readiness();
    const stats = queueOk ? await context.queue.stats().catch(() => null) : null;
    const inbound = databaseOk ? await countInboundEvents(context.store.db).catch(() => null) : null;
    return reply.code(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'degraded',
      version: packageVersion,
      database: { ok: databaseOk, kind: context.store.kind },
      queue: { ok: queueOk, engine: context.queue.engine, ...(stats === null ? {} : { queued: stats.queued, failed: stats.failed }) },
      ...(inbound === null ? {} : { inbound }),
    });
  });

  app.get('/api/health/live', {
    config: { access: publicAccess },
    schema: { tags: ['system'], summary: 'Liveness: the process answers (restart it if not)', response: { 200: LivenessResponse } },
  }, () => ({ status: 'ok' as const, version: packageVersion, uptimeSeconds: Math.round(process.uptime()) }));

  app.get('/api/health/ready', {
    config: { access: publicAccess },
    schema: { tags: ['system'], summary: 'Readiness: the database and the queue answer (send traffic here)', response: { 200: ReadinessResponse, 503: ReadinessResponse } },
  }, async (_request, reply) => {
    const { databaseOk, queueOk, ok } = await readiness();
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ready' : 'not_ready', database: databaseOk, queue: queueOk });
  });
};
