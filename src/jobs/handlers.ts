// Every job the worker role runs, by name. Payloads carry ids; handlers reload what they need.
import { deliverReply } from '../domain/deliver-reply.js';
import { deliverReplyJob } from '../domain/send-reply.js';
import { publishPostJob, runPublishPostJob } from '../domain/publish-post.js';
import { pullPostMetrics, pullPostMetricsJob } from '../domain/insights/post-metrics.js';
import type { Runtime } from '../runtime.js';
import { deleteExpiredSessions } from '../store/repositories/sessions.js';
import { PermanentJobError, type JobHandlers } from './queue.js';

export const jobNames = {
  purgeExpiredSessions: 'sessions.purge',
  deliverReply: deliverReplyJob,
  pullPostMetrics: pullPostMetricsJob,
} as const;

export function buildJobHandlers(runtime: Runtime): JobHandlers {
  return {
    [jobNames.deliverReply]: async (payload, context) => {
      if (typeof payload.messageId !== 'string') throw new PermanentJobError('payload.messageId missing');
      await deliverReply(runtime, payload.messageId, context);
    },
    [publishPostJob]: (payload, context) => runPublishPostJob(runtime, payload, context),
    [jobNames.pullPostMetrics]: async () => {
      const outcome = await pullPostMetrics(runtime);
      if (outcome.failed > 0) runtime.logger.warn(outcome, 'some post metrics could not be fetched');
    },
    [jobNames.purgeExpiredSessions]: async () => {
      const removed = await deleteExpiredSessions(runtime.store.db);
      if (removed > 0) runtime.logger.info({ removed }, 'expired sessions purged');
    },
  };
}
