// Every job the worker role runs, by name. Payloads carry ids; handlers reload what they need.
import { deliverReply } from '../domain/deliver-reply.js';
import { deliverReplyJob } from '../domain/send-reply.js';
import { publishPostJob, runPublishPostJob } from '../domain/publish-post.js';
import type { Runtime } from '../runtime.js';
import { deleteExpiredSessions } from '../store/repositories/sessions.js';
import { PermanentJobError, type JobHandlers } from './queue.js';

export const jobNames = {
  purgeExpiredSessions: 'sessions.purge',
  deliverReply: deliverReplyJob,
} as const;

export function buildJobHandlers(runtime: Runtime): JobHandlers {
  return {
    [jobNames.deliverReply]: async (payload, context) => {
      if (typeof payload.messageId !== 'string') throw new PermanentJobError('payload.messageId missing');
      await deliverReply(runtime, payload.messageId, context);
    },
    [publishPostJob]: (payload, context) => runPublishPostJob(runtime, payload, context),
    [jobNames.purgeExpiredSessions]: async () => {
      const removed = await deleteExpiredSessions(runtime.store.db);
      if (removed > 0) runtime.logger.info({ removed }, 'expired sessions purged');
    },
  };
}
