// Screen of training variants for one category of the learned second opinion (round twelve, issue
// #11), judged as scripts/calibrate-guard-lobo.ts calibrates: each calibration fold held out in turn,
// the rest trained on, held-out scores pooled, the written rule's table and choice printed per
// variant (scripts/calibrate-guard-rule.ts). Only the category's own heads are trained (its category
// head and its rule heads; each head trains independently of the others, so its scores are those the
// full model gives), which halves the time of a claim screen. Also printed: the average precision of
// the pooled ranking of the drafts no rule of the category found (the only drafts the model speaks
// on), a smoother figure than the grid. Tuning figures on the calibration folds; no blind split read.
//   npx tsx scripts/lobo-guard-extras.ts [--category claim] [--variants '[{"name":"base"},{"name":"rw0.3","ruleFoundWeight":0.3}]']
//     [--features a,b (variants of scripts/guard-learned-experiments.ts)] [--table] [--list T (each variant's held-out
//     drafts no rule found that score ≥ T, and the positives below it: calibration folds only)]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES, DEFAULT_OPTIONS, HEAD_RULES, loadRows, RULE_HEADS, ruleHeadGroups, scoreHeaded, trainHeaded, type Row, type TrainOptions } from './guard-learned-training.js';
import { CALIBRATION_BATCHES, TRAIN_SPLITS } from './guard-learned-splits.js';
import { calibrate, ratio, tally, type Outcome } from './calibrate-guard-rule.js';
import { experimentalKeys } from './guard-learned-experiments.js';
import { averagePrecision } from './lobo-metrics.js';

// ruleFlag: train with a key `r:found` on the drafts a rule of the category found, so it (not their words)
// can carry them; the held-out drafts are scored without it, as a check would (the model only speaks where
// no rule did, i.e. where the flag is off).
// ruleFoundWeight: a number here, for the screened category.
interface Variant extends Partial<Omit<TrainOptions, 'ruleFoundWeight'>> { name: string; headKeep?: number; minPositives?: number; ruleFlag?: boolean; ruleFoundWeight?: number }

const { values } = parseArgs({ options: { category: { type: 'string', default: 'claim' }, variants: { type: 'string', default: '[{"name":"shipped"}]' }, features: { type: 'string', default: '' }, table: { type: 'boolean', default: false }, list: { type: 'string' } } });
const k = CATEGORIES.findIndex((c) => c === values.category);
if (k < 0) throw new Error(`unknown category ${values.category}`);
const variants = JSON.parse(values.variants) as Variant[];
const features = values.features.split(',').filter((f) => f !== '');
const root = join(import.meta.dirname, '..');
const all = loadRows(root, [...TRAIN_SPLITS, ...CALIBRATION_BATCHES], features.length === 0 ? undefined : experimentalKeys(features));
// The category's column only.
const rows: Row[] = all.map((r) => ({ ...r, labels: [r.labels[k] === true], rule: [r.rule[k] === true] }));
const batches = CALIBRATION_BATCHES.filter((b) => rows.some((r) => r.split === b));
const ownRules = HEAD_RULES.filter((m) => m.category === CATEGORIES[k]);

console.log(`${values.category}: ${batches.length} folds, ${rows.filter((r) => batches.includes(r.split)).length} held-out drafts; features ${features.join(',') || 'shipped'}`);
for (const variant of variants) {
  const { name, headKeep = RULE_HEADS.keep, minPositives = RULE_HEADS.minPositives, ruleFlag = false, ruleFoundWeight, ...overrides } = variant;
  const category = CATEGORIES[k] ?? 'claim';
  const options: TrainOptions = { ...DEFAULT_OPTIONS, ...overrides, ruleFoundWeight: ruleFoundWeight === undefined ? DEFAULT_OPTIONS.ruleFoundWeight : { ...DEFAULT_OPTIONS.ruleFoundWeight, [category]: ruleFoundWeight } };
  const outcomes: (Outcome & { row: Row })[] = [];
  const started = Date.now();
  for (const batch of batches) {
    const train = rows.filter((r) => r.split !== batch).map((r) => (ruleFlag && r.rule[0] === true ? { ...r, keys: [...r.keys, 'r:found'] } : r));
    const groups = ruleHeadGroups(train, ownRules, minPositives).map((g) => ({ ...g, category: 0 }));
    const model = trainHeaded(train, options, groups, headKeep, { categories: [category], heads: groups.map(() => category) });
    for (const r of rows.filter((row) => row.split === batch)) outcomes.push({ batch, label: r.labels[0] === true, rule: r.rule[0] === true, p: scoreHeaded(model, r.keys)[0] ?? 0, row: r });
  }
  const { lines, choice } = calibrate(values.category, outcomes, batches);
  if (values.table) for (const line of lines) console.log(line);
  const at = (t: number): string => {
    const s = tally(outcomes, t);
    return `t ${t}: P ${ratio(s.tp, s.tp + s.fp).toFixed(3)} R ${ratio(s.tp, s.tp + s.fn).toFixed(3)} extras ${s.right}/${s.wrong}`;
  };
  const residual = outcomes.filter((o) => !o.rule);
  console.log(`${name.padEnd(14)} choice ${choice ?? 'none'}${choice === undefined ? '' : ` (${at(choice)})`} | ${at(0.5)} | ${at(0.6)} | residual AP ${averagePrecision(residual).toFixed(3)} | ${Math.round((Date.now() - started) / 1000)} s`);
  if (values.list !== undefined) {
    const t = Number(values.list);
    const listed = residual.filter((o) => o.p >= t || o.label).sort((a, b) => b.p - a.p);
    for (const o of listed) console.log(`  ${o.p >= t ? (o.label ? 'RIGHT' : 'WRONG') : 'MISS '} ${o.p.toFixed(2)} ${o.batch} ${o.row.draft.expect.join(',')} | ${o.row.draft.text.replace(/\s+/g, ' ').slice(0, 150)}`);
  }
}
