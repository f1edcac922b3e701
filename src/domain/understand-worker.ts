// The analysis worker thread: runs the pure text-understanding library on batches of texts
// sent by understand-pool.ts, so ingest's writes on the main thread overlap with analysis.
import { parentPort } from 'node:worker_threads';
import { understandMessage } from './understand.js';
import { storedAnalysis } from './understanding.js';

interface UnderstandRequest {
  id: number;
  texts: string[];
}

if (parentPort === null) throw new Error('understand-worker must run as a worker thread');
const port = parentPort;
// Load the models now, not on the first batch.
understandMessage('');
port.on('message', (request: UnderstandRequest) => {
  port.postMessage({ id: request.id, stored: request.texts.map((text) => storedAnalysis(understandMessage(text))).join('\n') });
});
