// The embedded engine: jobs live in the `jobs` table of the same database, so an enqueue
// inside a transaction commits or rolls back with the data it refers to. Workers claim a
// job with one atomic UPDATE … RETURNING and hold a lease they renew while the job runs;
// a worker that dies simply lets its lease expire and another worker runs the job again.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, JobRow } from '../store/schema.js';
import { newId } from '../store/ids.js';
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
  await db.insertInto('jobs').values({
    id, name, payload: JSON.stringify(payload), state: 'queued', attempts: 0,
    max_attempts: options.maxAttempts ?? defaultMaxAttempts, run_at: now + (options.delayMs ?? 0),
    locked_by: null, locked_until: null, last_error: null, created_at: now, updated_at: now,
  }).execute();
  return id;
}

async function claimNextJob(db: Kysely<Database>, dialect: 'sqlite' | 'postgres', workerId: string, leaseMs: number): Promise<JobRow | null> {
  const now = Date.now();
  const lockClause = dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const result = await sql<JobRow>`
    update jobs set state = 'running', attempts = attempts + 1, locked_by = ${workerId},
      locked_until = ${now + leaseMs}, updated_at = ${now}
    where id = (
      select id from jobs
      where (state = 'queued' and run_at <= ${now}) or (state = 'running' and locked_until < ${now})
      order by run_at, id limit 1 ${lockClause}
    )
    returning *`.execute(db);
  return result.rows[0] ?? null;
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
        await db.updateTable('jobs').set({ state: 'done', locked_by: null, locked_until: null, updated_at: now })
          .where('id', '=', job.id).where('locked_by', '=', workerId).execute();
        return;
      }
      this.options.onError?.(error, job);
      const message = error instanceof Error ? error.message : JSON.stringify(error);
      const exhausted = error instanceof PermanentJobError || job.attempts >= job.max_attempts;
      await db.updateTable('jobs').set({
        state: exhausted ? 'failed' : 'queued',
        run_at: exhausted ? job.run_at : now + delayAfterFailure(error, job.attempts, backoff),
        locked_by: null, locked_until: null, last_error: message.slice(0, 2_000), updated_at: now,
      }).where('id', '=', job.id).where('locked_by', '=', workerId).execute();
    };

    const run = async (job: JobRow): Promise<void> => {
      // Renew the lease while the handler runs, so only a dead worker loses its job.
      const heartbeat = setInterval(() => {
        void db.updateTable('jobs').set({ locked_until: Date.now() + leaseMs })
          .where('id', '=', job.id).where('locked_by', '=', workerId).execute().catch(() => undefined);
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
    const rows = await this.options.db.selectFrom('jobs').select(['state', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('state').execute();
    const count = (state: string): number => Number(rows.find((row) => row.state === state)?.count ?? 0);
    return { queued: count('queued'), running: count('running'), failed: count('failed') };
  }

  async isHealthy(): Promise<boolean> {
    try {
      await sql`select 1`.execute(this.options.db);
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
