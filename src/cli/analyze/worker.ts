// A worker thread of `sapa analyze --jsonl`: analyses blocks of raw input lines and hands the
// encoded output back without a copy (the buffer is transferred).
import { parentPort } from 'node:worker_threads';
import { loadAnalysisModels } from '../../analysis/index.js';
import { analyzeBlock } from './lines.js';

if (parentPort === null) throw new Error('the analyze worker must run as a worker thread');
const port = parentPort;
loadAnalysisModels();
port.on('message', (batch: { seq: number; block: string }) => {
  const result = analyzeBlock(batch.block);
  port.postMessage({ seq: batch.seq, ...result }, [result.out.buffer as ArrayBuffer]);
});
