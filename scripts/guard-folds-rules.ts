// Rules alone on the guard's calibration folds (scripts/guard-learned-splits.ts CALIBRATION_BATCHES): precision and
// recall per category and for the rules named on the command line, no learned findings. Round thirteen (helper
// gdisc3) measured its child and finance shapes with it; run it on a checkout of the base commit for the before row.
//   npx tsx scripts/guard-folds-rules.ts [RULE_ID ...]
// Tuning figures: the rules of round thirteen were tuned on these folds' misses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/guard/index.js';
import type { LabelledDraft } from '../src/guard/evaluation.js';
import { ruleMeta } from '../src/guard/rules/catalog.js';
import type { Category, RuleId } from '../src/guard/types.js';
import { CALIBRATION_BATCHES } from './guard-learned-splits.js';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const CATEGORIES: readonly Category[] = ['claim', 'disclosure', 'pressure'];
const corpusDir = join(import.meta.dirname, '..', 'corpora', 'guard');
const namedRules = process.argv.slice(2) as RuleId[];
const counts = new Map<string, Counts>();

function tally(key: string, expected: boolean, predicted: boolean): void {
  const c = counts.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  if (expected && predicted) c.tp++;
  else if (predicted) c.fp++;
  else if (expected) c.fn++;
  counts.set(key, c);
}

for (const batch of CALIBRATION_BATCHES) {
  const lines = readFileSync(join(corpusDir, `${batch}.jsonl`), 'utf8').split('\n').filter((l) => l.trim() !== '');
  for (const draft of lines.map((l) => JSON.parse(l) as LabelledDraft)) {
    const found = check(draft.text, { kind: draft.kind, paid: draft.paid === true }).findings.map((f) => f.rule);
    const predicted = new Set(found.filter((r) => !r.endsWith('.LEARNED') && !r.startsWith('BRAND.')));
    const expected = new Set(draft.expect);
    const inCategory = (set: Set<RuleId>, category: Category): boolean => [...set].some((r) => ruleMeta(r).category === category);
    for (const category of CATEGORIES) tally(category, inCategory(expected, category), inCategory(predicted, category));
    for (const rule of namedRules) tally(rule, expected.has(rule), predicted.has(rule));
  }
}

const ratio = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));
console.log(`calibration folds: ${CALIBRATION_BATCHES.join(', ')}; rules alone`);
for (const [key, c] of counts) console.log(`${key.padEnd(28)} P ${ratio(c.tp, c.tp + c.fp)} R ${ratio(c.tp, c.tp + c.fn)}  tp ${c.tp} fp ${c.fp} fn ${c.fn}`);
