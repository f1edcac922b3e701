// What this process reports at /metrics, on prom-client. Counters and histograms count events in
// this process (sum them over processes in Prometheus); the gauges of queue depth and waiting
// inbound events are read from the database at each scrape, so every process reports the same
// shared figures. Node's own process metrics (memory, CPU, event-loop lag, GC) come from
// prom-client's default collectors.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { packageVersion } from '../version.js';

export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const responseSeconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** First responses take minutes to hours: 1 min … 1 day. */
const firstResponseSeconds = [60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400];

const registers = [metricsRegistry];

export const sapaMetrics = {
  buildInfo: new Gauge({ name: 'sapa_build_info', help: 'The running version (always 1).', labelNames: ['version'], registers }),
  jobs: new Gauge({ name: 'sapa_jobs', help: 'Jobs in the queue by state (queue depth: queued).', labelNames: ['state'], registers }),
  inboundEvents: new Gauge({ name: 'sapa_inbound_events', help: 'Accepted follower events not yet processed: waiting, or set aside after failing.', labelNames: ['state'], registers }),
  inboundAccepted: new Counter({ name: 'sapa_inbound_accepted_total', help: 'Follower events accepted into the inbound queue (webhooks and pollers).', registers }),
  inboundProcessed: new Counter({ name: 'sapa_inbound_processed_total', help: 'Inbound events processed, by outcome (stored is a new message).', labelNames: ['outcome'], registers }),
  inboundFailures: new Counter({ name: 'sapa_inbound_failures_total', help: 'Inbound events that failed processing; set_aside="true" when it was their last attempt.', labelNames: ['set_aside'], registers }),
  replies: new Counter({ name: 'sapa_replies_total', help: 'Replies leaving through the networks, by outcome (sent, failed, unknown, retry).', labelNames: ['outcome'], registers }),
  jobRuns: new Counter({ name: 'sapa_job_runs_total', help: 'Job runs by job name and outcome (done, retry, failed: no attempts left).', labelNames: ['job', 'outcome'], registers }),
  httpDuration: new Histogram({ name: 'sapa_http_request_duration_seconds', help: 'HTTP response time by method, route pattern and status.', labelNames: ['method', 'route', 'status'], buckets: responseSeconds, registers }),
  firstResponse: new Histogram({ name: 'sapa_first_response_seconds', help: 'Time from a follower\'s first waiting message to the brand\'s first reply being sent.', buckets: firstResponseSeconds, registers }),
};

sapaMetrics.buildInfo.set({ version: packageVersion }, 1);

export interface SharedFigures {
  jobs: { queued: number; running: number; failed: number } | null;
  inbound: { waiting: number; setAside: number } | null;
}

/** The content type of the scrape (the text format prom-client writes). */
export const exposedContentType = metricsRegistry.contentType;

/** The registry as text, with the shared figures of this scrape. */
export async function renderSapaMetrics(figures: SharedFigures): Promise<string> {
  if (figures.jobs !== null) for (const state of ['queued', 'running', 'failed'] as const) sapaMetrics.jobs.set({ state }, figures.jobs[state]);
  if (figures.inbound !== null) {
    sapaMetrics.inboundEvents.set({ state: 'waiting' }, figures.inbound.waiting);
    sapaMetrics.inboundEvents.set({ state: 'set_aside' }, figures.inbound.setAside);
  }
  return metricsRegistry.metrics();
}

/** One processing batch: its outcomes (stored, updated, duplicate, ignored) and failures. */
export function countProcessed(outcomes: ReadonlyArray<{ status: string }>, failures: ReadonlyArray<{ setAside: boolean }>): void {
  for (const outcome of outcomes) sapaMetrics.inboundProcessed.inc({ outcome: outcome.status });
  for (const failure of failures) sapaMetrics.inboundFailures.inc({ set_aside: String(failure.setAside) });
}

/** A reply the network confirmed; with the first-response time when it was the first answer. */
export function countReplySent(firstResponseMs: number | null): void {
  sapaMetrics.replies.inc({ outcome: 'sent' });
  if (firstResponseMs !== null) sapaMetrics.firstResponse.observe(firstResponseMs / 1000);
}
