// npx tsx scripts/bench-guard.ts [--seconds N] [--profile-only] [--ref REF] [--dev-only]
// Guard throughput on one core, on built code: src/guard is bundled with esbuild (ES2022, as
// tsc emits dist/) into .tmp/, then timed as plain JavaScript in this process. The drafts are
// the dev and holdout splits glued and cut to exactly 280 characters, as in eval:guard, so the
// figures compare with it. Prints checks per CPU-second (one core, even on a busy machine) and
// per wall-clock second; report `uptime` with them.
// For a profile: node --cpu-prof .tmp/bench-guard/run.mjs (written by this script).
// --ref REF benches src/guard as it is at a git ref (extracted with git archive) into
// .tmp/bench-guard-REF/, so a branch and main can be run alternately on a shared machine.
// --dev-only times the dev split's drafts alone (the holdout file is not opened).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchDrafts, extractGuardAt } from './bench-guard-support.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const seconds = Number(args[args.indexOf('--seconds') + 1]) || 5;
const ref = args.includes('--ref') ? args[args.indexOf('--ref') + 1] : undefined;
const outDir = join(root, '.tmp', ref === undefined ? 'bench-guard' : `bench-guard-${ref.replace(/[^\w.-]/g, '_')}`);

mkdirSync(outDir, { recursive: true });
let srcRoot = root;
if (ref !== undefined) {
  srcRoot = join(outDir, 'src-ref');
  extractGuardAt(root, ref, srcRoot);
}
await build({
  entryPoints: [join(srcRoot, 'src', 'guard', 'index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  outfile: join(outDir, 'guard.mjs'),
  logLevel: 'warning',
});

const texts = benchDrafts(root, args.includes('--dev-only'));
writeFileSync(join(outDir, 'texts.json'), JSON.stringify(texts));

// The timed loop lives in plain JavaScript beside the bundle, so `node --cpu-prof` can run it alone.
writeFileSync(
  join(outDir, 'run.mjs'),
  `import { readFileSync } from 'node:fs';
import { check } from './guard.mjs';
const texts = JSON.parse(readFileSync(new URL('./texts.json', import.meta.url), 'utf8'));
const seconds = Number(process.argv[2]) || ${seconds};
for (let round = 0; round < 5; round++) for (const t of texts) check(t, { kind: 'post' });
let count = 0;
const cpuBefore = process.cpuUsage();
const started = performance.now();
while (performance.now() - started < seconds * 1000) {
  for (const t of texts) check(t, { kind: 'post' });
  count += texts.length;
}
const wall = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const n = (x) => Math.round(x).toLocaleString('en-US');
console.log(\`guard on \${texts.length} 280-character drafts: \${n(count / ((cpu.user + cpu.system) / 1e6))} checks per CPU-second (\${n(count / wall)} per wall-clock second)\`);
`,
);
if (!args.includes('--profile-only')) await import(pathToFileURL(join(outDir, 'run.mjs')).href);
