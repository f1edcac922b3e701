// `sapa bench scheduler`: N posts due within the same minute, published by the worker role of a
// real runtime (database job queue on a throwaway SQLite data folder) to a simulated network with
// its latency and rate limits off. Lateness is when the network took each post minus when it was
// due; duplicates are sends the network counted twice for one post; missed are posts not
// published once the run settles. The posts are stored and their jobs queued the way
// schedulePost does after its checks (the guard and pacing would rightly hold 10,000 posts on one
// channel in one minute, and they are not what this measures).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { publishPostJob } from '../domain/publish-post.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { startServices } from '../services.js';
import { insertChannel } from '../store/repositories/channels.js';
import { countUnsettledVariants, insertPost, listVariantsOf, markScheduled, variantOutcomes } from '../store/repositories/posts.js';
import { insertWorkspace } from '../store/repositories/workspaces.js';
import type { ChannelRow } from '../store/schema.js';
import { inTransaction } from '../store/transaction.js';
import { percentile } from './temp-store.js';

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
  database: 'sqlite';
  queue: 'database';
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

export async function benchScheduler(count: number, onProgress: (done: number, total: number) => void = () => undefined, spreadMs = 60_000): Promise<SchedulerBenchResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sapa-bench-scheduler-'));
  const config = loadConfig({ SAPA_DATA_DIR: dir, SAPA_DEMO: 'false', SAPA_LOG_LEVEL: 'warn' });
  const runtime = await openRuntime(config, {
    logger: pino({ level: 'silent' }),
    connectors: { seed: 'bench', simulator: { latencyMs: 0, rateLimitProbability: 0, rejectDuplicateText: false, maxLogEntries: count * 2 + 100 } },
  });
  const services = await startServices(runtime, ['worker']);
  try {
    const workspace = await insertWorkspace(runtime.store.db, { name: 'Scheduler bench' });
    const channel = await insertChannel(runtime.store.db, { workspaceId: workspace.id, network: 'facebook', handle: 'glowria', displayName: 'Glowria', simulated: true });
    // Enough lead to store every post before the first is due (about 1.5 ms a post here).
    const leadMs = 5_000 + count * 2;
    const firstDueAt = Date.now() + leadMs;
    await storeScheduledPosts(runtime, workspace.id, channel, count, firstDueAt, spreadMs, onProgress);
    await settled(runtime, workspace.id, firstDueAt + spreadMs + 120_000);

    const outcomes = await variantOutcomes(runtime.store.db, workspace.id);
    const lateness = outcomes.filter((row) => row.state === 'sent' && row.sent_at !== null && row.scheduled_at !== null)
      .map((row) => Math.max(0, (row.sent_at ?? 0) - (row.scheduled_at ?? 0))).sort((a, b) => a - b);
    const sendsPerKey = new Map<string, number>();
    for (const entry of runtime.connectors.worldFor(channel).connector.delivered()) sendsPerKey.set(entry.idempotencyKey, (sendsPerKey.get(entry.idempotencyKey) ?? 0) + 1);
    const duplicates = [...sendsPerKey.values()].reduce((sum, sends) => sum + Math.max(0, sends - 1), 0);
    return {
      posts: count,
      latenessP50Ms: percentile(lateness, 50),
      latenessP95Ms: percentile(lateness, 95),
      latenessMaxMs: lateness.at(-1) ?? 0,
      duplicates,
      missed: outcomes.filter((row) => row.state !== 'sent').length,
      spreadMs, leadMs,
      database: 'sqlite', queue: 'database',
    };
  } finally {
    await services.stop();
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
