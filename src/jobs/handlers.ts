// Every job the worker role runs, by name. Payloads carry ids; handlers reload what they need.
import type { Runtime } from '../runtime.js';
import { deleteExpiredSessions } from '../store/repositories/sessions.js';
import type { JobHandlers } from './queue.js';

export const jobNames = {
  purgeExpiredSessions: 'sessions.purge',
} as const;

export function buildJobHandlers(runtime: Runtime): JobHandlers {
  return {
    [jobNames.purgeExpiredSessions]: async () => {
      const removed = await deleteExpiredSessions(runtime.store.db);
      if (removed > 0) runtime.logger.info({ removed }, 'expired sessions purged');
    },
  };
}
