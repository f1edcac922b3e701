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
// A profile (2026-12-07, aspeed5) still found the worker idle ~10 % of a run: its queue was
// counted by its answers (late, see openOn), blocks were whole 64 KiB chunks, and at the end
// this thread waited for the worker's queue. Now the queue is read from shared claims, blocks
// are ~16 KiB, and at the end this thread takes back the blocks no worker has started.
import { availableParallelism } from 'node:os';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { AnalysedLines } from './lines.js';
import { claimBlock, createClaims, isClaimed, openClaim, type AnalyzeWorkerData } from './worker-data.js';

/** Blocks queued on a worker: one to analyse and more waiting, so it never idles between messages. */
const WORKER_QUEUE = 4;
/** Characters per block (~120 lines of tweets): small enough that no thread waits long for another. */
const BLOCK_CHARS = 16_384;
/** Blocks handed out and not yet written, per analysing thread: bounds memory while a slow block holds up the output. */
const IN_FLIGHT_PER_THREAD = 24;
const PROGRESS_EVERY = 10_000;

/** Under tsx the sources are TypeScript: a small bootstrap registers tsx in the worker first (as understand-pool.ts does). */
function startWorker(workerData: AnalyzeWorkerData): Worker {
  if (import.meta.url.endsWith('.js')) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`, { eval: true, workerData });
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
    yield* piecesOf(rest + chunk.slice(0, cut));
    rest = chunk.slice(cut + 1);
  }
  if (rest !== '') yield* piecesOf(rest);
}

/**
 * Cuts whole lines into blocks of about BLOCK_CHARS (each cut takes the "\n" it is made at,
 * so no line is added or lost). A stdin chunk (64 KiB, ~400 lines) was one block: this thread
 * then analysed a whole chunk while a worker emptied its queue, and at the end of the input
 * one thread idled while the other finished its last large block (a profile of a two-core run:
 * the worker idle ~0.45 s of ~4 s).
 */
function* piecesOf(lines: string): Generator<string> {
  let start = 0;
  for (;;) {
    const cut = lines.length - start > BLOCK_CHARS ? lines.indexOf('\n', start + BLOCK_CHARS) : -1;
    if (cut < 0) {
      yield start === 0 ? lines : lines.slice(start);
      return;
    }
    yield lines.slice(start, cut);
    start = cut + 1;
  }
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

/**
 * Each thread is its own V8 isolate and compiles the hot functions itself, on background
 * threads that take CPU from the two busy cores. Inlining less into the large functions
 * (analyze, decide, the tokenizer, the feature extractor) cuts that compile work by a
 * quarter to a third (background CPU per isolate over 25,000 texts: 330–420 ms → 230–260 ms)
 * while the compiled code runs about as fast (µs per message within the noise); a
 * 50,000-line run took ~6 % less CPU (medians of 8 alternating runs, load ~7). Process-wide,
 * like the flag above, and it changes no result, only how much V8 inlines.
 */
function inlineLess(): void {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
}

export async function runJsonl(options: JsonlOptions = {}): Promise<void> {
  compileRegExpsAtOnce();
  inlineLess();
  const threads = options.threads ?? Math.max(0, Math.min(3, availableParallelism() - 1));
  const startedAt = performance.now();
  const claims = createClaims();
  const workers = Array.from({ length: threads }, () => ({ thread: startWorker({ claims }), backlog: [] as Array<{ seq: number; block: string }> }));
  // A worker's open blocks, read from the shared claims and not from its answers: its 'message'
  // events wait for a turn of the event loop, which buffered stdin is read without, so counted
  // by answers a worker looked busy after it had finished, and this thread took half the
  // blocks while the worker idled. A worker starts blocks in order: the claimed ones lead.
  const openOn = (worker: (typeof workers)[number]): number => {
    const backlog = worker.backlog;
    while (backlog.length > 0 && isClaimed(claims, backlog[0]?.seq ?? 0)) backlog.shift();
    return backlog.length;
  };
  // The library is imported only now, after the workers were started (50–85 ms of imports
  // on this thread that the second core no longer waits through).
  const [{ analyzeBlock }, { loadAnalysisModels }] = await Promise.all([import('./lines.js'), import('../../analysis/index.js')]);
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
    worker.thread.on('message', (result: AnalysedLines & { seq: number }) => deliver(result.seq, result));
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
    let worker: (typeof workers)[number] | undefined;
    let fewest = WORKER_QUEUE;
    for (const other of workers) {
      const open = openOn(other);
      if (open < fewest) [worker, fewest] = [other, open];
    }
    if (worker !== undefined) {
      openClaim(claims, seq);
      worker.backlog.push({ seq, block });
      worker.thread.postMessage({ seq, block });
    } else deliver(seq, analyzeBlock(block)); // every worker is busy: this thread's share
    // Write finished blocks in order, waiting only when too many are out.
    while (written < sent && (sent - written >= slots * IN_FLIGHT_PER_THREAD || results.has(written))) await writeNext();
  };

  // At the end of the input, rather than wait while a worker works through its queue, this
  // thread takes back the blocks no worker has started, last first (the worker takes the first).
  const takeBackOpenBlocks = (): void => {
    for (;;) {
      let worker: (typeof workers)[number] | undefined;
      for (const other of workers) if (openOn(other) > 0 && (worker === undefined || other.backlog.length > worker.backlog.length)) worker = other;
      const job = worker?.backlog.pop();
      if (worker === undefined || job === undefined) return;
      if (claimBlock(claims, job.seq)) deliver(job.seq, analyzeBlock(job.block));
      else worker.backlog.length = 0; // the worker started it, and so every block before it
    }
  };

  try {
    process.stdin.setEncoding('utf8');
    for await (const block of blocksOf(process.stdin as AsyncIterable<string>)) {
      if (closed) break;
      await dispatch(block);
    }
    takeBackOpenBlocks();
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
