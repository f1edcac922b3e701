// `sapa bench scheduler`: N posts due within the same minute, published by the worker role of a
// real runtime to a simulated network with its latency and rate limits off: by default the
// database job queue on a throwaway SQLite data folder in this process; with --postgres and
// --redis, a throwaway PostgreSQL schema and BullMQ, with --workers N worker processes (forked,
// scheduler-worker.ts). Lateness is when the network took each post minus when it was
// due; duplicates are sends the network counted twice for one post; missed are posts not
// published once the run settles. The posts are stored and their jobs queued the way
// schedulePost does after its checks (the guard and pacing would rightly hold 10,000 posts on one
// channel in one minute, and they are not what this measures).
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { publishPostJob } from '../domain/publish-post.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { startServices } from '../services.js';
import { insertChannel } from '../store/repositories/channels.js';
import { countUnsettledVariants, insertPost, listVariantsOf, markScheduled, variantOutcomes } from '../store/repositories/posts.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import type { DatabaseTarget } from '../store/database.js';
import type { ChannelRow } from '../store/schema.js';
import type { SchedulerWorkerMessage, SchedulerWorkerPlan, SchedulerWorkerRequest } from './scheduler-worker.js';
import { inTransaction } from '../store/transaction.js';
import { percentile } from './temp-store.js';

export interface SchedulerBenchOptions {
  posts: number;
  /** The window the posts are due in. */
  spreadMs?: number;
  /** A PostgreSQL server: the run gets a schema of its own there, dropped afterwards. */
  postgresUrl?: string;
  /** A Redis server: jobs run on BullMQ under a key prefix of the run's own. */
  redisUrl?: string;
  /** Worker processes; 1 runs the worker in this process. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SchedulerBenchResult {
  posts: number;
  latenessP50Ms: number;
  latenessP95Ms: number;
  latenessMaxMs: number;
  duplicates: number;
  missed: number;
  /** The minute the posts were spread over, and the lead time before the first one was due. */
  spreadMs: number;
  leadMs: number;
  database: 'sqlite' | 'postgres';
  queue: 'database' | 'bullmq';
  workers: number;
  /** Sends each worker process made (one entry when the worker ran in this process). */
  sendsPerWorker: number[];
}

const batchSize = 500;

async function storeScheduledPosts(runtime: Runtime, workspaceId: string, channel: ChannelRow, count: number, firstDueAt: number, spreadMs: number, onProgress: (done: number, total: number) => void): Promise<void> {
  const { db } = runtime.store;
  for (let start = 0; start < count; start += batchSize) {
    const now = Date.now();
    const due: Array<{ postId: string; at: number }> = [];
    await inTransaction(db, async (trx) => {
      for (let index = start; index < Math.min(count, start + batchSize); index += 1) {
        const at = firstDueAt + Math.floor((index * spreadMs) / count);
        const postId = await insertPost(trx, { workspaceId, text: `Promo jam ${index}: info lengkap di bio.`, paid: false, channelIds: [channel.id], userId: null }, now);
        await markScheduled(trx, postId, at, now);
        due.push({ postId, at });
      }
    });
    const variants = await listVariantsOf(db, due.map((item) => item.postId));
    const atOf = new Map(due.map((item) => [item.postId, item.at]));
    for (const variant of variants) {
      const at = atOf.get(variant.post_id) ?? firstDueAt;
      await runtime.queue.enqueue(publishPostJob, { variantId: variant.id, scheduledAt: at }, { delayMs: Math.max(0, at - Date.now()), maxAttempts: 6 });
    }
    onProgress(Math.min(count, start + batchSize), count);
  }
}

async function settled(runtime: Runtime, workspaceId: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if ((await countUnsettledVariants(runtime.store.db, workspaceId)) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The worker processes of a multi-process run, each answering on its IPC channel. */
class WorkerProcesses {
  private constructor(private readonly children: ChildProcess[]) {}

  static async start(count: number, plan: SchedulerWorkerPlan): Promise<WorkerProcesses> {
    const here = fileURLToPath(import.meta.url);
    const file = path.join(path.dirname(here), `scheduler-worker${path.extname(here)}`);
    const children = Array.from({ length: count }, () => fork(file, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] }));
    const workers = new WorkerProcesses(children);
    try {
      await Promise.all(children.map(async (child) => {
        const ready = workers.next(child);
        child.send(plan);
        await ready;
      }));
    } catch (error) {
      workers.kill();
      throw error;
    }
    return workers;
  }

  private next(child: ChildProcess): Promise<SchedulerWorkerMessage> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null): void => reject(new Error(`a bench worker process exited (${code ?? 'signal'})`));
      child.once('exit', onExit);
      child.once('message', (message: SchedulerWorkerMessage) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  }

  /** Per process, every idempotency key its simulated network received, one entry per send. */
  async deliveredKeys(workspaceId: string, channelId: string): Promise<string[][]> {
    const reports = await Promise.all(this.children.map(async (child) => {
      const reply = this.next(child);
      child.send({ kind: 'report', workspaceId, channelId } satisfies SchedulerWorkerRequest);
      const message = await reply;
      return message.kind === 'report' ? message.keys : [];
    }));
    return reports;
  }

  async stop(): Promise<void> {
    await Promise.all(this.children.map((child) => new Promise<void>((resolve) => {
      if (child.exitCode !== null) { resolve(); return; }
      child.once('exit', () => resolve());
      child.send({ kind: 'stop' } satisfies SchedulerWorkerRequest);
    })));
  }

  kill(): void {
    for (const child of this.children) if (child.pid !== undefined && child.exitCode === null) child.kill('SIGKILL');
  }
}

