// The scheduler's retention sweep: every ten minutes (the first a minute after start), old
// message texts of workspaces with a retention period are erased in bounded batches.
import type { Runtime } from '../../runtime.js';
import { enforceRetention } from './retention.js';

export const retentionSweepMs = 10 * 60_000;

export function startRetentionSweeps(runtime: Pick<Runtime, 'store' | 'logger'>): { stop(): void } {
  let running = false;
  const sweep = (): void => {
    if (running) return;
    running = true;
    void enforceRetention(runtime.store.db)
      .then((erased) => { if (Object.keys(erased).length > 0) runtime.logger.info({ erased }, 'retention: old message texts erased'); })
      .catch((error: unknown) => runtime.logger.warn({ err: error }, 'retention sweep failed; it runs again later'))
      .finally(() => { running = false; });
  };
  const first = setTimeout(sweep, 60_000);
  const every = setInterval(sweep, retentionSweepMs);
  first.unref();
  every.unref();
  return { stop: () => { clearTimeout(first); clearInterval(every); } };
}
