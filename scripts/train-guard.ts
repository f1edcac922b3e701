// npm run train:guard — trains the guard's learned second opinion: one logistic
// regression per category (claim, disclosure, pressure) over the features of
// src/guard/learned/features.ts, on the guard corpora dev, blind, dev2–dev6 and the
// round-seven training sets train7a/train7b and train8/train9 (train10 calibrates the thresholds). holdout, blind2 and the blind-* folders are
// never read, so they stay unseen. Deterministic: fixed data order, full-batch gradient
// descent from zero, no randomness. Writes models/guard/second-opinion.json and its TS
// twin src/guard/learned/weights.ts, and prints out-of-fold (tuning) figures.
// Flags: --dry (print figures, write nothing), --misses (list the drafts the rules left empty by
// out-of-fold probability), --epochs/--rate/--l2/--min-count/--keep/--found-weight N (experiments).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/guard/check.js';
import type { LabelledDraft } from '../src/guard/evaluation.js';
import { featuresOf } from '../src/guard/learned/features.js';
import { ruleMeta } from '../src/guard/rules/catalog.js';
import { normalizeText } from '../src/guard/text/normalize.js';
import type { Category } from '../src/guard/types.js';
import { chooseThreshold, type Outcome } from './train-guard-threshold.js';

const TRAIN_SPLITS = ['dev', 'blind', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'train7a', 'train7b', 'train8', 'train9'];
const CATEGORIES: readonly Category[] = ['claim', 'disclosure', 'pressure'];
const C = CATEGORIES.length;
const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};
// Gradient descent with Nesterov momentum on the mean log-loss plus an L2 penalty: strong
// regularisation keeps single rare words from deciding, so new wording is judged by many
// small cues rather than by a memorised phrase.
const EPOCHS = numberArg('--epochs', 300);
const RATE = numberArg('--rate', 0.5);
const MOMENTUM = 0.9;
const L2 = numberArg('--l2', 0.001);
const MIN_COUNT = numberArg('--min-count', 3); // a feature must occur in at least this many training drafts
const KEEP = numberArg('--keep', 3000); // strongest features kept per category (the check-time budget)
const dry = args.includes('--dry');

