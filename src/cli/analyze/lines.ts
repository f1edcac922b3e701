// One batch of `sapa analyze --jsonl` input lines in, their output lines out, in order. Shared
// by the worker threads and the in-thread path, so both write exactly the same bytes.
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
  /** The output lines, each ending in a newline. */
  out: string;
  invalid: number;
}

export function analyzeLines(lines: readonly string[]): AnalysedLines {
  let out = '';
  let invalid = 0;
  for (const line of lines) {
    try {
      const { text, id } = parseLine(line);
      out += JSON.stringify(id === undefined ? analyze(text) : { id, ...analyze(text) }) + '\n';
    } catch (error) {
      invalid += 1;
      out += JSON.stringify({ error: (error as Error).message }) + '\n';
    }
  }
  return { out, invalid };
}
