// A worker thread of `sapa analyze --jsonl`: analyses blocks of raw input lines and hands the
// encoded output back without a copy (the buffer is transferred).
import { parentPort, workerData } from 'node:worker_threads';
import { loadAnalysisModels } from '../../analysis/index.js';
import { analyzeBlock } from './lines.js';
import { claimBlock, type AnalyzeWorkerData } from './worker-data.js';

if (parentPort === null) throw new Error('the analyze worker must run as a worker thread');
const port = parentPort;
const { claims } = workerData as AnalyzeWorkerData;
loadAnalysisModels();
port.on('message', (batch: { seq: number; block: string }) => {
  // The main thread may have taken the block back (end of input): then it is not ours.
  if (!claimBlock(claims, batch.seq)) return;
  const result = analyzeBlock(batch.block);
  port.postMessage({ seq: batch.seq, ...result }, [result.out.buffer as ArrayBuffer]);
});
