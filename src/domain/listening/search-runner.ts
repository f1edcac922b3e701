// Saved searches run in the worker role, like the channel pollers: a tick looks for due
// searches and runs each (leased, so several workers never run the same search at once).
import { randomUUID } from 'node:crypto';
import type { Runtime } from '../../runtime.js';
import { dueSavedSearches } from '../../store/repositories/listening.js';
import { runSavedSearch, type ListeningDeps } from './run-search.js';

export interface ListeningRunnerOptions {
  /** How often due searches are looked for. */
  tickMs?: number;
  /** Between two runs of one search. */
  intervalMs?: number;
  owner?: string;
}

export interface RunningListening {
  /** One pass over due searches now (tests, and the tick). */
  runDue(): Promise<void>;
  stop(): Promise<void>;
}

export function listeningDepsOf(runtime: Runtime): ListeningDeps {
  return { store: runtime.store, events: runtime.events, connectors: runtime.connectors, analyse: runtime.analysis.understandMany, logger: runtime.logger };
}

export function startListening(runtime: Runtime, options: ListeningRunnerOptions = {}): RunningListening {
  const owner = options.owner ?? `listening-${randomUUID()}`;
  const deps = listeningDepsOf(runtime);
  const inFlight = new Set<string>();
  let running: Promise<void> | null = null;

  const runDue = async (): Promise<void> => {
    const due = await dueSavedSearches(runtime.store.db, Date.now());
    // One at a time: searches are few, and this keeps a burst from hitting a network's search limit.
    for (const search of due) {
      if (inFlight.has(search.id)) continue;
      inFlight.add(search.id);
      try {
        await runSavedSearch(deps, search, owner, options.intervalMs === undefined ? {} : { intervalMs: options.intervalMs });
      } finally {
        inFlight.delete(search.id);
      }
    }
  };

  const tick = (): void => {
    if (running !== null) return;
    running = runDue()
      .catch((error: unknown) => runtime.logger.warn({ err: error }, 'listening could not look for due searches'))
      .finally(() => { running = null; });
  };
  const timer = setInterval(tick, options.tickMs ?? 5_000);
  timer.unref();
  return {
    runDue,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
