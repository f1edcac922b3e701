// Experiment (round nine): does the learned second opinion know a category better as one head, or
// as one head per rule of the category with the category read as the strongest of its heads? A
// category such as claim joins unlike things (rankings, safety, fees, competitors, returns) that a
// single linear model over words must weigh together. Leave-one-batch-out over the fresh batches
// and the calibration folds (no blind split is read): per category, the mean recall at precision
// ≥ 0.95 and PR-AUC, for the category heads, the rule heads, and their mean.
//   npx tsx scripts/lobo-guard-heads.ts [--min-positives N] [--head-keep N (strongest weights kept per rule head)]
//     [--features chars,classes,concepts (variants of scripts/guard-learned-experiments.ts)] [--keep N] [--positive-weight X]
//     [--gram-max-share X] [--grams-in-heads-only] [--batches a,b (screen on a subset)]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES, DEFAULT_OPTIONS, HEAD_RULES, loadRows, RULE_HEADS, ruleHeadGroups, scoreHeaded, scoreKeys, trainHeaded } from './guard-learned-training.js';
import { CALIBRATION_BATCHES, FRESH_BATCHES, TRAIN_SPLITS } from './guard-learned-splits.js';
import { averagePrecision, recallAtPrecision } from './lobo-metrics.js';
import { experimentalKeys } from './guard-learned-experiments.js';

const { values } = parseArgs({ options: { 'min-positives': { type: 'string', default: '40' }, 'head-keep': { type: 'string', default: String(RULE_HEADS.keep) }, features: { type: 'string', default: '' }, keep: { type: 'string', default: String(DEFAULT_OPTIONS.keep) }, 'positive-weight': { type: 'string', default: '1' }, 'gram-max-share': { type: 'string', default: '1' }, batches: { type: 'string', default: '' }, 'grams-in-heads-only': { type: 'boolean', default: false } } });
const features = (values.features ?? '').split(',').filter((f) => f !== '');
const options = { ...DEFAULT_OPTIONS, keep: Number(values.keep), positiveWeight: Number(values['positive-weight']), gramMaxShare: Number(values['gram-max-share']), gramsInCategoryHeads: values['grams-in-heads-only'] !== true };
// --batches: a subset to screen a variant on (its per-batch figures compare with a full run's lines).
const only = (values.batches ?? '').split(',').filter((b) => b !== '');
const root = join(import.meta.dirname, '..');
const base = loadRows(root, [...new Set([...TRAIN_SPLITS, ...FRESH_BATCHES, ...CALIBRATION_BATCHES])], features.length === 0 ? undefined : experimentalKeys(features));
const batches = [...FRESH_BATCHES, ...CALIBRATION_BATCHES].filter((b) => base.some((r) => r.split === b) && (only.length === 0 || only.includes(b)));

const groups = ruleHeadGroups(base, HEAD_RULES, Number(values['min-positives']));
console.log(`features: ${features.join(',') || 'words and pairs (features.ts)'}; options ${JSON.stringify(options)}`);
console.log(`${base.length} drafts; ${groups.length} rule heads: ${groups.map((g) => [...g.rules].map((r) => r.split('.')[1]).join('+')).join(', ')}`);

const sums = CATEGORIES.map(() => ({ cat: [0, 0], rule: [0, 0], mean: [0, 0] }));
for (const batch of batches) {
  const model = trainHeaded(base.filter((r) => r.split !== batch), options, groups, Number(values['head-keep']));
  const held = base.filter((r) => r.split === batch);
  const line: string[] = [];
  CATEGORIES.forEach((category, k) => {
    const own = groups.map((g, i) => (g.category === k ? i : -1)).filter((i) => i >= 0);
    const scored = held.map((r) => {
      const pc = scoreKeys(model.categories, r.keys)[k] ?? 0;
      const pr = scoreKeys(model.heads, r.keys);
      const pmax = Math.max(...own.map((i) => pr[i] ?? 0));
      return { label: r.labels[k] === true, cat: pc, rule: pmax, mean: scoreHeaded(model, r.keys)[k] ?? 0 };
    });
    const s = sums[k];
    if (s === undefined) return;
    for (const variant of ['cat', 'rule', 'mean'] as const) {
      const list = scored.map((x) => ({ label: x.label, p: x[variant] }));
      s[variant][0] = (s[variant][0] ?? 0) + recallAtPrecision(list, 0.95);
      s[variant][1] = (s[variant][1] ?? 0) + averagePrecision(list);
    }
    line.push(`${category} ${recallAtPrecision(scored.map((x) => ({ label: x.label, p: x.cat })), 0.95).toFixed(2)}/${recallAtPrecision(scored.map((x) => ({ label: x.label, p: x.rule })), 0.95).toFixed(2)}/${recallAtPrecision(scored.map((x) => ({ label: x.label, p: x.mean })), 0.95).toFixed(2)} (PR-AUC ${averagePrecision(scored.map((x) => ({ label: x.label, p: x.mean }))).toFixed(3)})`);
  });
  console.log(`${batch.padEnd(8)} R@P.95 category/rule/mean heads: ${line.join('  ')}`);
}
CATEGORIES.forEach((category, k) => {
  const s = sums[k];
  if (s === undefined) return;
  const f = (x: number[]): string => `R@P.95 ${((x[0] ?? 0) / batches.length).toFixed(3)} PR-AUC ${((x[1] ?? 0) / batches.length).toFixed(3)}`;
  console.log(`mean ${category.padEnd(10)} category heads ${f(s.cat)} | rule heads ${f(s.rule)} | mean of both ${f(s.mean)}`);
});
