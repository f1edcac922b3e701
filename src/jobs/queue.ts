// One queue interface, two engines: a durable jobs table worked in-process (default) and
// BullMQ on Redis. Handlers are the same for both; payloads carry ids, never whole rows.

export type JobPayload = Record<string, string | number | boolean | null>;

export interface JobContext {
  jobId: string;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
}

export type JobHandler = (payload: JobPayload, context: JobContext) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface EnqueueOptions {
  delayMs?: number;
  maxAttempts?: number;
}

/** Throw from a handler to retry after a precise delay (a network's retry-after), not the backoff. */
export class RetryLaterError extends Error {
  constructor(readonly delayMs: number, message = `retry in ${delayMs} ms`) {
    super(message);
    this.name = 'RetryLaterError';
  }
}

/** Throw from a handler when retrying cannot help; the job fails at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

export interface WorkerOptions {
  concurrency?: number;
  /** How long a claimed job stays reserved without a heartbeat before another worker may take it. */
  leaseMs?: number;
}

export interface RunningWorker {
  /** Stops taking jobs and waits for the jobs in flight to finish. */
  stop(): Promise<void>;
}

export interface QueueStats {
  queued: number;
  running: number;
  failed: number;
}

export interface JobQueue {
  readonly engine: 'database' | 'bullmq';
  enqueue(name: string, payload: JobPayload, options?: EnqueueOptions): Promise<string>;
  startWorker(handlers: JobHandlers, options?: WorkerOptions): RunningWorker;
  stats(): Promise<QueueStats>;
  isHealthy(): Promise<boolean>;
  close(): Promise<void>;
}

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

/** Exponential backoff with full jitter kept in the upper half, so retries spread but still wait. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export function delayAfterFailure(error: unknown, attempt: number, policy: BackoffPolicy): number {
  return error instanceof RetryLaterError ? error.delayMs : backoffDelay(attempt, policy);
}

export const defaultMaxAttempts = 5;
