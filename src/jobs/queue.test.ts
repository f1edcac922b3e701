// One suite, both engines: the database table (on SQLite and PostgreSQL) and BullMQ on Redis.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeArgumentsFor } from '../test-support/child-command.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../test-support/databases.js';
import { BullQueue } from './bullmq-queue.js';
import { DatabaseQueue } from './database-queue.js';
import { type JobQueue, PermanentJobError, RetryLaterError, type RunningWorker } from './queue.js';

interface EngineFixture {
  queue: JobQueue;
  childConfig: Record<string, unknown>;
  dispose(): Promise<void>;
}

const fastBackoff = { baseMs: 20, maxMs: 100 };

const engines: Array<[string, () => Promise<EngineFixture>]> = [
  ['database engine on SQLite', () => databaseFixture('sqlite')],
  ['database engine on PostgreSQL', () => databaseFixture('postgres')],
  ['BullMQ engine on Redis', bullFixture],
];

async function databaseFixture(kind: 'sqlite' | 'postgres'): Promise<EngineFixture> {
  const database: TestDatabase = await createTestDatabase(kind);
  const queue = new DatabaseQueue({ db: database.store.db, dialect: database.store.kind, pollIntervalMs: 20, backoff: fastBackoff });
  return { queue, childConfig: { engine: 'database', target: database.target }, dispose: () => database.dispose() };
}

async function bullFixture(): Promise<EngineFixture> {
  const prefix = `sapa-test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const queue = new BullQueue({ redisUrl: testRedisUrl, prefix, backoff: fastBackoff });
  return {
    queue,
    childConfig: { engine: 'bullmq', redisUrl: testRedisUrl, prefix },
    dispose: async () => { await queue.obliterate(); await queue.close(); },
  };
}

async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(engines)('job queue: %s', (_name, makeFixture) => {
  let fixture: EngineFixture;
  let workers: RunningWorker[];

  beforeEach(async () => {
    fixture = await makeFixture();
    workers = [];
  });
  afterEach(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await fixture.dispose();
  });

  it('runs an enqueued job with its payload once', async () => {
    const seen: unknown[] = [];
    workers.push(fixture.queue.startWorker({ greet: (payload) => { seen.push(payload); return Promise.resolve(); } }));
    await fixture.queue.enqueue('greet', { messageId: 'm1' });
    await eventually(() => (seen.length === 1 ? true : undefined));
    expect(seen).toEqual([{ messageId: 'm1' }]);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const attempts: number[] = [];
    workers.push(fixture.queue.startWorker({
      flaky: (_payload, context) => {
        attempts.push(context.attempt);
        return context.attempt < 3 ? Promise.reject(new Error('temporary')) : Promise.resolve();
      },
    }));
    await fixture.queue.enqueue('flaky', {}, { maxAttempts: 5 });
    await eventually(() => (attempts.length === 3 ? true : undefined));
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('gives up after maxAttempts and on a permanent error', async () => {
    const runs: string[] = [];
    workers.push(fixture.queue.startWorker({
      alwaysFails: () => { runs.push('fail'); return Promise.reject(new Error('still broken')); },
      permanent: () => { runs.push('permanent'); return Promise.reject(new PermanentJobError('bad input')); },
    }));
    await fixture.queue.enqueue('alwaysFails', {}, { maxAttempts: 2 });
    await fixture.queue.enqueue('permanent', {}, { maxAttempts: 5 });
    await eventually(async () => ((await fixture.queue.stats()).failed === 2 ? true : undefined));
    expect(runs.filter((run) => run === 'fail')).toHaveLength(2);
    expect(runs.filter((run) => run === 'permanent')).toHaveLength(1);
  });

  it('waits the retry-after a handler asks for', async () => {
    const times: number[] = [];
    workers.push(fixture.queue.startWorker({
      rateLimited: () => {
        times.push(Date.now());
        return times.length === 1 ? Promise.reject(new RetryLaterError(400)) : Promise.resolve();
      },
    }));
    await fixture.queue.enqueue('rateLimited', {});
    await eventually(() => (times.length === 2 ? true : undefined));
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(380);
  });

  it('runs a delayed job only after its delay', async () => {
    const ranAt: number[] = [];
    workers.push(fixture.queue.startWorker({ later: () => { ranAt.push(Date.now()); return Promise.resolve(); } }));
    const enqueuedAt = Date.now();
    await fixture.queue.enqueue('later', {}, { delayMs: 300 });
    await eventually(() => (ranAt.length === 1 ? true : undefined));
    expect((ranAt[0] ?? 0) - enqueuedAt).toBeGreaterThanOrEqual(290);
  });

  it('runs a job again when its worker is killed in the middle of it', async () => {
    const script = fileURLToPath(new URL('./test-support/hanging-worker.ts', import.meta.url));
    const child = spawn(process.execPath, [...nodeArgumentsFor(script), JSON.stringify({ ...fixture.childConfig, leaseMs: 1_000 })], { stdio: ['ignore', 'pipe', 'inherit'] });
    let childOutput = '';
    child.stdout.on('data', (chunk: Buffer) => { childOutput += chunk.toString(); });
    const jobId = await fixture.queue.enqueue('work', { conversationId: 'c1' });
    await eventually(() => (childOutput.includes(`claimed ${jobId}`) ? true : undefined), 20_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const completed: Array<{ payload: unknown; attempt: number }> = [];
    workers.push(fixture.queue.startWorker({
      work: (payload, context) => { completed.push({ payload, attempt: context.attempt }); return Promise.resolve(); },
    }, { leaseMs: 1_000 }));
    await eventually(() => (completed.length > 0 ? true : undefined), 20_000);
    expect(completed[0]?.payload).toEqual({ conversationId: 'c1' });
    expect(completed[0]?.attempt).toBeGreaterThanOrEqual(2);
  });
});
