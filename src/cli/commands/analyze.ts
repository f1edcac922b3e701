// `sapa analyze`: text understanding from the command line or a pipeline.
//   sapa analyze "text" [--json]        one message, readable (or JSON) result
//   sapa analyze --jsonl < in.jsonl     one {"text": …} per line in, one result per line out
// Results go to stdout only; progress and errors to stderr. Exit code 2 when some input
// line was unusable (its output line is {"error": …}, so lines stay aligned).
import type { Command } from 'commander';
// The analysis library is imported when an action runs, not with this module: `--jsonl`
// starts its worker threads first, so they load the library while this thread does.
import type { Analysis } from '../../analysis/index.js';
import { runJsonl } from '../analyze/jsonl.js';

interface AnalyzeCommandOptions {
  json?: boolean;
  jsonl?: boolean;
  threads?: string;
}

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
    .option('--threads <n>', 'with --jsonl: worker threads besides this one, which also analyses a share (default one fewer than the cores; 0 = this thread only)')
    .action(async (textArg: string | undefined, options: AnalyzeCommandOptions) => {
      try {
        if (options.jsonl === true) return await runJsonl(options.threads === undefined ? {} : { threads: Math.max(0, Math.min(16, Number.parseInt(options.threads, 10) || 0)) });
        const { analyze } = await import('../../analysis/index.js');
        const result = analyze(textArg ?? (await readStdin()));
        process.stdout.write(options.json === true ? JSON.stringify(result) + '\n' : formatAnalysis(result));
      } catch (error) {
        process.stderr.write(`sapa analyze: ${(error as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}
