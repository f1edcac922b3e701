// `sapa analyze`: text understanding from the command line or a pipeline.
//   sapa analyze "text" [--json]        one message, readable (or JSON) result
//   sapa analyze --jsonl < in.jsonl     one {"text": …} per line in, one result per line out
// Results go to stdout only; progress and errors to stderr. Exit code 2 when some input
// line was unusable (its output line is {"error": …}, so lines stay aligned).
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { analyze, loadAnalysisModels, type Analysis } from '../../analysis/index.js';

interface AnalyzeCommandOptions {
  json?: boolean;
  jsonl?: boolean;
}

const PROGRESS_EVERY = 10_000;

const percent = (scores: Record<string, number>): string =>
  Object.entries(scores)
    .map(([label, p]) => `${label} ${(p * 100).toFixed(0)}%`)
    .join(' · ');

export function formatAnalysis(result: Analysis): string {
  const list = (items: readonly string[]): string => (items.length > 0 ? items.join(', ') : '—');
  const rows: Array<[string, string]> = [
    ['language', result.language],
    ['sentiment', `${result.sentiment.label}  (${percent(result.sentiment.scores)})`],
    ['emotion', `${result.emotion.label}  (${percent(result.emotion.scores)})`],
    ['intents', list(result.intents)],
    ['urgency', result.urgency],
    ['reasons', list(result.reasons)],
    ['keywords', list(result.keywords)],
    ['pii', list(result.pii.map((span) => `${span.type} "${span.text}" [${span.start}–${span.end}]`))],
  ];
  if (result.truncated) rows.push(['note', 'text truncated: only its start was analysed']);
  return rows.map(([name, value]) => `${name.padEnd(10)} ${value}`).join('\n') + '\n';
}

/** Writes a line, waiting when the reader is slower than us (no unbounded buffering). */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) await once(process.stdout, 'drain');
}

function progress(count: number, startedAt: number, done: boolean): void {
  const seconds = (performance.now() - startedAt) / 1000;
  const rate = seconds > 0 ? Math.round(count / seconds) : 0;
  process.stderr.write(`sapa analyze: ${done ? 'done, ' : ''}${count.toLocaleString('en')} lines (${rate.toLocaleString('en')}/s)\n`);
}

/** Parses one input line into the text to analyse and an optional id to echo back. */
function parseLine(line: string): { text: string; id?: unknown } {
  // A blank line still gets its output line, so line n of the output answers line n of the input.
  if (line.trim() === '') throw new Error('empty line');
  const input = JSON.parse(line) as unknown;
  if (typeof input !== 'object' || input === null || typeof (input as { text?: unknown }).text !== 'string') throw new Error('each line must be a JSON object with a string "text"');
  const { text, id } = input as { text: string; id?: unknown };
  return id === undefined ? { text } : { text, id };
}

async function runJsonl(): Promise<void> {
  loadAnalysisModels();
  const startedAt = performance.now();
  let count = 0;
  let invalid = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  // A reader that stops early (`| head`) closes the pipe: stop quietly instead of crashing.
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
    lines.close();
  });
  for await (const line of lines) {
    if (closed) break;
    let output: string;
    try {
      const { text, id } = parseLine(line);
      output = JSON.stringify(id === undefined ? analyze(text) : { id, ...analyze(text) });
    } catch (error) {
      invalid += 1;
      output = JSON.stringify({ error: (error as Error).message });
    }
    try {
      await writeLine(output);
    } catch (error) {
      if (closed) break;
      throw error;
    }
    count += 1;
    if (count % PROGRESS_EVERY === 0) progress(count, startedAt, false);
  }
  if (closed) return;
  progress(count, startedAt, true);
  if (invalid > 0) process.stderr.write(`sapa analyze: ${invalid} line(s) were not {"text": …} JSON\n`);
  process.exitCode = invalid > 0 ? 2 : 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\n$/, '');
}

export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description('language, sentiment, emotion, intents, urgency, keywords and PII of a follower message')
    .argument('[text]', 'the message; read from standard input when omitted')
    .option('--json', 'print the result as JSON')
    .option('--jsonl', 'read {"text": …} lines from standard input, write one JSON result per line')
    .action(async (textArg: string | undefined, options: AnalyzeCommandOptions) => {
      try {
        if (options.jsonl === true) return await runJsonl();
        const result = analyze(textArg ?? (await readStdin()));
        process.stdout.write(options.json === true ? JSON.stringify(result) + '\n' : formatAnalysis(result));
      } catch (error) {
        process.stderr.write(`sapa analyze: ${(error as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}
