// npx tsx scripts/compare-guard-training.ts [--ref db740f4]
// Identity check for guard speed work on TRAINING drafts only: runs src/guard as it is at a git
// ref and src/guard of the work tree over every draft of corpora/guard/{dev*,holdout,train*}.jsonl
// (never blind*, never corpora/blind-*), and compares the findings (rule, span, severity) and,
// stricter, the whole result JSON draft by draft. Each draft runs in its own kind and paid flag,
// as a post and a reply, paid, and glued to its neighbours as a 280-character draft (as bench-guard
// times them). Prints counts only, plus the first few differing drafts; exits 1 on a difference.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { check as Check, CheckOptions } from '../src/guard/check.js';
import type { ContentKind } from '../src/guard/types.js';
import { extractGuardAt } from './bench-guard-support.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const ref = args.includes('--ref') ? (args[args.indexOf('--ref') + 1] ?? 'db740f4') : 'db740f4';
const outDir = join(root, '.tmp', 'compare-guard-training');

async function bundle(srcRoot: string, name: string): Promise<typeof Check> {
  const outfile = join(outDir, `${name}.mjs`);
  await build({ entryPoints: [join(srcRoot, 'src', 'guard', 'index.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile, logLevel: 'warning' });
  const mod = (await import(pathToFileURL(outfile).href)) as { check: typeof Check };
  return mod.check;
}

mkdirSync(outDir, { recursive: true });
const refDir = join(outDir, 'ref');
extractGuardAt(root, ref, refDir);
const before = await bundle(refDir, 'before');
const after = await bundle(root, 'after');

const TRAINING = /^(dev\d*|holdout|train\w*)\.jsonl$/;
const corpus = join(root, 'corpora', 'guard');
const files = readdirSync(corpus).filter((f) => TRAINING.test(f) && !/blind/i.test(f)).sort();

interface Draft { text: string; kind?: ContentKind; paid?: boolean }
const findingsKey = (r: ReturnType<typeof Check>): string => r.findings.map((f) => `${f.rule}@${f.start}-${f.end}:${f.severity}`).join('|');

let drafts = 0;
let checks = 0;
let findingDiffs = 0;
let jsonDiffs = 0;
for (const file of files) {
  const rows = readFileSync(join(corpus, file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Draft);
  drafts += rows.length;
  let fileDiffs = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Draft;
    const glued = `${row.text} ${rows[(i + 1) % rows.length]?.text ?? ''} ${rows[(i + 2) % rows.length]?.text ?? ''}`.slice(0, 280);
    const runs: [string, CheckOptions][] = [
      [row.text, { kind: row.kind ?? 'post', paid: row.paid === true }],
      [row.text, { kind: 'post' }],
      [row.text, { kind: 'reply' }],
      [row.text, { kind: 'post', paid: true }],
      [glued, { kind: 'post' }],
      [glued, { kind: 'reply', paid: true }],
    ];
    for (const [text, options] of runs) {
      checks++;
      const a = before(text, options);
      const b = after(text, options);
      if (findingsKey(a) !== findingsKey(b)) {
        findingDiffs++;
        fileDiffs++;
        if (fileDiffs <= 3) console.log(`DIFF ${file} ${JSON.stringify(options)}\n  text:   ${JSON.stringify(text)}\n  before: ${findingsKey(a)}\n  after:  ${findingsKey(b)}`);
      }
      if (JSON.stringify(a) !== JSON.stringify(b)) jsonDiffs++;
    }
  }
}
console.log(`${files.length} training files, ${drafts} drafts, ${checks} checks against ${ref}: ${findingDiffs} differ in findings (rule, span, severity), ${jsonDiffs} in full result JSON`);
process.exitCode = findingDiffs === 0 && jsonDiffs === 0 ? 0 : 1;
