import { describe, expect, it } from 'vitest';
import { PermanentJobError } from '../jobs/queue.js';
import { parseExposition, sampleValue } from '../test-support/prometheus-text.js';
import { withJobMetrics } from './job-metrics.js';
import { countReplySent, renderSapaMetrics } from './sapa-metrics.js';

const scrape = async () => parseExposition(await renderSapaMetrics({ jobs: null, inbound: null }));

describe('job and reply metrics', () => {
  it('counts job runs by outcome: done, retry while attempts remain, failed on the last or a permanent error', async () => {
    const handlers = withJobMetrics({
      ok: () => Promise.resolve(),
      flaky: () => Promise.reject(new Error('timeout')),
      broken: () => Promise.reject(new PermanentJobError('no such channel')),
    });
    await handlers.ok?.({}, { jobId: '1', attempt: 1, maxAttempts: 5 });
    await expect(handlers.flaky?.({}, { jobId: '2', attempt: 1, maxAttempts: 5 })).rejects.toThrow('timeout');
    await expect(handlers.flaky?.({}, { jobId: '2', attempt: 5, maxAttempts: 5 })).rejects.toThrow('timeout');
    await expect(handlers.broken?.({}, { jobId: '3', attempt: 1, maxAttempts: 5 })).rejects.toThrow();
    const parsed = await scrape();
    expect(sampleValue(parsed, 'sapa_job_runs_total', { job: 'ok', outcome: 'done' })).toBe(1);
    expect(sampleValue(parsed, 'sapa_job_runs_total', { job: 'flaky', outcome: 'retry' })).toBe(1);
    expect(sampleValue(parsed, 'sapa_job_runs_total', { job: 'flaky', outcome: 'failed' })).toBe(1);
    expect(sampleValue(parsed, 'sapa_job_runs_total', { job: 'broken', outcome: 'failed' })).toBe(1);
  });

  it('counts sent replies and observes first-response times in seconds', async () => {
    countReplySent(90_000);
    countReplySent(null);
    const parsed = await scrape();
    expect(sampleValue(parsed, 'sapa_replies_total', { outcome: 'sent' })).toBe(2);
    expect(sampleValue(parsed, 'sapa_first_response_seconds_count')).toBe(1);
    expect(sampleValue(parsed, 'sapa_first_response_seconds_bucket', { le: '60' })).toBe(0);
    expect(sampleValue(parsed, 'sapa_first_response_seconds_bucket', { le: '300' })).toBe(1);
    expect(sampleValue(parsed, 'sapa_first_response_seconds_sum')).toBe(90);
  });
});
