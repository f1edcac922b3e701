// The embedded engine: jobs live in the `jobs` table of the same database, so an enqueue
// inside a transaction commits or rolls back with the data it refers to. Workers claim a
// job with one atomic UPDATE … RETURNING and hold a lease they renew while the job runs;
// a worker that dies simply lets its lease expire and another worker runs the job again.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, JobRow } from '../store/schema.js';
import { newId } from '../store/ids.js';
import { pingDatabase } from '../store/repositories/health.js';
import { claimNextJob, countJobsByState, insertJobRow, markJobDone, releaseFailedJob, renewJobLease } from '../store/repositories/jobs.js';
import {
  type BackoffPolicy, defaultBackoff, defaultMaxAttempts, delayAfterFailure, type EnqueueOptions, type JobHandlers,
  type JobPayload, type JobQueue, PermanentJobError, type QueueStats, type RunningWorker, type WorkerOptions,
} from './queue.js';

export interface DatabaseQueueOptions {
  db: Kysely<Database>;
  dialect: 'sqlite' | 'postgres';
  pollIntervalMs?: number;
  backoff?: BackoffPolicy;
  onError?: (error: unknown, job: { id: string; name: string }) => void;
}

export async function insertJob(db: Kysely<Database>, name: string, payload: JobPayload, options: EnqueueOptions = {}, now = Date.now()): Promise<string> {
  const id = newId(now);
  await insertJobRow(db, { id, name, payload: JSON.stringify(payload), maxAttempts: options.maxAttempts ?? defaultMaxAttempts, runAt: now + (options.delayMs ?? 0) }, now);
  return id;
}

export class DatabaseQueue implements JobQueue {
  readonly engine = 'database' as const;
  private readonly wakeListeners = new Set<() => void>();

  constructor(private readonly options: DatabaseQueueOptions) {}

  async enqueue(name: string, payload: JobPayload, options: EnqueueOptions = {}): Promise<string> {
    const id = await insertJob(this.options.db, name, payload, options);
    for (const wake of this.wakeListeners) wake();
    return id;
  }

  startWorker(handlers: JobHandlers, workerOptions: WorkerOptions = {}): RunningWorker {
    const { db, dialect } = this.options;
    const pollIntervalMs = this.options.pollIntervalMs ?? 250;
    const leaseMs = workerOptions.leaseMs ?? 60_000;
    const concurrency = workerOptions.concurrency ?? 2;
    const backoff = this.options.backoff ?? defaultBackoff;
    const workerId = randomUUID();
    const inFlight = new Set<Promise<void>>();
    let stopped = false;
    let timer: NodeJS.Timeout | null = null;
    let polling = false;

    const finish = async (job: JobRow, error: unknown): Promise<void> => {
      const now = Date.now();
      if (error === null) {
        await markJobDone(db, job.id, workerId, now);
        return;
      }
      this.options.onError?.(error, job);
      const message = error instanceof Error ? error.message : JSON.stringify(error);
      const exhausted = error instanceof PermanentJobError || job.attempts >= job.max_attempts;
      await releaseFailedJob(db, job.id, workerId, {
        state: exhausted ? 'failed' : 'queued',
        runAt: exhausted ? job.run_at : now + delayAfterFailure(error, job.attempts, backoff),
        error: message.slice(0, 2_000),
      }, now);
    };

    const run = async (job: JobRow): Promise<void> => {
      // Renew the lease while the handler runs, so only a dead worker loses its job.
      const heartbeat = setInterval(() => {
        void renewJobLease(db, job.id, workerId, Date.now() + leaseMs).catch(() => undefined);
      }, Math.max(50, Math.floor(leaseMs / 3)));
      try {
        const handler = handlers[job.name];
        if (handler === undefined) throw new PermanentJobError(`no handler for job "${job.name}"`);
        await handler(JSON.parse(job.payload) as JobPayload, { jobId: job.id, attempt: job.attempts, maxAttempts: job.max_attempts });
        await finish(job, null);
      } catch (error) {
        await finish(job, error).catch(() => undefined);
      } finally {
        clearInterval(heartbeat);
      }
    };

    const poll = async (): Promise<void> => {
      if (polling || stopped) return;
      polling = true;
      try {
        while (!stopped && inFlight.size < concurrency) {
          const job = await claimNextJob(db, dialect, workerId, leaseMs);
          if (job === null) break;
          const running = run(job).finally(() => {
            inFlight.delete(running);
            schedule(0);
          });
          inFlight.add(running);
        }
      } catch (error) {
        this.options.onError?.(error, { id: '-', name: 'poll' });
      } finally {
        polling = false;
      }
    };

    const schedule = (delay: number): void => {
      if (stopped) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void poll().finally(() => schedule(pollIntervalMs));
      }, delay);
    };

    const wake = (): void => schedule(0);
    this.wakeListeners.add(wake);
    schedule(0);

    return {
      stop: async () => {
        stopped = true;
        this.wakeListeners.delete(wake);
        if (timer !== null) clearTimeout(timer);
        await Promise.allSettled([...inFlight]);
      },
    };
  }

  async stats(): Promise<QueueStats> {
    const counts = await countJobsByState(this.options.db);
    const count = (state: string): number => counts.get(state) ?? 0;
    return { queued: count('queued'), running: count('running'), failed: count('failed') };
  }

  isHealthy(): Promise<boolean> {
    return pingDatabase(this.options.db);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
