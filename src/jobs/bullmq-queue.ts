// The Redis engine, for several worker processes. BullMQ's stalled-job check gives the
// same guarantee as the database lease: a job whose worker died is run again.
import { Queue, Worker, UnrecoverableError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { openRedis, pingWithin } from '../realtime/redis-connection.js';
import {
  type BackoffPolicy, backoffDelay, defaultBackoff, defaultMaxAttempts, type EnqueueOptions, type JobHandlers,
  type JobPayload, type JobQueue, PermanentJobError, type QueueStats, RetryLaterError, type RunningWorker, type WorkerOptions,
} from './queue.js';

export interface BullQueueOptions {
  redisUrl: string;
  /** Key prefix; tests use a fresh one per run so runs never collide. */
  prefix?: string;
  queueName?: string;
  backoff?: BackoffPolicy;
  onError?: (error: unknown, job: { id: string; name: string }) => void;
}

function connect(url: string, onError: BullQueueOptions['onError']): Redis {
  // BullMQ workers block on Redis; they need maxRetriesPerRequest: null.
  return openRedis(url, { maxRetriesPerRequest: null, onOutage: (error) => { if (error !== null) onError?.(error, { id: '-', name: 'redis' }); } });
}

export class BullQueue implements JobQueue {
  readonly engine = 'bullmq' as const;
  private readonly connection: Redis;
  private readonly queue: Queue;
  private readonly prefix: string;
  private readonly queueName: string;

  constructor(private readonly options: BullQueueOptions) {
    this.prefix = options.prefix ?? 'sapa';
    this.queueName = options.queueName ?? 'jobs';
    this.connection = connect(options.redisUrl, options.onError);
    this.queue = new Queue(this.queueName, { connection: this.connection, prefix: this.prefix });
  }

  async enqueue(name: string, payload: JobPayload, options: EnqueueOptions = {}): Promise<string> {
    const job = await this.queue.add(name, payload, {
      attempts: options.maxAttempts ?? defaultMaxAttempts,
      delay: options.delayMs ?? 0,
      backoff: { type: 'sapa' },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
    return job.id ?? '';
  }

  startWorker(handlers: JobHandlers, workerOptions: WorkerOptions = {}): RunningWorker {
    const policy = this.options.backoff ?? defaultBackoff;
    const leaseMs = workerOptions.leaseMs ?? 60_000;
    const workerConnection = connect(this.options.redisUrl, this.options.onError);
    const worker = new Worker(
      this.queueName,
      async (job: Job<JobPayload>) => {
        const handler = handlers[job.name];
        if (handler === undefined) throw new UnrecoverableError(`no handler for job "${job.name}"`);
        try {
          await handler(job.data, { jobId: job.id ?? '', // attemptsStarted counts runs a dead worker began, like the database engine's lease.
          attempt: Math.max(job.attemptsStarted, job.attemptsMade + 1), maxAttempts: job.opts.attempts ?? 1 });
        } catch (error) {
          this.options.onError?.(error, { id: job.id ?? '', name: job.name });
          if (error instanceof PermanentJobError) throw new UnrecoverableError(error.message);
          throw error;
        }
      },
      {
        connection: workerConnection,
        prefix: this.prefix,
        concurrency: workerOptions.concurrency ?? 2,
        lockDuration: leaseMs,
        stalledInterval: Math.max(250, Math.floor(leaseMs / 2)),
        maxStalledCount: 5,
        settings: {
          backoffStrategy: (attemptsMade: number, _type?: string, error?: Error) =>
            error instanceof RetryLaterError ? error.delayMs : backoffDelay(attemptsMade, policy),
        },
      },
    );
    worker.on('error', (error) => this.options.onError?.(error, { id: '-', name: 'worker' }));
    return {
      stop: async () => {
        await worker.close();
        workerConnection.disconnect();
      },
    };
  }

  async stats(): Promise<QueueStats> {
    const counts = await this.queue.getJobCounts('waiting', 'delayed', 'active', 'failed', 'prioritized');
    return {
      queued: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      running: counts.active ?? 0,
      failed: counts.failed ?? 0,
    };
  }

  async isHealthy(): Promise<boolean> {
    return pingWithin(this.connection);
  }

  /** Removes every key of this queue (tests use it on their own prefix). */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }

  async close(): Promise<void> {
    await this.queue.close();
    this.connection.disconnect();
  }
}
