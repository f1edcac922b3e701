// npm run train:guard — trains the guard's learned second opinion: one logistic regression per
// category (claim, disclosure, pressure) and one per frequent rule (round nine's rule heads) over the
// features of src/guard/learned/features.ts, on the training splits and calibration folds of
// scripts/guard-learned-splits.ts (never holdout, blind2 or the blind-* folders), with the trainer of scripts/guard-learned-training.ts that
// scripts/lobo-guard.ts measures leave-one-batch-out. Deterministic: fixed data order, full-batch
// gradient descent from zero, no randomness. Writes models/guard/second-opinion.json and its TS
// twin src/guard/learned/weights.ts (packed by src/guard/learned/weights-codec.ts: one shared
// vocabulary, per head VLQ key gaps and weights ×10,000), and prints out-of-fold (tuning) figures.
// Flags: --dry (print figures, write nothing), --misses (list the drafts the rules left empty by
// out-of-fold probability; never rows of `blind`), --epochs/--rate/--l2/--min-count/--keep/--nb N (experiments),
// --no-oof (skip the out-of-fold figures, one model per source split, which take most of the run; the weights
// and the pinned thresholds written are the same, since the thresholds are pinned, not chosen out of fold).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, DEFAULT_OPTIONS, HEAD_RULES, loadRows, RULE_HEADS, ruleHeadGroups, scoreHeaded, trainHeaded, type TrainOptions } from './guard-learned-training.js';
import { CALIBRATION_BATCHES, PINNED_THRESHOLDS, TRAIN_SPLITS } from './guard-learned-splits.js';
import { chooseThreshold, type Outcome } from './train-guard-threshold.js';
import { packWeights, type CategoryWeights } from '../src/guard/learned/weights-codec.js';

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : Number(args[at + 1]);
};
const options: TrainOptions = {
  ...DEFAULT_OPTIONS,
  epochs: numberArg('--epochs', DEFAULT_OPTIONS.epochs),
  rate: numberArg('--rate', DEFAULT_OPTIONS.rate),
  l2: numberArg('--l2', DEFAULT_OPTIONS.l2),
  minCount: numberArg('--min-count', DEFAULT_OPTIONS.minCount),
  keep: numberArg('--keep', DEFAULT_OPTIONS.keep),
  nbAlpha: numberArg('--nb', DEFAULT_OPTIONS.nbAlpha),
};
const dry = args.includes('--dry');
const outOfFold = !args.includes('--no-oof');

const root = join(import.meta.dirname, '..');
// Round nine: the calibration folds are training data too. Their thresholds were set cross-validated
// (scripts/calibrate-guard-lobo.ts: each fold scored by a model that had not seen it), so the shipped
// model may learn from every batch.
const splits = [...TRAIN_SPLITS, ...CALIBRATION_BATCHES];
const rows = loadRows(root, splits);
const N = rows.length;
const usedSplits = splits.filter((s) => rows.some((r) => r.split === s));

