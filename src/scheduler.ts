// The scheduler role: time-driven work. It only enqueues jobs (the worker role runs them),
// except the time-driven feeds it is given (the demo follower stream, which stands in for the
// networks' webhooks). The feeds are injected by the process that starts the roles
// (src/services.ts), so this production module does not depend on the demo.
import type { Runtime } from './runtime.js';
import { jobNames } from './jobs/handlers.js';
import { wakeSnoozed } from './domain/conversation-actions.js';
import { requeueOrphanedPosts, requeueOrphanedReplies } from './domain/reconcile.js';
import { monitorIntervalMs, monitorTargets } from './domain/target-monitor.js';
import { startInsightsTicker } from './domain/insights/ticker.js';
import { enqueuePostMetricsPull, pullPostMetricsEveryMs } from './domain/insights/post-metrics.js';
import { startRetentionSweeps } from './domain/privacy/retention-sweeps.js';

export interface RunningScheduler {
  stop(): Promise<void>;
}

/** A time-driven source the scheduler starts with its timers and stops before them. */
export type ScheduledFeed = (runtime: Runtime) => Promise<{ stop(): Promise<void> }>;

const hourMs = 3_600_000;
/** Re-ranking and target warnings; half a minute keeps timers honest without load. */
const inboxTickMs = monitorIntervalMs;

export async function startScheduler(runtime: Runtime, feeds: readonly ScheduledFeed[] = []): Promise<RunningScheduler> {
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
  const started: Array<{ stop(): Promise<void> }> = [];
  for (const feed of feeds) started.push(await feed(runtime));
  return {
    stop: async () => {
      clearInterval(purge);
      clearInterval(reconcile);
      clearInterval(inboxTick);
      clearInterval(metrics);
      insights.stop();
      retention.stop();
      for (const feed of started) await feed.stop();
    },
  };
}
