// The analyser ingest uses in production: the pure text-understanding library. Its models
// load once, on the first message, from models/analysis.
import { analyze } from '../analysis/index.js';
import type { Understand } from './understanding.js';

export const understandMessage: Understand = (text) => analyze(text);
