// `sapa analyze --jsonl`: stdin is read in large chunks and cut into batches of lines; worker
// threads (one per core by default) analyse the batches while this thread only reads, hands
// out and writes the results back in input order. Profiling showed the one-line-at-a-time loop
// (readline, one write per line) and a single core as the limits, not the analysis itself.
import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { loadAnalysisModels } from '../../analysis/index.js';
import { analyzeLines, type AnalysedLines } from './lines.js';

const BATCH_LINES = 512;
/** Batches handed out and not yet written, per worker: enough to keep each busy, bounded memory. */
const IN_FLIGHT_PER_WORKER = 4;
const PROGRESS_EVERY = 10_000;

/** Under tsx the sources are TypeScript: a small bootstrap registers tsx in the worker first (as understand-pool.ts does). */
function startWorker(): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./worker.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}

export interface JsonlOptions {
  /** Worker threads; 0 analyses on this thread. Default: one per core, at most 4. */
  threads?: number;
}

export async function runJsonl(options: JsonlOptions = {}): Promise<void> {
  const threads = options.threads ?? Math.min(4, availableParallelism());
  const startedAt = performance.now();
  const workers = Array.from({ length: threads }, startWorker);
  if (threads === 0) loadAnalysisModels();
  const results = new Map<number, AnalysedLines>();
  const waiting = new Map<number, (result: AnalysedLines) => void>();
  let failure: Error | undefined;
  for (const worker of workers) {
    worker.on('message', (result: AnalysedLines & { seq: number }) => {
      const resolve = waiting.get(result.seq);
      if (resolve === undefined) results.set(result.seq, result);
      else {
        waiting.delete(result.seq);
        resolve(result);
      }
    });
    worker.on('error', (error) => {
      failure = error;
      for (const resolve of waiting.values()) resolve({ out: '', invalid: 0 });
    });
  }
  const resultOf = (seq: number): Promise<AnalysedLines> => {
    const ready = results.get(seq);
    if (ready !== undefined) {
      results.delete(seq);
      return Promise.resolve(ready);
    }
    return new Promise((resolve) => waiting.set(seq, resolve));
  };

  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of crashing.
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });

  let count = 0;
  let invalid = 0;
  let nextProgress = PROGRESS_EVERY;
  let sent = 0;
  let written = 0;
  const write = async (result: AnalysedLines, lines: number): Promise<void> => {
    if (failure !== undefined) throw failure;
    invalid += result.invalid;
    count += lines;
    if (!closed && !process.stdout.write(result.out)) await once(process.stdout, 'drain');
    if (count >= nextProgress) {
      progress(count, startedAt, false);
      nextProgress += PROGRESS_EVERY;
    }
  };
  const sizes = new Map<number, number>();
  const dispatch = async (lines: string[]): Promise<void> => {
    if (threads === 0) return write(analyzeLines(lines), lines.length);
    const seq = sent;
    sent += 1;
    sizes.set(seq, lines.length);
    workers[seq % threads]?.postMessage({ seq, lines });
    // Write finished batches in order, waiting only when too many are out.
    while (written < sent && (sent - written >= threads * IN_FLIGHT_PER_WORKER || results.has(written))) {
      await write(await resultOf(written), sizes.get(written) ?? 0);
      sizes.delete(written);
      written += 1;
    }
  };

  try {
    let rest = '';
    let batch: string[] = [];
    process.stdin.setEncoding('utf8');
    for await (const chunk of process.stdin as AsyncIterable<string>) {
      if (closed) break;
      const text = rest + chunk;
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        batch.push(line.endsWith('\r') ? line.slice(0, -1) : line);
        if (batch.length === BATCH_LINES) {
          await dispatch(batch);
          batch = [];
        }
      }
    }
    if (rest !== '') batch.push(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
    if (batch.length > 0 && !closed) await dispatch(batch);
    while (written < sent && !closed) {
      await write(await resultOf(written), sizes.get(written) ?? 0);
      written += 1;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (closed) return;
  progress(count, startedAt, true);
  if (invalid > 0) process.stderr.write(`sapa analyze: ${invalid} line(s) were not {"text": …} JSON\n`);
  process.exitCode = invalid > 0 ? 2 : 0;
}

function progress(count: number, startedAt: number, done: boolean): void {
  const seconds = (performance.now() - startedAt) / 1000;
  const rate = seconds > 0 ? Math.round(count / seconds) : 0;
  process.stderr.write(`sapa analyze: ${done ? 'done, ' : ''}${count.toLocaleString('en')} lines (${rate.toLocaleString('en')}/s)\n`);
}
