// Analysis beside the writer: a worker thread runs the text models for ingest batches, so on a
// multi-core machine the main thread keeps accepting and writing while a batch is analysed.
// The worker always runs the production analyser (understandMessage); `inThread` must be the
// same analyser: it answers when the worker fails, hangs or the pool is closed, so nothing
// ever waits on a dead worker.
import { Worker } from 'node:worker_threads';
import { analyseText, type AnalysedText, type MessageUnderstanding, type Understand } from './understanding.js';

export interface UnderstandPool {
  /** A plain function (no `this`), so it can be handed on as ingest's `understandMany`. */
  understandMany: (texts: readonly string[]) => Promise<AnalysedText[]>;
  close(): Promise<void>;
}

interface Pending {
  texts: readonly string[];
  worker: Worker;
  timeout: NodeJS.Timeout;
  resolve(results: AnalysedText[]): void;
  reject(error: unknown): void;
}

/** Far beyond any batch (1,000 texts take well under a second): only a hung worker hits it. */
const defaultTimeoutMs = 30_000;

/**
 * The built package runs the compiled worker. Under tsx or vitest the sources are TypeScript,
 * and Node 20 cannot start a worker from a .ts file even with a loader flag: a small
 * bootstrap registers tsx in the worker first, then imports the source.
 */
function startWorker(): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./understand-worker.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./understand-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}

export function createUnderstandPool(inThread: Understand, options: { timeoutMs?: number } = {}): UnderstandPool {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  let worker: Worker | null = null;
  let closed = false;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const analyseInThread = (request: Pick<Pending, 'texts' | 'resolve' | 'reject'>): void => {
    try {
      request.resolve(request.texts.map((text) => analyseText(inThread, text)));
    } catch (error) {
      request.reject(error);
    }
  };

  const settle = (id: number): Pending | undefined => {
    const request = pending.get(id);
    if (request === undefined) return undefined;
    pending.delete(id);
    clearTimeout(request.timeout);
    // The process need not stay alive for an idle worker.
    if (![...pending.values()].some((other) => other.worker === request.worker)) request.worker.unref();
    return request;
  };

  /** This worker is gone (error, exit, hang): its requests are answered in-thread. */
  const abandon = (failed: Worker): void => {
    if (worker === failed) worker = null;
    for (const [id, request] of pending) {
      if (request.worker !== failed) continue;
      settle(id);
      analyseInThread(request);
    }
    void failed.terminate();
  };

  const start = (): Worker => {
    const started = startWorker();
    // The worker answers with the stored JSON of each text, one per line (JSON has no raw
    // newlines): one string crosses threads far cheaper than an array of them. Parsing it
    // gives the understanding, with scores rounded as stored.
    started.on('message', (reply: { id: number; stored: string }) => {
      settle(reply.id)?.resolve(reply.stored.split('\n').map((stored) => ({ understanding: JSON.parse(stored) as MessageUnderstanding, stored })));
    });
    started.on('error', () => abandon(started));
    started.on('exit', () => abandon(started));
    started.unref();
    return started;
  };

  return {
    understandMany: (texts) => new Promise((resolve, reject) => {
      if (texts.length === 0) { resolve([]); return; }
      if (closed) { analyseInThread({ texts, resolve, reject }); return; }
      const target = worker ??= start();
      const id = nextId++;
      const timeout = setTimeout(() => abandon(target), timeoutMs);
      timeout.unref();
      pending.set(id, { texts, worker: target, timeout, resolve, reject });
      // Keep the process alive while a batch is being analysed.
      target.ref();
      target.postMessage({ id, texts });
    }),
    close: async () => {
      closed = true;
      const running = worker;
      worker = null;
      if (running !== null) {
        abandon(running);
        await running.terminate();
      }
    },
  };
}
