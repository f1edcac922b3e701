// Leave-one-batch-out (LOBO) measure of the guard's learned second opinion: for each fresh-writer
// batch B, train on every other training split (the training splits of train-guard.ts, plus the
// later fresh batches that are not B) and score B, which neither the model nor its vocabulary saw:
//   (a) the model alone, per category: recall at precision ≥ 0.95 (the best cut of B's ranking)
//       and PR-AUC (average precision);
//   (b) with the rules: of B's drafts positive in a category that no rule found, how many the model
//       raises at the pinned threshold, and how many false extras it adds (negative drafts no rule
//       of the category found). The rules were tuned on train7a–train9, so (b) is most honest on
//       the batches they were not tuned on (train10 and later).
// The mean over batches is the figure to improve, never a single batch. Blind splits are never
// read; `blind` (an old blind set, training data since round one) is only trained on, never scored.
//   npx tsx scripts/lobo-guard.ts [--l2 N] [--nb ALPHA] [--positive-weight N] [--bag] [--keep N]
//     [--min-count N] [--epochs N] [--thresholds c,d,p]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES, DEFAULT_OPTIONS, loadRows, scoreKeys, trainModel, type Row, type TrainOptions } from './guard-learned-training.js';
import { experimentalKeys } from './guard-learned-experiments.js';
import { FRESH_BATCHES, PINNED_THRESHOLDS, TRAIN_SPLITS } from './guard-learned-splits.js';
import { averagePrecision, recallAtPrecision } from './lobo-metrics.js';

const { values } = parseArgs({
  options: {
    l2: { type: 'string' },
    nb: { type: 'string' },
    'positive-weight': { type: 'string' },
    bag: { type: 'boolean', default: false },
    keep: { type: 'string' },
    'min-count': { type: 'string' },
    epochs: { type: 'string' },
    thresholds: { type: 'string' },
    features: { type: 'string', default: '' },
  },
});
const num = (s: string | undefined, fallback: number): number => (s === undefined ? fallback : Number(s));
const root = join(import.meta.dirname, '..');
const rows = loadRows(root, [...new Set([...TRAIN_SPLITS, ...FRESH_BATCHES])], experimentalKeys(values.features.split(',').filter((x) => x !== '')));
const batches = FRESH_BATCHES.filter((b) => rows.some((r) => r.split === b));
const options: TrainOptions = {
  ...DEFAULT_OPTIONS,
  l2: num(values.l2, DEFAULT_OPTIONS.l2),
  nbAlpha: num(values.nb, DEFAULT_OPTIONS.nbAlpha),
  positiveWeight: num(values['positive-weight'], DEFAULT_OPTIONS.positiveWeight),
  keep: num(values.keep, DEFAULT_OPTIONS.keep),
  minCount: num(values['min-count'], DEFAULT_OPTIONS.minCount),
  epochs: num(values.epochs, DEFAULT_OPTIONS.epochs),
};
const thresholds = values.thresholds?.split(',').map(Number) ?? CATEGORIES.map((c) => PINNED_THRESHOLDS[c]);

interface Scored { label: boolean; rule: boolean; p: number }
const fmt = (x: number): string => x.toFixed(2);
console.log(`LOBO: ${rows.length} drafts; options ${JSON.stringify({ ...options, bagOver: values.bag ? 'each training split' : 'none' })}; thresholds ${thresholds.join('/')}`);
console.log('batch    | category   | n pos | R@P.95 | PR-AUC | rules missed | raised | false extras');
const sums = CATEGORIES.map(() => ({ r: 0, ap: 0, missed: 0, raised: 0, falseExtras: 0 }));
for (const batch of batches) {
  const train: Row[] = rows.filter((r) => r.split !== batch);
  const model = trainModel(train, { ...options, bagOver: values.bag ? [...new Set(train.map((r) => r.split))] : [] });
  const held = rows.filter((r) => r.split === batch);
  const probabilities = held.map((r) => scoreKeys(model, r.keys));
  CATEGORIES.forEach((category, k) => {
    const scored: Scored[] = held.map((r, n) => ({ label: r.labels[k] === true, rule: r.rule[k] === true, p: probabilities[n]?.[k] ?? 0 }));
    const t = thresholds[k] ?? 1;
    const missed = scored.filter((s) => s.label && !s.rule).length;
    const raised = scored.filter((s) => s.label && !s.rule && s.p >= t).length;
    const falseExtras = scored.filter((s) => !s.label && !s.rule && s.p >= t).length;
    const r = recallAtPrecision(scored, 0.95);
    const ap = averagePrecision(scored);
    const sum = sums[k];
    if (sum !== undefined) {
      sum.r += r;
      sum.ap += ap;
      sum.missed += missed;
      sum.raised += raised;
      sum.falseExtras += falseExtras;
    }
    const positives = scored.filter((s) => s.label).length;
    console.log(`${batch.padEnd(8)} | ${category.padEnd(10)} | ${String(positives).padStart(5)} | ${fmt(r).padStart(6)} | ${fmt(ap).padStart(6)} | ${String(missed).padStart(12)} | ${String(raised).padStart(6)} | ${String(falseExtras).padStart(12)}`);
  });
}
CATEGORIES.forEach((category, k) => {
  const s = sums[k];
  if (s === undefined) return;
  console.log(`mean     | ${category.padEnd(10)} |       | ${fmt(s.r / batches.length).padStart(6)} | ${fmt(s.ap / batches.length).padStart(6)} | ${String(s.missed).padStart(12)} | ${String(s.raised).padStart(6)} | ${String(s.falseExtras).padStart(12)}`);
});
const overall = sums.reduce((a, s) => ({ r: a.r + s.r, ap: a.ap + s.ap }), { r: 0, ap: 0 });
console.log(`overall mean over ${batches.length} batches × 3 categories: R@P.95 ${(overall.r / (3 * batches.length)).toFixed(3)}, PR-AUC ${(overall.ap / (3 * batches.length)).toFixed(3)}`);
