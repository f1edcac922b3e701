// Cross-validated calibration of the guard's learned thresholds (round nine). Round eight set them
// on one small fresh batch (train13), where a handful of extras decided each category, and the
// blind sets then showed the model right on every draft it raised but raising few (claim: 4 of 46
// misses). Here each calibration batch (fresh writers' drafts that no rule was tuned on) is held
// out in turn: the model is trained on the training splits plus the other calibration batches, and
// scores the held-out batch, which neither it nor the rules have seen. The extras (drafts positive
// by the model that no rule of the category found) are pooled over all folds, so a threshold rests
// on some 1,300 unseen drafts instead of 250.
// The written rule: the lowest grid point at which, pooled, and there and at every higher grid point,
// (a) the extras are at least 80 % right and (b) the category's precision with rules and model
// together is at least 0.95, or, where the rules alone are below 0.95 on these folds, no more than
// 0.01 below the rules alone. Then (c) every hard negative and ordinary draft of the guard's unit
// tests must stay quiet (`npx vitest run src/guard`). (b) was written first as "at least 0.95"; on the
// first run the rules alone were at 0.93 (disclosure) and 0.95 (claim) on these new writers' drafts,
// which made it a condition on the rules, not the model, and it was amended to the form above.
//   npx tsx scripts/calibrate-guard-lobo.ts
import { join } from 'node:path';
import { CATEGORIES, DEFAULT_OPTIONS, HEAD_RULES, loadRows, RULE_HEADS, ruleHeadGroups, scoreHeaded, trainHeaded } from './guard-learned-training.js';
import { CALIBRATION_BATCHES, TRAIN_SPLITS } from './guard-learned-splits.js';

const GRID = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.875, 0.925];
const root = join(import.meta.dirname, '..');
const rows = loadRows(root, [...TRAIN_SPLITS, ...CALIBRATION_BATCHES]);
const batches = CALIBRATION_BATCHES.filter((b) => rows.some((r) => r.split === b));

interface Outcome { batch: string; label: boolean; rule: boolean; p: number }
const outcomes: Outcome[][] = CATEGORIES.map(() => []);
for (const batch of batches) {
  // The model as it ships: category heads and rule heads (the groups from the fold's own training rows).
  const train = rows.filter((r) => r.split !== batch);
  const model = trainHeaded(train, DEFAULT_OPTIONS, ruleHeadGroups(train, HEAD_RULES, RULE_HEADS.minPositives), RULE_HEADS.keep);
  for (const r of rows.filter((row) => row.split === batch)) {
    const p = scoreHeaded(model, r.keys);
    CATEGORIES.forEach((_, k) => outcomes[k]?.push({ batch, label: r.labels[k] === true, rule: r.rule[k] === true, p: p[k] ?? 0 }));
  }
}

interface Tally { tp: number; fp: number; fn: number; right: number; wrong: number }
function tally(list: readonly Outcome[], t: number): Tally {
  const s: Tally = { tp: 0, fp: 0, fn: 0, right: 0, wrong: 0 };
  for (const o of list) {
    const extra = !o.rule && o.p >= t;
    if (o.rule || extra) {
      if (o.label) s.tp++;
      else s.fp++;
    } else if (o.label) s.fn++;
    if (extra) {
      if (o.label) s.right++;
      else s.wrong++;
    }
  }
  return s;
}
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const fmt = (x: number): string => x.toFixed(2);

console.log(`calibration folds: ${batches.join(', ')} (${outcomes[0]?.length ?? 0} drafts, each scored by a model that did not see its batch); training splits: ${TRAIN_SPLITS.length}`);
CATEGORIES.forEach((category, k) => {
  const list = outcomes[k] ?? [];
  const rulesOnly = tally(list, Infinity);
  const rulesPrecision = ratio(rulesOnly.tp, rulesOnly.tp + rulesOnly.fp);
  const floor = rulesPrecision >= 0.95 ? 0.95 : rulesPrecision - 0.01;
  console.log(`\n${category}: rules alone P ${rulesPrecision.toFixed(3)} R ${fmt(ratio(rulesOnly.tp, rulesOnly.tp + rulesOnly.fn))}; precision floor ${floor.toFixed(3)}`);
  const passes = GRID.map((t) => {
    const s = tally(list, t);
    const precision = ratio(s.tp, s.tp + s.fp);
    const perBatch = batches.map((b) => {
      const x = tally(list.filter((o) => o.batch === b), t);
      return `${x.right}/${x.wrong}`;
    });
    console.log(`  t ${t.toFixed(3)}  P ${precision.toFixed(3)} R ${fmt(ratio(s.tp, s.tp + s.fn))}  extras ${s.right}/${s.wrong} (per batch ${perBatch.join(' ')})`);
    return ratio(s.right, s.right + s.wrong) >= 0.8 && precision >= floor;
  });
  const first = GRID.findIndex((_, i) => passes.slice(i).every(Boolean));
  console.log(`${category}: the rule's choice ${first < 0 ? 'none' : String(GRID[first])}`);
});
