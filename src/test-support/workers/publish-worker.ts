// A worker process for the kill-mid-publish test (src/domain/publish-sigkill.test.ts): the
// production job handlers on the test's database and job engine, with a short lease so the job
// a SIGKILL interrupts is taken up again quickly. Prints "ready" once it is claiming jobs.
import { pino } from 'pino';
import { loadConfig } from '../../config.js';
import { buildJobHandlers } from '../../jobs/handlers.js';
import { openRuntime } from '../../runtime.js';
import type { DatabaseTarget } from '../../store/database.js';

export interface PublishWorkerPlan {
  secretKey: string;
  database: DatabaseTarget;
  redisUrl: string | null;
  redisPrefix: string;
  leaseMs: number;
}

const plan = JSON.parse(process.argv[2] ?? '{}') as PublishWorkerPlan;
const config = {
  ...loadConfig({ SAPA_SECRET_KEY: plan.secretKey, SAPA_DATA_DIR: '/nonexistent-test-dir', SAPA_DEMO: 'false', SAPA_REDIS_PREFIX: plan.redisPrefix, ...(plan.redisUrl === null ? {} : { SAPA_REDIS_URL: plan.redisUrl }) }),
  database: plan.database,
};
const runtime = await openRuntime(config, { logger: pino({ level: 'silent' })});
runtime.queue.startWorker(buildJobHandlers(runtime), { concurrency: 1, leaseMs: plan.leaseMs });
process.stdout.write('ready\n');
