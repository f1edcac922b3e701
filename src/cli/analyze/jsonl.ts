// `sapa analyze --jsonl`: stdin is read in large chunks and cut at the last newline into blocks
// of whole lines. Blocks go to worker threads and to this thread, which analyses between
// reading and writing; results are written back in input order.
// Profiling (2026-12-05) showed where a two-core run lost its time besides the analysis: one
// more thread than cores (two workers plus a reading thread), a model load per worker, and the
// structured clone of hundreds of small strings each way. So: one worker fewer than cores with
// this thread taking a share, one string per block in, one transferred UTF-8 buffer out.
// A trace (2026-12-06) showed the fixed round-robin share losing time: a worker warms up
// (module load, models, JIT, first-seen words) for the first blocks while this thread waits
// for its turn, and on a shared box whichever thread the scheduler starves holds up the
// output. So blocks are handed out by demand: a worker is kept WORKER_QUEUE blocks deep, and
// this thread analyses a block itself only when every worker already has its queue full.
import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { loadAnalysisModels } from '../../analysis/index.js';
import { analyzeBlock, type AnalysedLines } from './lines.js';

/** Blocks queued on a worker: one to analyse and one waiting, so it never idles between messages. */
const WORKER_QUEUE = 2;
/** Blocks handed out and not yet written, per analysing thread: bounds memory while a slow block holds up the output. */
const IN_FLIGHT_PER_THREAD = 8;
const PROGRESS_EVERY = 10_000;

/** Under tsx the sources are TypeScript: a small bootstrap registers tsx in the worker first (as understand-pool.ts does). */
function startWorker(): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./worker.js', import.meta.url));
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`, { eval: true });
}

export interface JsonlOptions {
  /** Worker threads besides this one (which always analyses a share); 0 analyses on this thread only. Default: one fewer than the cores, at most 3. */
  threads?: number;
}

/** Splits a stream of text chunks into blocks of whole lines ("\n" between, none at the end). */
async function* blocksOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const cut = chunk.lastIndexOf('\n');
    if (cut < 0) {
      rest += chunk;
      continue;
    }
    yield rest + chunk.slice(0, cut);
    rest = chunk.slice(cut + 1);
  }
  if (rest !== '') yield rest;
}

/**
 * V8 runs a regular expression's first match in its bytecode interpreter and compiles it to
 * machine code only when it runs again. The rules hold hundreds of large alternations, so
 * every thread paid for both on its first few hundred messages (first 500 messages: 0.55 s
 * of CPU, 0.29 s without the interpreter step; about a sixth of a 50,000-line run on two
 * threads). A batch run executes every rule many times, so compiling at once is the cheaper
 * path. The flag is process-wide (workers started after this inherit it) and changes no
 * match, only how the same expression is executed; other commands keep V8's default.
 */
function compileRegExpsAtOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}

export async function runJsonl(options: JsonlOptions = {}): Promise<void> {
  compileRegExpsAtOnce();
  const threads = options.threads ?? Math.max(0, Math.min(3, availableParallelism() - 1));
  const startedAt = performance.now();
  const workers = Array.from({ length: threads }, () => ({ thread: startWorker(), queued: 0 }));
  loadAnalysisModels();
  const results = new Map<number, AnalysedLines>();
  const waiting = new Map<number, (result: AnalysedLines) => void>();
  let failure: Error | undefined;
  const deliver = (seq: number, result: AnalysedLines): void => {
    const resolve = waiting.get(seq);
    if (resolve === undefined) results.set(seq, result);
    else {
      waiting.delete(seq);
      resolve(result);
    }
  };
  for (const worker of workers) {
    worker.thread.on('message', (result: AnalysedLines & { seq: number }) => {
      worker.queued -= 1;
      deliver(result.seq, result);
    });
    worker.thread.on('error', (error) => {
      failure = error;
      for (const resolve of waiting.values()) resolve({ out: new Uint8Array(0), lines: 0, invalid: 0 });
    });
  }
  const resultOf = (seq: number): Promise<AnalysedLines> => {
    const ready = results.get(seq);
    if (ready !== undefined) {
      results.delete(seq);
      return Promise.resolve(ready);
    }
    // After a worker failed, its blocks never come back: do not wait for them (writeNext throws).
    if (failure !== undefined) return Promise.resolve({ out: new Uint8Array(0), lines: 0, invalid: 0 });
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
  const writeNext = async (): Promise<void> => {
    const result = await resultOf(written);
    written += 1;
    if (failure !== undefined) throw failure;
    invalid += result.invalid;
    count += result.lines;
    if (!closed && !process.stdout.write(result.out)) await once(process.stdout, 'drain');
    if (count >= nextProgress) {
      progress(count, startedAt, false);
      nextProgress += PROGRESS_EVERY;
    }
  };
  const slots = threads + 1;
  const dispatch = async (block: string): Promise<void> => {
    const seq = sent;
    sent += 1;
    let worker = workers[0];
    for (const other of workers) if (worker === undefined || other.queued < worker.queued) worker = other;
    if (worker !== undefined && worker.queued < WORKER_QUEUE) {
      worker.queued += 1;
      worker.thread.postMessage({ seq, block });
    } else deliver(seq, analyzeBlock(block)); // every worker is busy: this thread's share
    // Write finished blocks in order, waiting only when too many are out.
    while (written < sent && (sent - written >= slots * IN_FLIGHT_PER_THREAD || results.has(written))) await writeNext();
  };

  try {
    process.stdin.setEncoding('utf8');
    for await (const block of blocksOf(process.stdin as AsyncIterable<string>)) {
      if (closed) break;
      await dispatch(block);
    }
    while (written < sent && !closed) await writeNext();
  } finally {
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
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
