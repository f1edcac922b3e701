// Analysis beside the writer: a worker thread runs the text models for ingest batches, so on a
// multi-core machine the main thread keeps accepting and writing while a batch is analysed.
// If the worker fails, the batch is analysed in-thread instead: nothing waits on a dead worker.
import { Worker } from 'node:worker_threads';
import { analyseText, type AnalysedText, type MessageUnderstanding, type Understand } from './understanding.js';

export interface UnderstandPool {
  /** A plain function (no `this`), so it can be handed on as ingest's `understandMany`. */
  understandMany: (texts: readonly string[]) => Promise<AnalysedText[]>;
  close(): Promise<void>;
}

interface Pending {
  texts: readonly string[];
  resolve(results: AnalysedText[]): void;
  reject(error: unknown): void;
}

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

export function createUnderstandPool(inThread: Understand): UnderstandPool {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending>();

  const fallBack = (): void => {
    worker = null;
    for (const [id, request] of pending) {
      pending.delete(id);
      try {
        request.resolve(request.texts.map((text) => analyseText(inThread, text)));
      } catch (error) {
        request.reject(error);
      }
    }
  };

  const start = (): Worker => {
    const started = startWorker();
    // The pool never keeps the process alive on its own.
    started.unref();
    // The worker answers with the stored JSON of each text, one per line (JSON has no raw
    // newlines): one string crosses threads far cheaper than an array of them. Parsing it
    // gives the understanding, with scores rounded as stored.
    started.on('message', (reply: { id: number; stored: string }) => {
      const request = pending.get(reply.id);
      pending.delete(reply.id);
      request?.resolve(reply.stored.split('\n').map((stored) => ({ understanding: JSON.parse(stored) as MessageUnderstanding, stored })));
    });
    started.on('error', fallBack);
    started.on('exit', () => { if (worker === started) fallBack(); });
    return started;
  };

  return {
    understandMany: (texts) => new Promise((resolve, reject) => {
      if (texts.length === 0) { resolve([]); return; }
      worker ??= start();
      const id = nextId++;
      pending.set(id, { texts, resolve, reject });
      worker.postMessage({ id, texts });
    }),
    close: async () => {
      const running = worker;
      worker = null;
      if (running !== null) await running.terminate();
      fallBack();
    },
  };
}