const root = join(import.meta.dirname, '..');
const drafts: LabelledDraft[] = TRAIN_SPLITS.flatMap((split) => {
  const file = join(root, 'corpora', 'guard', `${split}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => ({ ...(JSON.parse(l) as LabelledDraft), split }));
}).sort((a, b) => (a.split ?? '').localeCompare(b.split ?? '') || a.id.localeCompare(b.id));
const N = drafts.length;
const usedSplits = TRAIN_SPLITS.filter((s) => drafts.some((d) => d.split === s));

// Sparse binary rows in CSR form: row n's features are cols[start[n] .. start[n + 1]).
const featureSets = drafts.map((d) => [...new Set(featuresOf(normalizeText(d.text).text).map((f) => f.key))]);
const counts = new Map<string, number>();
for (const set of featureSets) for (const k of set) counts.set(k, (counts.get(k) ?? 0) + 1);
const vocabulary = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([k]) => k).sort();
const V = vocabulary.length;
const index = new Map(vocabulary.map((k, i) => [k, i]));
const start = new Int32Array(N + 1);
const colList: number[] = [];
featureSets.forEach((set, n) => {
  for (const k of set) {
    const i = index.get(k);
    if (i !== undefined) colList.push(i);
  }
  start[n + 1] = colList.length;
});
const cols = Int32Array.from(colList);
const labels = new Float64Array(N * C);
drafts.forEach((d, n) => CATEGORIES.forEach((c, k) => (labels[n * C + k] = d.expect.some((r) => ruleMeta(r).category === c) ? 1 : 0)));

// Rules first: the model only speaks on drafts where no rule of the category fired.
const ruleFound = drafts.map((d) => {
  const found = new Set(check(d.text, { kind: d.kind, paid: d.paid === true }).findings.filter((f) => !f.rule.endsWith('.LEARNED')).map((f) => f.category));
  return CATEGORIES.map((c) => found.has(c));
});

// A draft a rule of the category already found weighs less: the model speaks only where the
// rules are silent, so the words of drafts the rules miss (and of clean drafts) matter most.
const FOUND_WEIGHT = numberArg('--found-weight', 1);
const sampleWeight = new Float64Array(N * C);
ruleFound.forEach((found, n) => found.forEach((f, k) => (sampleWeight[n * C + k] = f ? FOUND_WEIGHT : 1)));

interface Model { weights: Float64Array; bias: Float64Array }
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function scoreRow(m: Model, n: number, out: Float64Array): void {
  for (let k = 0; k < C; k++) out[k] = m.bias[k] ?? 0;
  for (let j = start[n] ?? 0; j < (start[n + 1] ?? 0); j++) {
    const i = (cols[j] ?? 0) * C;
    for (let k = 0; k < C; k++) out[k] = (out[k] ?? 0) + (m.weights[i + k] ?? 0);
  }
  for (let k = 0; k < C; k++) out[k] = sigmoid(out[k] ?? 0);
}

/** One model per category, trained together (they share the walk over the rows). */
function train(sample: readonly number[]): Model {
  const w = new Float64Array(V * C);
  const b = new Float64Array(C);
  const vw = new Float64Array(V * C);
  const vb = new Float64Array(C);
  const look: Model = { weights: new Float64Array(V * C), bias: new Float64Array(C) };
  const p = new Float64Array(C);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // Nesterov: the gradient is taken at the look-ahead point w + momentum * v.
    for (let i = 0; i < w.length; i++) look.weights[i] = (w[i] ?? 0) + MOMENTUM * (vw[i] ?? 0);
    for (let k = 0; k < C; k++) look.bias[k] = (b[k] ?? 0) + MOMENTUM * (vb[k] ?? 0);
    const gw = new Float64Array(V * C);
    const gb = new Float64Array(C);
    for (const n of sample) {
      scoreRow(look, n, p);
      for (let k = 0; k < C; k++) p[k] = ((p[k] ?? 0) - (labels[n * C + k] ?? 0)) * (sampleWeight[n * C + k] ?? 1);
      for (let j = start[n] ?? 0; j < (start[n + 1] ?? 0); j++) {
        const i = (cols[j] ?? 0) * C;
        for (let k = 0; k < C; k++) gw[i + k] = (gw[i + k] ?? 0) + (p[k] ?? 0);
      }
      for (let k = 0; k < C; k++) gb[k] = (gb[k] ?? 0) + (p[k] ?? 0);
    }
    const m = sample.length;
    for (let i = 0; i < w.length; i++) {
      const v = MOMENTUM * (vw[i] ?? 0) - RATE * ((gw[i] ?? 0) / m + L2 * (look.weights[i] ?? 0));
      vw[i] = v;
      w[i] = (w[i] ?? 0) + v;
    }
    for (let k = 0; k < C; k++) {
      const v = MOMENTUM * (vb[k] ?? 0) - (RATE * (gb[k] ?? 0)) / m;
      vb[k] = v;
      b[k] = (b[k] ?? 0) + v;
    }
  }
  return prune({ weights: w, bias: b });
}

/** Keeps the KEEP strongest weights per category (the shipped budget), ties by feature name. */
function prune(m: Model): Model {
  for (let k = 0; k < C; k++) {
    const order = [...Array(V).keys()].sort((a, b) => Math.abs(m.weights[b * C + k] ?? 0) - Math.abs(m.weights[a * C + k] ?? 0) || (vocabulary[a] ?? '').localeCompare(vocabulary[b] ?? ''));
    for (const i of order.slice(KEEP)) m.weights[i * C + k] = 0;
  }
  return m;
}

// Out-of-fold: each source split is one fold, so every draft is scored by a model that saw
// none of its writer's batch; new wording is judged as a new writer's would be.
const oof = new Float64Array(N * C);
const p = new Float64Array(C);
for (const split of usedSplits) {
  const model = train(drafts.flatMap((d, n) => (d.split === split ? [] : [n])));
  drafts.forEach((d, n) => {
    if (d.split !== split) return;
    scoreRow(model, n, p);
    for (let k = 0; k < C; k++) oof[n * C + k] = p[k] ?? 0;
  });
}

// Thresholds pinned. The out-of-fold rule of train-guard-threshold.ts chose 0.875 / 0.925 / 0.65 at
// 30876b1 (branch guardml), while train7a/train7b were still new wording to the rules. Round
// seven's rules were then tuned on those drafts and leave almost no positive draft empty, so the
// rule has nothing left to measure (it would choose about 0.925 / 1.0 / 0.725 and silence the model
// on exactly the new wording it is for). The thresholds are therefore calibrated on a fresh
// writers' batch that neither the rules nor the model have seen, with
// `npx tsx scripts/calibrate-guard-thresholds.ts --split <split>`, by this rule: the lowest of 0.5,
// 0.6, 0.65, 0.7, 0.75, 0.8, 0.875, 0.925 at which (a) the model's extra findings on that batch
// (drafts no rule of the category found) are at least 80 % right, there and at every higher point,
// and (b) every hard negative and ordinary draft of the guard's unit tests stays quiet.
// First on train8, then, after round seven c and with train8/9 among the training splits, on
// train10 (not a training split): (a) chose claim 0.8, disclosure 0.65, pressure 0.5; (b) moved
// claim to 0.875 ("Apakah serum ini menghilangkan jerawat? Jujur, tidak.") and pressure to 0.6
// ("Buruan, promo berakhir 30 Juni 2025 pukul 23.59 WIB. S&K di bio."). Extras on train10 (right/
// wrong), TUNING figures: claim 1/0, disclosure 1/0, pressure 2/0. The rule's out-of-fold choice
// today is printed beside each pin.
const PINNED_THRESHOLDS: Readonly<Record<Category, number>> = { claim: 0.875, disclosure: 0.65, pressure: 0.6 };

const fmt = (x: number): string => (Number.isNaN(x) ? '  – ' : x.toFixed(2));
const full = train(drafts.map((_, n) => n));
const result: Record<string, { bias: number; threshold: number; weights: Record<string, number> }> = {};
console.log(`out-of-fold by source split (TUNING figures on training drafts): ${N} drafts, vocabulary ${V}`);
CATEGORIES.forEach((c, k) => {
  const outcomes: Outcome[] = drafts.map((_, n) => ({ label: labels[n * C + k] === 1, rule: ruleFound[n]?.[k] === true, p: oof[n * C + k] ?? 0 }));
  const choice = chooseThreshold(outcomes, PINNED_THRESHOLDS[c]);
  console.log(`${c.padEnd(10)} threshold pinned at ${PINNED_THRESHOLDS[c].toFixed(3)}; the rule would choose ${chooseThreshold(outcomes).threshold.toFixed(3)} today`);
  const weights: Record<string, number> = {};
  vocabulary.forEach((key, i) => {
    const w = Math.round((full.weights[i * C + k] ?? 0) * 1e4) / 1e4;
    if (w !== 0) weights[key] = w;
  });
  result[c] = { bias: Math.round((full.bias[k] ?? 0) * 1e4) / 1e4, threshold: choice.threshold, weights };
  const r = choice.rules;
  const a = choice.combined;
  console.log(
    `${c.padEnd(10)} threshold ${choice.threshold.toFixed(3)}  rules P/R ${fmt(r.precision)}/${fmt(r.recall)}  with model ${fmt(a.precision)}/${fmt(a.recall)}  extras tp ${choice.extras.tp} fp ${choice.extras.fp}  features ${Object.keys(weights).length}`,
  );
  // The model alone, ranked by its out-of-fold probability (average precision): how well it
  // knows the category in wording it has not seen, whatever the rules found.
  const ranked = outcomes.map((o) => o).sort((x, y) => y.p - x.p);
  let hits = 0;
  let ap = 0;
  ranked.forEach((o, i) => {
    if (!o.label) return;
    hits++;
    ap += hits / (i + 1);
  });
  const residual = outcomes.filter((o) => !o.rule).sort((x, y) => y.p - x.p);
  let rh = 0;
  let rap = 0;
  residual.forEach((o, i) => {
    if (!o.label) return;
    rh++;
    rap += rh / (i + 1);
  });
  console.log(`  model alone: average precision ${fmt(ap / Math.max(1, hits))}; on the ${residual.length} drafts the rules left empty: ${rh} positives, average precision ${fmt(rap / Math.max(1, rh))}`);
  // For comparison, the rule of rounds one to six: the lowest threshold from 0.75 with no false alarm.
  const grid = Array.from({ length: 10 }, (_, i) => Math.round((0.75 + i * 0.025) * 1000) / 1000);
  const zero = grid.map((t) => chooseThreshold(outcomes, t)).find((x) => x.extras.fp === 0) ?? chooseThreshold(outcomes, 0.99);
  console.log(`  old rule (no out-of-fold false alarm, from 0.75): threshold ${zero.threshold.toFixed(3)}, with model ${fmt(zero.combined.precision)}/${fmt(zero.combined.recall)}, extras tp ${zero.extras.tp}`);
  if (args.includes('--misses')) {
    // Drafts the rules left empty, highest out-of-fold probability first (labelled or not).
    const empty = drafts.map((d, n) => ({ d, o: outcomes[n] as Outcome })).filter((x) => !x.o.rule && (x.o.label || x.o.p >= 0.3)).sort((x, y) => y.o.p - x.o.p);
    for (const { d, o } of empty) console.log(`    ${o.label ? 'POS' : 'neg'} ${o.p.toFixed(2)} ${d.id} ${d.text.slice(0, 110)}`);
  }
  for (const split of usedSplits) {
    const sub = outcomes.filter((_, n) => drafts[n]?.split === split);
    const s = chooseThreshold(sub, choice.threshold);
    console.log(`  ${split.padEnd(8)} rules ${fmt(s.rules.precision)}/${fmt(s.rules.recall)}  with model ${fmt(s.combined.precision)}/${fmt(s.combined.recall)}  extras tp ${s.extras.tp} fp ${s.extras.fp}`);
  }
});

if (!dry) {
  const payload = { trainedOn: usedSplits.map((s) => `corpora/guard/${s}.jsonl`), drafts: N, categories: result };
  const json = JSON.stringify(payload);
  writeFileSync(join(root, 'models', 'guard', 'second-opinion.json'), `${json}\n`);
  writeFileSync(
    join(root, 'src', 'guard', 'learned', 'weights.ts'),
    `// Generated by npm run train:guard from the team's guard corpora; the same data as\n// models/guard/second-opinion.json (see models/guard/NOTICE). Do not edit by hand.\nimport type { SecondOpinionWeights } from './model.js';\n\nexport const WEIGHTS: SecondOpinionWeights = ${json};\n`,
  );
}
console.log(`trained on ${N} drafts (${usedSplits.join(', ')})${dry ? ' (dry run, nothing written)' : ''}`);
