// A worker thread of `sapa analyze --jsonl`: analyses batches of raw input lines.
import { parentPort } from 'node:worker_threads';
import { loadAnalysisModels } from '../../analysis/index.js';
import { analyzeLines } from './lines.js';

if (parentPort === null) throw new Error('the analyze worker must run as a worker thread');
const port = parentPort;
loadAnalysisModels();
port.on('message', (batch: { seq: number; lines: string[] }) => {
  port.postMessage({ seq: batch.seq, ...analyzeLines(batch.lines) });
});
