// The scheduler role: time-driven work. It only enqueues jobs (the worker role runs them),
// except the demo follower stream, which stands in for the networks' webhooks.
import type { Runtime } from './runtime.js';
import { jobNames } from './jobs/handlers.js';
import { startDemoFeeds } from './demo/feed.js';
import { wakeSnoozed } from './domain/conversation-actions.js';
import { requeueOrphanedPosts, requeueOrphanedReplies } from './domain/reconcile.js';
import { monitorIntervalMs, monitorTargets } from './domain/target-monitor.js';
import { startInsightsTicker } from './domain/insights/ticker.js';
import { enqueuePostMetricsPull, pullPostMetricsEveryMs } from './domain/insights/post-metrics.js';
import { startRetentionSweeps } from './domain/privacy/retention-sweeps.js';

export interface RunningScheduler {
  stop(): Promise<void>;
}

const hourMs = 3_600_000;
/** Re-ranking and target warnings; half a minute keeps timers honest without load. */
const inboxTickMs = monitorIntervalMs;

export async function startScheduler(runtime: Runtime): Promise<RunningScheduler> {
  const purge = setInterval(() => {
    void runtime.queue.enqueue(jobNames.purgeExpiredSessions, {}).catch((error: unknown) => runtime.logger.warn({ err: error }, 'could not enqueue session purge'));
  }, hourMs);
  const reconcile = setInterval(() => {
    void Promise.all([requeueOrphanedReplies(runtime), requeueOrphanedPosts(runtime)])
      .catch((error: unknown) => runtime.logger.warn({ err: error }, 'could not re-enqueue orphaned replies or posts'));
  }, 5 * 60_000);
  // Published posts' metrics, on a schedule that slows as each post ages (the job decides which are due).
  const metrics = setInterval(() => {
    void enqueuePostMetricsPull(runtime).catch((error: unknown) => runtime.logger.warn({ err: error }, 'could not enqueue post metrics'));
  }, pullPostMetricsEveryMs);
  let ticking = false;
  const inboxTick = setInterval(() => {
    if (ticking) return;
    ticking = true;
    void Promise.all([monitorTargets(runtime), wakeSnoozed(runtime)])
      .catch((error: unknown) => runtime.logger.warn({ err: error }, 'inbox tick failed'))
      .finally(() => { ticking = false; });
  }, inboxTickMs);
  const insights = startInsightsTicker(runtime);
  const retention = startRetentionSweeps(runtime);
  const demo = await startDemoFeeds(runtime);
  return {
    stop: async () => {
      clearInterval(purge);
      clearInterval(reconcile);
      clearInterval(inboxTick);
      clearInterval(metrics);
      insights.stop();
      retention.stop();
      await demo.stop();
    },
  };
}
