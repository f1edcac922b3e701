// The only I/O of the library: reading its own weights from models/analysis. This file
// sits two levels below the repository root both as source (src/analysis) and as built
// code (dist/analysis), which is what the relative URLs below rely on.
import { readFileSync } from 'node:fs';
import { buildResources, type LexiconFile, type Resources } from './resources.js';

const WEIGHTS_URL = new URL('../../models/analysis/weights.bin', import.meta.url);
const LEXICON_URL = new URL('../../models/analysis/lexicon.json', import.meta.url);

let loaded: Resources | undefined;

/** The loaded resources, loading them on first use (internal: the public call is below). */
export function loadedResources(): Resources {
  if (!loaded) {
    const weights = readFileSync(WEIGHTS_URL);
    const lexicon = JSON.parse(readFileSync(LEXICON_URL, 'utf8')) as LexiconFile;
    loaded = buildResources(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength), lexicon);
  }
  return loaded;
}

/**
 * Loads the weights synchronously (about 3 MB, a few tens of milliseconds). analyze()
 * does it on first use; call this at start-up to move that cost out of the first request.
 * Throws when the weights are missing or corrupt: that is an installation error.
 */
export function loadAnalysisModels(): void {
  loadedResources();
}
