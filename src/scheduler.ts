// The scheduler role: time-driven work. It only enqueues jobs (the worker role runs them),
// except the demo follower stream, which stands in for the networks' webhooks.
import type { Runtime } from './runtime.js';
import { jobNames } from './jobs/handlers.js';
import { startDemoFeeds } from './demo/feed.js';

export interface RunningScheduler {
  stop(): Promise<void>;
}

const hourMs = 3_600_000;

export async function startScheduler(runtime: Runtime): Promise<RunningScheduler> {
  const purge = setInterval(() => {
    void runtime.queue.enqueue(jobNames.purgeExpiredSessions, {}).catch((error: unknown) => runtime.logger.warn({ err: error }, 'could not enqueue session purge'));
  }, hourMs);
  const demo = await startDemoFeeds(runtime);
  return {
    stop: async () => {
      clearInterval(purge);
      await demo.stop();
    },
  };
}
