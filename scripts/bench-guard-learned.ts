// npx tsx scripts/bench-guard-learned.ts [--ref REF (default main)] [--tree DIR (a source root to bench instead of this tree)] [--slices N] [--slice-ms N] [--dev-only]
// The learned second opinion's own cost: `probabilities()` of src/guard/learned/model.ts, bundled with
// esbuild as built code, here and at a git ref, timed in one process in alternating slices (A, B, A, B …)
// on the 280-character drafts of bench-guard.ts (dev and holdout glued and cut), normalised first as
// check() does. A whole check is noisy on a shared machine; the learned part alone is a few
// microseconds, which alternating slices in one process can tell apart. Prints microseconds per draft
// (median over slices) for both and the median per-pair ratio.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { normalizeText } from '../src/guard/text/normalize.js';
import { benchDrafts, extractGuardAt } from './bench-guard-support.js';

const { values } = parseArgs({ options: { ref: { type: 'string', default: 'main' }, tree: { type: 'string' }, slices: { type: 'string', default: '16' }, 'slice-ms': { type: 'string', default: '500' }, 'dev-only': { type: 'boolean', default: false } } });
const root = join(import.meta.dirname, '..');
const ref = values.ref ?? 'main';
const outDir = join(root, '.tmp', 'bench-guard-learned');

/** Bundles learned/model.ts from a source root into outDir/name.mjs and imports it. */
async function bundle(srcRoot: string, name: string): Promise<{ probabilities: (normalised: string) => Float64Array }> {
  const outfile = join(outDir, `${name}.mjs`);
  await build({ entryPoints: [join(srcRoot, 'src', 'guard', 'learned', 'model.ts')], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', outfile, logLevel: 'warning' });
  return (await import(pathToFileURL(outfile).href)) as { probabilities: (normalised: string) => Float64Array };
}

mkdirSync(outDir, { recursive: true });
const refRoot = join(outDir, 'src-ref');
extractGuardAt(root, ref, refRoot);
const here = await bundle(values.tree ?? root, 'here');
const there = await bundle(refRoot, 'ref');

const texts = benchDrafts(root, values['dev-only']).map((text) => normalizeText(text).text);

let sink = 0;
/** Microseconds per draft over one slice of about `ms` milliseconds. */
function slice(score: (normalised: string) => Float64Array, ms: number): number {
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (const t of texts) sink += score(t)[0] ?? 0;
    count += texts.length;
  }
  return ((performance.now() - started) * 1000) / count;
}

const sliceMs = Number(values['slice-ms']);
for (let warm = 0; warm < 3; warm++) {
  slice(here.probabilities, sliceMs / 2);
  slice(there.probabilities, sliceMs / 2);
}
const a: number[] = [];
const b: number[] = [];
for (let s = 0; s < Number(values.slices); s++) {
  // Alternate which goes first, so neither always follows the other.
  if (s % 2 === 0) {
    a.push(slice(here.probabilities, sliceMs));
    b.push(slice(there.probabilities, sliceMs));
  } else {
    b.push(slice(there.probabilities, sliceMs));
    a.push(slice(here.probabilities, sliceMs));
  }
}
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  return ((s[Math.floor((s.length - 1) / 2)] ?? 0) + (s[Math.ceil((s.length - 1) / 2)] ?? 0)) / 2;
};
console.log(`probabilities() on ${texts.length} normalised 280-character drafts, ${a.length} alternating slices of ${sliceMs} ms (checksum ${sink.toFixed(0)})`);
console.log(`  this tree  ${median(a).toFixed(2)} µs per draft (slices ${a.map((x) => x.toFixed(2)).join(' ')})`);
console.log(`  ${ref.padEnd(9)} ${median(b).toFixed(2)} µs per draft (slices ${b.map((x) => x.toFixed(2)).join(' ')})`);
console.log(`  median ratio this/${ref} ${median(a.map((x, i) => x / (b[i] ?? x))).toFixed(3)}; difference ${(median(a) - median(b)).toFixed(2)} µs per draft`);
