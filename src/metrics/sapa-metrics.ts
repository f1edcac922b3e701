// What this process reports at /metrics. Counters and histograms count events in this process
// (sum them over processes in Prometheus); the gauges of queue depth and waiting inbound events
// are read from the database at each scrape, so every process reports the same shared figures.
import { packageVersion } from '../version.js';
import { MetricsRegistry } from './exposition.js';

export const metricsRegistry = new MetricsRegistry();

const responseSeconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** First responses take minutes to hours: 1 min … 1 day. */
const firstResponseSeconds = [60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400];

export const sapaMetrics = {
  buildInfo: metricsRegistry.gauge('sapa_build_info', 'The running version (always 1).', ['version']),
  processStart: metricsRegistry.gauge('process_start_time_seconds', 'Start of this process, in Unix seconds.'),
  residentMemory: metricsRegistry.gauge('process_resident_memory_bytes', 'Resident memory of this process.'),
  jobs: metricsRegistry.gauge('sapa_jobs', 'Jobs in the queue by state (queue depth: queued).', ['state']),
  inboundEvents: metricsRegistry.gauge('sapa_inbound_events', 'Accepted follower events not yet processed: waiting, or set aside after failing.', ['state']),
  inboundAccepted: metricsRegistry.counter('sapa_inbound_accepted_total', 'Follower events accepted into the inbound queue (webhooks and pollers).'),
  inboundProcessed: metricsRegistry.counter('sapa_inbound_processed_total', 'Inbound events processed, by outcome (stored is a new message).', ['outcome']),
  inboundFailures: metricsRegistry.counter('sapa_inbound_failures_total', 'Inbound events that failed processing; set_aside="true" when it was their last attempt.', ['set_aside']),
  replies: metricsRegistry.counter('sapa_replies_total', 'Replies leaving through the networks, by outcome (sent, failed, unknown, retry).', ['outcome']),
  jobRuns: metricsRegistry.counter('sapa_job_runs_total', 'Job runs by job name and outcome (done, retry, failed: no attempts left).', ['job', 'outcome']),
  httpDuration: metricsRegistry.histogram('sapa_http_request_duration_seconds', 'HTTP response time by method, route pattern and status.', ['method', 'route', 'status'], responseSeconds),
  firstResponse: metricsRegistry.histogram('sapa_first_response_seconds', 'Time from a follower\'s first waiting message to the brand\'s first reply being sent.', [], firstResponseSeconds),
};

sapaMetrics.buildInfo.set({ version: packageVersion }, 1);
sapaMetrics.processStart.set({}, Math.round(Date.now() / 1000 - process.uptime()));

export interface SharedFigures {
  jobs: { queued: number; running: number; failed: number } | null;
  inbound: { waiting: number; setAside: number } | null;
}

/** The registry as text, with the shared figures of this scrape. */
export function renderSapaMetrics(figures: SharedFigures): string {
  sapaMetrics.residentMemory.set({}, process.memoryUsage.rss());
  if (figures.jobs !== null) for (const state of ['queued', 'running', 'failed'] as const) sapaMetrics.jobs.set({ state }, figures.jobs[state]);
  if (figures.inbound !== null) {
    sapaMetrics.inboundEvents.set({ state: 'waiting' }, figures.inbound.waiting);
    sapaMetrics.inboundEvents.set({ state: 'set_aside' }, figures.inbound.setAside);
  }
  return metricsRegistry.render();
}

/** One processing batch: its outcomes (stored, updated, duplicate, ignored) and failures. */
export function countProcessed(outcomes: ReadonlyArray<{ status: string }>, failures: ReadonlyArray<{ setAside: boolean }>): void {
  for (const outcome of outcomes) sapaMetrics.inboundProcessed.inc({ outcome: outcome.status });
  for (const failure of failures) sapaMetrics.inboundFailures.inc({ set_aside: String(failure.setAside) });
}

/** A reply the network confirmed; with the first-response time when it was the first answer. */
export function countReplySent(firstResponseMs: number | null): void {
  sapaMetrics.replies.inc({ outcome: 'sent' });
  if (firstResponseMs !== null) sapaMetrics.firstResponse.observe({}, firstResponseMs / 1000);
}
