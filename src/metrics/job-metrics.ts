// Counts every job run by outcome, for both queue engines alike, by wrapping the handlers.
import { PermanentJobError, type JobHandlers } from '../jobs/queue.js';
import { sapaMetrics } from './sapa-metrics.js';

export function withJobMetrics(handlers: JobHandlers): JobHandlers {
  const wrapped: JobHandlers = {};
  for (const [job, handler] of Object.entries(handlers)) {
    wrapped[job] = async (payload, context) => {
      try {
        await handler(payload, context);
        sapaMetrics.jobRuns.inc({ job, outcome: 'done' });
      } catch (error) {
        const final = error instanceof PermanentJobError || context.attempt >= context.maxAttempts;
        sapaMetrics.jobRuns.inc({ job, outcome: final ? 'failed' : 'retry' });
        throw error;
      }
    };
  }
  return wrapped;
}
