// A worker process that claims one job, says so on stdout and then hangs, so the job
// suite can SIGKILL it in the middle of the job, as a crash or an OOM kill would.
import { openStore } from '../../store/database.js';
import { BullQueue } from '../bullmq-queue.js';
import { DatabaseQueue } from '../database-queue.js';
import type { JobQueue } from '../queue.js';

interface ChildConfig {
  engine: 'database' | 'bullmq';
  target?: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };
  redisUrl?: string;
  prefix?: string;
  leaseMs: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as ChildConfig;
let queue: JobQueue;
if (config.engine === 'database' && config.target !== undefined) {
  const store = openStore(config.target);
  queue = new DatabaseQueue({ db: store.db, dialect: store.kind, pollIntervalMs: 50 });
} else {
  queue = new BullQueue({ redisUrl: config.redisUrl ?? '', prefix: config.prefix ?? 'sapa-test' });
}
queue.startWorker({
  work: (_payload, context) => {
    process.stdout.write(`claimed ${context.jobId}\n`);
    return new Promise<void>(() => undefined);
  },
}, { concurrency: 1, leaseMs: config.leaseMs });
