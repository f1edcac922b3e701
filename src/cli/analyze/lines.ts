// One batch of `sapa analyze --jsonl` input in, its output lines out, in order. Shared by the
// worker threads and the main thread, so both write exactly the same bytes.
import { analyze } from '../../analysis/index.js';

/** Parses one input line into the text to analyse and an optional id to echo back. */
function parseLine(line: string): { text: string; id?: unknown } {
  // A blank line still gets its output line, so line n of the output answers line n of the input.
  if (line.trim() === '') throw new Error('empty line');
  const input = JSON.parse(line) as unknown;
  if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') throw new Error('each line must be a JSON object with a string "text"');
  const { text, id } = input as { text: string; id?: unknown };
  return id === undefined ? { text } : { text, id };
}

export interface AnalysedLines {
  /** The output lines, each ending in a newline, encoded as UTF-8 (transferable, no copy). */
  out: Uint8Array;
  lines: number;
  invalid: number;
}

const encoder = new TextEncoder();

/**
 * Analyses a block of input: whole lines joined by "\n" (no trailing newline), as cut from
 * stdin by the main thread. One string crosses to a worker far more cheaply than an array of
 * hundreds, and the encoded output goes back as a transferable buffer that stdout writes as is.
 */
export function analyzeBlock(block: string): AnalysedLines {
  const parts: string[] = [];
  let invalid = 0;
  let lines = 0;
  let start = 0;
  while (start <= block.length) {
    let end = block.indexOf('\n', start);
    if (end < 0) end = block.length;
    let line = block.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    start = end + 1;
    lines += 1;
    try {
      const { text, id } = parseLine(line);
      // `{ id, ...analysis }` written without building that object: the same bytes, one copy fewer.
      const analysis = JSON.stringify(analyze(text));
      parts.push(id === undefined ? analysis : `{"id":${JSON.stringify(id)},${analysis.slice(1)}`);
    } catch (error) {
      invalid += 1;
      parts.push(JSON.stringify({ error: (error as Error).message }));
    }
  }
  parts.push('');
  return { out: encoder.encode(parts.join('\n')), lines, invalid };
}