async function withPostgresSchema<T>(url: string, run: (target: DatabaseTarget) => Promise<T>): Promise<T> {
  const schema = `bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
    try {
      return await run({ kind: 'postgres', url, schema });
    } finally {
      await admin.query(`drop schema ${schema} cascade`);
    }
  } finally {
    await admin.end();
  }
}

function duplicateSends(keys: string[]): number {
  const sendsPerKey = new Map<string, number>();
  for (const key of keys) sendsPerKey.set(key, (sendsPerKey.get(key) ?? 0) + 1);
  return [...sendsPerKey.values()].reduce((sum, sends) => sum + Math.max(0, sends - 1), 0);
}

export async function benchScheduler(options: SchedulerBenchOptions): Promise<SchedulerBenchResult> {
  const { posts: count, spreadMs = 60_000, onProgress = () => undefined } = options;
  const workers = options.workers ?? 1;
  const dir = mkdtempSync(path.join(tmpdir(), 'sapa-bench-scheduler-'));
  const run = async (database: DatabaseTarget): Promise<SchedulerBenchResult> => {
    const redisUrl = options.redisUrl ?? null;
    const redisPrefix = `sapa-bench-${Date.now().toString(36)}`;
    const config = { ...loadConfig({ SAPA_DATA_DIR: dir, SAPA_DEMO: 'false', SAPA_REDIS_PREFIX: redisPrefix, SAPA_LOG_LEVEL: 'warn', ...(redisUrl === null ? {} : { SAPA_REDIS_URL: redisUrl }) }), database };
    const maxLogEntries = count * 2 + 100;
    const runtime = await openRuntime(config, {
      logger: pino({ level: 'silent' }),
      connectors: { seed: 'bench', simulator: { latencyMs: 0, rateLimitProbability: 0, rejectDuplicateText: false, maxLogEntries } },
    });
    const inProcess = workers === 1 ? await startServices(runtime, ['worker']) : null;
    let processes: WorkerProcesses | null = null;
    try {
      if (workers > 1) processes = await WorkerProcesses.start(workers, { dataDir: dir, database, redisUrl, redisPrefix, maxLogEntries });
      const workspace = await insertWorkspace(runtime.store.db, { name: 'Scheduler bench' });
      const channel = await insertChannel(runtime.store.db, { workspaceId: workspace.id, network: 'facebook', handle: 'glowria', displayName: 'Glowria', simulated: true });
      // Enough lead to store every post before the first is due (about 1.5 ms a post on SQLite).
      const leadMs = 5_000 + count * (database.kind === 'sqlite' ? 2 : 4);
      const firstDueAt = Date.now() + leadMs;
      await storeScheduledPosts(runtime, workspace.id, channel, count, firstDueAt, spreadMs, onProgress);
      await settled(runtime, workspace.id, firstDueAt + spreadMs + 120_000);

      const outcomes = await variantOutcomes(runtime.store.db, workspace.id);
      const lateness = outcomes.filter((row) => row.state === 'sent' && row.sent_at !== null && row.scheduled_at !== null)
        .map((row) => Math.max(0, (row.sent_at ?? 0) - (row.scheduled_at ?? 0))).sort((a, b) => a - b);
      const keysPerWorker = processes === null
        ? [runtime.connectors.worldFor(channel).connector.delivered().map((entry) => entry.idempotencyKey)]
        : await processes.deliveredKeys(workspace.id, channel.id);
      return {
        posts: count,
        latenessP50Ms: percentile(lateness, 50),
        latenessP95Ms: percentile(lateness, 95),
        latenessMaxMs: lateness.at(-1) ?? 0,
        duplicates: duplicateSends(keysPerWorker.flat()),
        missed: outcomes.filter((row) => row.state !== 'sent').length,
        spreadMs, leadMs,
        database: database.kind, queue: redisUrl === null ? 'database' : 'bullmq', workers,
        sendsPerWorker: keysPerWorker.map((keys) => keys.length),
      };
    } finally {
      if (processes !== null) await processes.stop().catch(() => processes?.kill());
      await inProcess?.stop();
      await runtime.close();
    }
  };
  try {
    return options.postgresUrl === undefined
      ? await run({ kind: 'sqlite', file: path.join(dir, 'sapa.sqlite') })
      : await withPostgresSchema(options.postgresUrl, run);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
