import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { countInboundEvents } from '../../../store/repositories/inbound-queue.js';
import { packageVersion } from '../../../version.js';
import { publicAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { HealthResponse } from './schema.js';

export const healthRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  app.get('/api/health', {
    config: { access: publicAccess },
    schema: { tags: ['system'], summary: 'Liveness and the state of the database and the queue', response: { 200: HealthResponse, 503: HealthResponse } },
  }, async (_request, reply) => {
    const databaseOk = await sql`select 1`.execute(context.store.db).then(() => true, () => false);
    const queueOk = await context.queue.isHealthy();
    const stats = queueOk ? await context.queue.stats().catch(() => null) : null;
    const inbound = databaseOk ? await countInboundEvents(context.store.db).catch(() => null) : null;
    const ok = databaseOk && queueOk;
    return reply.code(ok ? 200 : 503).send({
      status: ok ? 'ok' : 'degraded',
      version: packageVersion,
      database: { ok: databaseOk, kind: context.store.kind },
      queue: { ok: queueOk, engine: context.queue.engine, ...(stats === null ? {} : { queued: stats.queued, failed: stats.failed }) },
      ...(inbound === null ? {} : { inbound }),
    });
  });
};
