// The inbound processor: drains the queue when kicked (after each accepted event), one run at
// a time, and also every `pollMs` so events waiting out a retry, or left from before a
// restart, are not forgotten.
import { defaultBatchSize, processAllPending, type ProcessingFailure } from './inbound-queue.js';
import type { IngestDeps } from './ingest.js';

export interface InboundProcessor {
  /** Something was accepted: process it soon. */
  kick(): void;
  /** Resolves when no run is going on or due. */
  idle(): Promise<void>;
  /** No more polling; a run in progress finishes (await idle()). */
  stop(): void;
}

export interface InboundProcessorOptions {
  /** A run failed as a whole (e.g. the database is unreachable); the events stay queued. */
  onError: (error: unknown) => void;
  /** One event failed; it waits for a retry, or is set aside. */
  onFailure?: (failure: ProcessingFailure) => void;
  limit?: number;
  lingerMs?: number;
  pollMs?: number;
}

/**
 * A run starts after a short linger (or at once when a full batch is waiting), so events
 * arriving together share one transaction instead of paying a commit each; a kick during a
 * run starts another after it. Acceptance is never held up by processing.
 */
export function createInboundProcessor(deps: IngestDeps, options: InboundProcessorOptions): InboundProcessor {
  const limit = options.limit ?? defaultBatchSize;
  const lingerMs = options.lingerMs ?? 10;
  const report = <T>(handler: ((value: T) => void) | undefined, value: T): void => {
    // A failing logger must not turn into an unhandled rejection.
    try { handler?.(value); } catch { /* nothing sensible left to do */ }
  };
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let waiting = 0;
  const run = (): void => {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    waiting = 0;
    running = processAllPending(deps, limit, (failure) => report(options.onFailure, failure))
      .then(() => undefined, (error: unknown) => report(options.onError, error))
      .finally(() => {
        running = null;
        if (waiting > 0) schedule();
      });
  };
  const schedule = (): void => {
    if (running !== null) return;
    if (waiting >= limit) run();
    else timer ??= setTimeout(run, lingerMs);
  };
  const kick = (): void => {
    waiting += 1;
    schedule();
  };
  const poll = setInterval(kick, options.pollMs ?? 30_000);
  // Polling never keeps the process alive on its own.
  poll.unref();
  // Events left from before a restart.
  kick();
  return {
    kick,
    idle: async () => {
      while (running !== null || timer !== null) {
        if (timer !== null) run();
        await running;
      }
    },
    stop: () => clearInterval(poll),
  };
}
