// End-to-end speed of `sapa analyze --jsonl` (issue #11: ≥ 20,000 tweet-length lines/s, start-up,
// JSON parsing and output included, both cores allowed). Builds 50,000 lines from SmSA and EmoT
// train (texts of at most 280 characters, as tweets), then runs the built CLI on them several
// times, output to /dev/null, and prints lines/s per run with the load average before it: the
// box is shared, and a figure means little without the load it was measured under.
//   npm run build:server && npx tsx scripts/eval-jsonl-speed.ts [--runs 5] [--threads N] [--lines 50000]
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({ options: { runs: { type: 'string' }, threads: { type: 'string' }, lines: { type: 'string' }, data: { type: 'string' } } });
const runs = Number(args.runs ?? 5);
const lineCount = Number(args.lines ?? 50_000);
const root = join(import.meta.dirname, '..');
const dataDir = args.data ?? join(root, '..', 'shared', 'data', 'nlp');

// SmSA: "text<TAB>label"; EmoT: "label,tweet" (CSV, the tweet possibly quoted).
const smsa = readFileSync(join(dataDir, 'smsa', 'train_preprocess.tsv'), 'utf8').split('\n').map((l) => l.split('\t')[0] ?? '');
const emot = readFileSync(join(dataDir, 'emot', 'train_preprocess.csv'), 'utf8').split('\n').slice(1).map((l) => l.slice(l.indexOf(',') + 1).replace(/^"|"$/g, ''));
const texts = [...smsa, ...emot].filter((t) => t.trim() !== '' && t.length <= 280);
const lines: string[] = [];
let chars = 0;
for (let i = 0; i < lineCount; i++) {
  const text = texts[(i * 7919) % texts.length] ?? '';
  chars += text.length;
  lines.push(JSON.stringify({ id: i, text }));
}
const input = join(mkdtempSync(join(tmpdir(), 'sapa-jsonl-')), 'in.jsonl');
writeFileSync(input, lines.join('\n') + '\n');
console.log(`${lineCount.toLocaleString('en')} lines, ${(chars / lineCount).toFixed(0)} characters on average (SmSA + EmoT train)`);

const cli = join(root, 'bin', 'sapa');
const extra = args.threads === undefined ? [] : ['--threads', args.threads];
for (let run = 1; run <= runs; run++) {
  const load = loadavg().map((x) => x.toFixed(1)).join(' ');
  const stdin = openSync(input, 'r');
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, 'analyze', '--jsonl', ...extra], { stdio: [stdin, 'ignore', 'pipe'] });
  const seconds = (performance.now() - started) / 1000;
  closeSync(stdin);
  if (result.status !== 0) throw new Error(`sapa analyze exited ${String(result.status)}: ${result.stderr.toString().slice(-500)}`);
  console.log(`run ${run}: ${Math.round(lineCount / seconds).toLocaleString('en')} lines/s end to end (${seconds.toFixed(2)} s; load average before: ${load})`);
}
