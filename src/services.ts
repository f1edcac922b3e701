// Starts the roles this process runs — api, worker, scheduler — on one runtime, and stops
// them in the right order on shutdown: stop taking work, let work in flight finish, close.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { ServiceRole } from './config.js';
import { buildJobHandlers } from './jobs/handlers.js';
import { withJobMetrics } from './metrics/job-metrics.js';
import type { RunningWorker } from './jobs/queue.js';
import type { Runtime } from './runtime.js';
import { buildApp } from './server/app.js';
import { appConfigFrom } from './server/context.js';
import { startScheduler, type RunningScheduler } from './scheduler.js';
import { startDemoFeeds } from './demo/feed.js';
import { startChannelPollers, type RunningChannelPoller } from './domain/channel-poller.js';
import { startInboundProcessing, type RunningInboundProcessing } from './domain/inbound-processing.js';
import { startListening } from './domain/listening/search-runner.js';

export const webRoot = fileURLToPath(new URL('../web/dist', import.meta.url));

export interface RunningServices {
  app: FastifyInstance | null;
  url: string | null;
  stop(): Promise<void>;
}

export async function startServices(runtime: Runtime, services: ServiceRole[]): Promise<RunningServices> {
  let app: FastifyInstance | null = null;
  let url: string | null = null;
  let worker: RunningWorker | null = null;
  let scheduler: RunningScheduler | null = null;
  let inbound: RunningInboundProcessing | null = null;
  let pollers: RunningChannelPoller | null = null;
  let listening: ReturnType<typeof startListening> | null = null;

  if (services.includes('api')) {
    app = await buildApp({
      context: { store: runtime.store, queue: runtime.queue, events: runtime.events, connectors: runtime.connectors, blobs: runtime.blobs, config: appConfigFrom(runtime.config) },
      logger: runtime.logger,
      webRoot,
    });
    await app.listen({ port: runtime.config.port, host: runtime.config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : runtime.config.port;
    url = `http://${runtime.config.host === '0.0.0.0' || runtime.config.host === '127.0.0.1' ? 'localhost' : runtime.config.host}:${port}`;
  }
  if (services.includes('worker')) {
    worker = runtime.queue.startWorker(withJobMetrics(buildJobHandlers(runtime)), { concurrency: 4, leaseMs: runtime.config.jobLeaseMs });
    // Follower events are processed and real channels polled by workers, whether or not the demo runs.
    inbound = startInboundProcessing(runtime);
    pollers = startChannelPollers(runtime);
    listening = startListening(runtime);
  }
  // The demo's follower feed runs wherever the scheduler runs; it only streams when the demo workspace exists.
  if (services.includes('scheduler')) scheduler = await startScheduler(runtime, [startDemoFeeds]);

  return {
    app,
    url,
    stop: async () => {
      await scheduler?.stop();
      await pollers?.stop();
      await listening?.stop();
      await app?.close();
      await worker?.stop();
      await inbound?.stop();
    },
  };
}