// Out-of-fold: each source split is one fold, so every draft is scored by a model (and a
// vocabulary) that saw none of its writer's batch; new wording is judged as a new writer's would be.
const oof = rows.map(() => [0, 0, 0]);
for (const split of outOfFold ? usedSplits : []) {
  const train = rows.filter((r) => r.split !== split);
  const model = trainHeaded(train, options, ruleHeadGroups(train, HEAD_RULES, RULE_HEADS.minPositives), RULE_HEADS.keep);
  rows.forEach((r, n) => {
    if (r.split === split) oof[n] = scoreHeaded(model, r.keys);
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
// today is printed beside each pin. Round eight (NBSVM model over words and word pairs, train10–train12 and
// train14–train19 among the training splits): recalibrated on train13 by the same rule, with no other grid
// or condition: (a) chose claim 0.875, disclosure 0.5, pressure 0.5; (b) moved pressure to 0.6 ("Registration
// for the final session closes on 30 June 2027 at 17.00 WIB; this is the last chance to join this year.").
// Extras on train13 (right/wrong), TUNING figures: claim 2/0, disclosure 6/1, pressure 0/0. (The values live in
// scripts/guard-learned-splits.ts, shared with scripts/lobo-guard.ts.)

const fmt = (x: number): string => (Number.isNaN(x) ? '  – ' : x.toFixed(2));
const groups = ruleHeadGroups(rows, HEAD_RULES, RULE_HEADS.minPositives);
const headed = trainHeaded(rows, options, groups, RULE_HEADS.keep);
const full = headed.categories;
const sortedWeights = (map: ReadonlyMap<string, number> | undefined): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const [key, w] of [...(map ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : 1))) out[key] = w;
  return out;
};
const result: Record<string, CategoryWeights> = {};
console.log(outOfFold ? `out-of-fold by source split (TUNING figures on training drafts): ${N} drafts; options ${JSON.stringify(options)}` : `--no-oof: no out-of-fold figures (the figures below read zeros); options ${JSON.stringify(options)}`);
CATEGORIES.forEach((c, k) => {
  const outcomes: Outcome[] = rows.map((r, n) => ({ label: r.labels[k] === true, rule: r.rule[k] === true, p: oof[n]?.[k] ?? 0 }));
  const choice = chooseThreshold(outcomes, PINNED_THRESHOLDS[c]);
  console.log(`${c.padEnd(10)} threshold pinned at ${PINNED_THRESHOLDS[c].toFixed(3)}; the rule would choose ${chooseThreshold(outcomes).threshold.toFixed(3)} today`);
  const weights = sortedWeights(full.weights[k]);
  const heads = groups.flatMap((g, h) => (g.category === k ? [{ rules: [...g.rules].sort(), bias: headed.heads.bias[h] ?? 0, weights: sortedWeights(headed.heads.weights[h]) }] : []));
  result[c] = { bias: full.bias[k] ?? 0, threshold: choice.threshold, weights, heads };
  const r = choice.rules;
  const a = choice.combined;
  console.log(
    `${c.padEnd(10)} threshold ${choice.threshold.toFixed(3)}  rules P/R ${fmt(r.precision)}/${fmt(r.recall)}  with model ${fmt(a.precision)}/${fmt(a.recall)}  extras tp ${choice.extras.tp} fp ${choice.extras.fp}  features ${Object.keys(weights).length}`,
  );
  // The model alone, ranked by its out-of-fold probability (average precision): how well it
  // knows the category in wording it has not seen, whatever the rules found.
  const ap = (list: readonly Outcome[]): { positives: number; ap: number } => {
    let hits = 0;
    let sum = 0;
    [...list].sort((x, y) => y.p - x.p).forEach((o, i) => {
      if (!o.label) return;
      hits++;
      sum += hits / (i + 1);
    });
    return { positives: hits, ap: sum / Math.max(1, hits) };
  };
  const residual = outcomes.filter((o) => !o.rule);
  const res = ap(residual);
  console.log(`  model alone: average precision ${fmt(ap(outcomes).ap)}; on the ${residual.length} drafts the rules left empty: ${res.positives} positives, average precision ${fmt(res.ap)}`);
  if (args.includes('--misses')) {
    // Drafts the rules left empty, highest out-of-fold probability first (labelled or not); never `blind` rows.
    const empty = rows.map((row, n) => ({ row, o: outcomes[n] as Outcome })).filter((x) => x.row.split !== 'blind' && !x.o.rule && (x.o.label || x.o.p >= 0.3)).sort((x, y) => y.o.p - x.o.p);
    for (const { row, o } of empty) console.log(`    ${o.label ? 'POS' : 'neg'} ${o.p.toFixed(2)} ${row.draft.id} ${row.draft.text.slice(0, 110)}`);
  }
  for (const split of usedSplits) {
    const s = chooseThreshold(outcomes.filter((_, n) => rows[n]?.split === split), choice.threshold);
    console.log(`  ${split.padEnd(8)} rules ${fmt(s.rules.precision)}/${fmt(s.rules.recall)}  with model ${fmt(s.combined.precision)}/${fmt(s.combined.recall)}  extras tp ${s.extras.tp} fp ${s.extras.fp}`);
  }
});

if (!dry) {
  const json = JSON.stringify(packWeights({ trainedOn: usedSplits.map((s) => `corpora/guard/${s}.jsonl`), drafts: N, categories: result }));
  writeFileSync(join(root, 'models', 'guard', 'second-opinion.json'), `${json}\n`);
  writeFileSync(
    join(root, 'src', 'guard', 'learned', 'weights.ts'),
    `// Generated by npm run train:guard from the team's guard corpora; the same data as\n// models/guard/second-opinion.json (see models/guard/NOTICE). Do not edit by hand.\nimport type { PackedSecondOpinion } from './weights-codec.js';\n\nexport const WEIGHTS: PackedSecondOpinion = ${json};\n`,
  );
}
console.log(`trained on ${N} drafts (${usedSplits.join(', ')})${dry ? ' (dry run, nothing written)' : ''}`);
