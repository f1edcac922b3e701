// One worker process of `sapa bench scheduler --workers N` (forked by scheduler.ts): it opens the
// same database and Redis as the parent, runs the worker role, and when asked reports the
// idempotency keys its simulated network received, so the parent can count a post sent by two
// processes as a duplicate.
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { openRuntime } from '../runtime.js';
import { startServices } from '../services.js';
import type { DatabaseTarget } from '../store/database.js';
import { findWorkspaceChannel } from '../store/repositories/channels.js';

export interface SchedulerWorkerPlan {
  dataDir: string;
  database: DatabaseTarget;
  redisUrl: string | null;
  redisPrefix: string;
  maxLogEntries: number;
}

export type SchedulerWorkerRequest = { kind: 'report'; workspaceId: string; channelId: string } | { kind: 'stop' };
export type SchedulerWorkerMessage = { kind: 'ready' } | { kind: 'report'; keys: string[] };

function send(message: SchedulerWorkerMessage): void {
  process.send?.(message);
}

async function main(plan: SchedulerWorkerPlan): Promise<void> {
  const config = { ...loadConfig({ SAPA_DATA_DIR: plan.dataDir, SAPA_DEMO: 'false', SAPA_REDIS_PREFIX: plan.redisPrefix, SAPA_LOG_LEVEL: 'warn', ...(plan.redisUrl === null ? {} : { SAPA_REDIS_URL: plan.redisUrl }) }), database: plan.database };
  const runtime = await openRuntime(config, {
    logger: pino({ level: 'silent' }),
    connectors: { seed: 'bench', simulator: { latencyMs: 0, rateLimitProbability: 0, rejectDuplicateText: false, maxLogEntries: plan.maxLogEntries } },
  });
  const services = await startServices(runtime, ['worker']);
  process.on('message', (request: SchedulerWorkerRequest) => {
    void (async () => {
      if (request.kind === 'stop') {
        await services.stop();
        await runtime.close();
        process.exit(0);
      }
      const channel = await findWorkspaceChannel(runtime.store.db, request.workspaceId, request.channelId);
      const keys = channel === undefined ? [] : runtime.connectors.worldFor(channel).connector.delivered().map((entry) => entry.idempotencyKey);
      send({ kind: 'report', keys });
    })();
  });
  send({ kind: 'ready' });
}

process.once('message', (plan: SchedulerWorkerPlan) => {
  main(plan).catch((error: unknown) => {
    process.stderr.write(`scheduler bench worker: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
});
