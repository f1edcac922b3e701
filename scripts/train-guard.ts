// npm run train:guard — trains the guard's learned second opinion: one logistic
// regression per category (claim, disclosure, pressure) over the features of
// src/guard/learned/features.ts, on the team's guard corpora dev, blind, dev2 and the round tuning sets dev3-dev6.
// holdout and blind2 are never read, so they stay unseen. Deterministic: fixed data
// order, full-batch gradient descent from zero, no randomness. Writes
// models/guard/second-opinion.json and its TS twin src/guard/learned/weights.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/guard/check.js';
import type { LabelledDraft } from '../src/guard/evaluation.js';
import { featuresOf } from '../src/guard/learned/features.js';
import { ruleMeta } from '../src/guard/rules/catalog.js';
import { normalizeText } from '../src/guard/text/normalize.js';
import type { Category } from '../src/guard/types.js';

const TRAIN_SPLITS = ['dev', 'blind', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6'];
const CATEGORIES: readonly Category[] = ['claim', 'disclosure', 'pressure'];
const EPOCHS = 400;
const RATE = 0.5;
const L2 = 0.002;
const MIN_COUNT = 2; // a feature must occur in at least this many training drafts
const KEEP = 600; // strongest features kept per category
const FOLDS = 5;

const root = join(import.meta.dirname, '..');
const drafts: LabelledDraft[] = TRAIN_SPLITS.flatMap((split) =>
  readFileSync(join(root, 'corpora', 'guard', `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledDraft),
).sort((a, b) => a.id.localeCompare(b.id));

const featureSets = drafts.map((d) => [...new Set(featuresOf(normalizeText(d.text).text).map((f) => f.key))]);
const counts = new Map<string, number>();
for (const set of featureSets) for (const k of set) counts.set(k, (counts.get(k) ?? 0) + 1);
const vocabulary = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([k]) => k).sort();
const index = new Map(vocabulary.map((k, i) => [k, i]));
const rows = featureSets.map((set) => set.map((k) => index.get(k)).filter((i): i is number => i !== undefined));
const label = (d: LabelledDraft, c: Category): number => (d.expect.some((r) => ruleMeta(r).category === c) ? 1 : 0);

interface Model { weights: Float64Array; bias: number }
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const score = (m: Model, row: readonly number[]): number => sigmoid(row.reduce((s, i) => s + (m.weights[i] ?? 0), m.bias));

function train(sample: readonly number[], c: Category): Model {
  const w = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const grad = new Float64Array(vocabulary.length);
    let gb = 0;
    for (const n of sample) {
      const row = rows[n] ?? [];
      const err = score({ weights: w, bias }, row) - label(drafts[n] as LabelledDraft, c);
      for (const i of row) grad[i] = (grad[i] ?? 0) + err;
      gb += err;
    }
    for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) - RATE * ((grad[i] ?? 0) / sample.length + L2 * (w[i] ?? 0));
    bias -= (RATE * gb) / sample.length;
  }
  return { weights: w, bias };
}

// Rules first: the model only speaks on drafts where no rule of the category fired.
const ruleCategories = drafts.map((d) => new Set(check(d.text, { kind: d.kind, paid: d.paid === true }).findings.filter((f) => !f.rule.endsWith('.LEARNED')).map((f) => f.category)));

/**
 * Lowest threshold from 0.75 up at which the out-of-fold model raises no false alarm on the
 * drafts the rules left empty: the model must stay quieter than a rule.
 */
function chooseThreshold(c: Category): number {
  const oof = new Array<number>(drafts.length).fill(0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainIdx = drafts.map((_, n) => n).filter((n) => n % FOLDS !== fold);
    const model = train(trainIdx, c);
    for (let n = fold; n < drafts.length; n += FOLDS) oof[n] = score(model, rows[n] ?? []);
  }
  const candidates = drafts.map((_, n) => n).filter((n) => !(ruleCategories[n]?.has(c) ?? false));
  const negatives = candidates.filter((n) => label(drafts[n] as LabelledDraft, c) === 0);
  for (let t = 0.75; t < 0.99; t += 0.025) {
    const falseAlarms = negatives.filter((n) => (oof[n] ?? 0) >= t).length;
    if (falseAlarms === 0) return Math.round(t * 1000) / 1000;
  }
  return 0.99;
}

const result: Record<string, { bias: number; threshold: number; weights: Record<string, number> }> = {};
for (const c of CATEGORIES) {
  const model = train(drafts.map((_, n) => n), c);
  const ranked = vocabulary.map((k, i) => [k, model.weights[i] ?? 0] as const).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]));
  const weights = Object.fromEntries(ranked.slice(0, KEEP).map(([k, w]) => [k, Math.round(w * 1e4) / 1e4]));
  result[c] = { bias: Math.round(model.bias * 1e4) / 1e4, threshold: chooseThreshold(c), weights };
  console.log(`${c}: ${Object.keys(weights).length} features, threshold ${result[c]?.threshold}`);
}

const payload = { trainedOn: TRAIN_SPLITS.map((s) => `corpora/guard/${s}.jsonl`), drafts: drafts.length, categories: result };
const json = JSON.stringify(payload);
writeFileSync(join(root, 'models', 'guard', 'second-opinion.json'), `${json}\n`);
writeFileSync(
  join(root, 'src', 'guard', 'learned', 'weights.ts'),
  `// Generated by npm run train:guard from the team's guard corpora; the same data as\n// models/guard/second-opinion.json (see models/guard/NOTICE). Do not edit by hand.\nimport type { SecondOpinionWeights } from './model.js';\n\nexport const WEIGHTS: SecondOpinionWeights = ${json};\n`,
);
console.log(`trained on ${drafts.length} drafts (${TRAIN_SPLITS.join(', ')}); vocabulary ${vocabulary.length}`);
