// Leave-one-batch-out for the high-urgency head: for each fresh writers' batch B, the head and
// the word-level urgency model are trained without B (every other inbox row, as the shipped head
// is trained) and B is scored: the head alone (its mixed score, as decide() reads it: recall at
// precision >= 0.95 and PR-AUC) and rules + head (high precision/recall and the head's additions
// right/wrong) at a few thresholds, and the head's false alarms on SmSA valid + EmoT valid there.
// The batches in RULES_TUNED_ON flatter the rules (their shapes were written from those misses);
// the others are the honest columns, pooled on the last line.
// The recipe is CONFIG.urgencyHead patched by --config; '{"freshBatches":7}' is the round-eight
// recipe (train7a–train12). The dump carries the unit tests' calm look-alikes (scripts/unit-test-lookalikes.ts,
// or a JSON list in URGENCY_HEAD_PROBES); the last lines say which of them a head on all rows calls high.
// Reads the inputs dumped by the training script (no blind set is in it), so a run takes minutes:
//   URGENCY_HEAD_DUMP=/tmp/head-inputs.bin [URGENCY_HEAD_PROBES=<file>] npm run train:analysis
//   npx tsx scripts/lobo-urgency.ts --inputs /tmp/head-inputs.bin [--config '{"l2":1e-5}'] [--batches train10-inbox] [--thresholds 0.1,0.15,0.2]
import { parseArgs } from 'node:util';
import { precisionRecall } from '../src/analysis/training/metrics.js';
import { FRESH_BATCHES, RULES_TUNED_ON, type HeadInput } from '../src/analysis/training/urgency-head.js';
import { CONFIG } from './train-analysis-config.js';
import { addedByHead, calledHigh, calmVectors, readInputs, scoreRows, trainingRows, trainPair } from './urgency-head-folds.js';
import { type UrgencyHeadConfig } from './urgency-head-training.js';

const { values } = parseArgs({ options: { inputs: { type: 'string', default: '/tmp/head-inputs.bin' }, config: { type: 'string' }, batches: { type: 'string' }, thresholds: { type: 'string', default: '0.1,0.15,0.2' } } });

// The recipe: CONFIG.urgencyHead (scripts/train-analysis-config.ts) patched by --config. Each
// batch is held out of training; freshBatches limits the other batches the head learns from
// (round nine: 7 = the round-eight recipe, train7a–train12; 18 = every fresh batch).
const config: UrgencyHeadConfig = { ...CONFIG.urgencyHead, ...(values.config ? (JSON.parse(values.config) as Partial<UrgencyHeadConfig>) : {}) };

const inputs = readInputs(values.inputs);
const present = new Set(inputs.rows.map((r) => r.source));
const batches = (values.batches?.split(',') ?? FRESH_BATCHES).filter((b) => present.has(b));
const calm = calmVectors(inputs, config);

/** Recall at the best cut whose precision is >= minPrecision, and average precision (PR-AUC). */
function rankFigures(scores: readonly number[], gold: readonly boolean[], minPrecision: number): { recall: number; auc: number } {
  const order = scores.map((s, i) => ({ s, g: gold[i] ?? false })).sort((a, b) => b.s - a.s);
  const positives = order.filter((o) => o.g).length;
  let tp = 0;
  let best = 0;
  let auc = 0;
  order.forEach((o, i) => {
    if (!o.g) return;
    tp += 1;
    const precision = tp / (i + 1);
    auc += precision / positives;
    // Ties: only a cut after the last of equal scores is a real threshold.
    if (precision >= minPrecision && (order[i + 1]?.s ?? -1) < o.s) best = Math.max(best, tp / positives);
  });
  return { recall: best, auc };
}

const fmt = (x: number): string => x.toFixed(3);
const thresholds = values.thresholds.split(',').map(Number);

interface Column {
  batch: string;
  /** Per threshold: counts for the pooled line. */
  counts: Array<{ tp: number; fp: number; fn: number; wrong: number; gated: number }>;
  n: number;
  high: number;
  rules: string;
  headRecall: number;
  auc: number;
  /** Rules + head per threshold, then the SmSA+EmoT valid false alarms per threshold. */
  combined: string[];
  validAdded: number[];
}

function combined(rows: ReadonlyArray<HeadInput & { high: boolean }>, scores: readonly number[], t: number): string {
  const predicted = rows.map((r, i) => calledHigh(r, scores[i] ?? 0, t));
  const pr = precisionRecall(predicted, rows.map((r) => r.high));
  const added = rows.filter((r, i) => addedByHead(r, scores[i] ?? 0, t));
  return `${fmt(pr.precision)}/${fmt(pr.recall)} +${added.filter((r) => r.high).length}/${added.filter((r) => !r.high).length}`;
}

const columns: Column[] = [];
for (const batch of batches) {
  const heldOut = inputs.rows.filter((r) => r.source === batch);
  const pair = trainPair(trainingRows(inputs.rows, heldOut, config.freshBatches), calm, config);
  const scores = scoreRows(heldOut, pair, config.mix);
  const validScores = scoreRows(inputs.valid, pair, config.mix);
  const gold = heldOut.map((r) => r.high);
  const rules = precisionRecall(heldOut.map((r) => r.ruled), gold);
  const ranked = rankFigures(scores, gold, 0.95);
  columns.push({
    batch,
    n: heldOut.length,
    high: gold.filter(Boolean).length,
    rules: `${fmt(rules.precision)}/${fmt(rules.recall)}`,
    headRecall: ranked.recall,
    auc: ranked.auc,
    combined: thresholds.map((t) => combined(heldOut, scores, t)),
    counts: thresholds.map((t) => {
      const pr = precisionRecall(heldOut.map((r, i) => calledHigh(r, scores[i] ?? 0, t)), gold);
      const gated = heldOut.filter((r, i) => r.high && !r.ruled && !r.eligible && (scores[i] ?? 0) >= t).length;
      return { tp: pr.tp, fp: pr.fp, fn: pr.fn, wrong: heldOut.filter((r, i) => !r.high && addedByHead(r, scores[i] ?? 0, t)).length, gated };
    }),
    validAdded: thresholds.map((t) => inputs.valid.filter((v, i) => addedByHead(v, validScores[i] ?? 0, t)).length),
  });
}

console.log(`config ${JSON.stringify(values.config ? JSON.parse(values.config) : {})} over CONFIG.urgencyHead; head score = ${1 - config.mix} head + ${config.mix} word model; valid = ${inputs.valid.length} SmSA+EmoT valid texts`);
console.log(`| batch (n, high) | rules P/R | head R@P.95 | head PR-AUC | ${thresholds.map((t) => `rules+head @${t} P/R +right/wrong`).join(' | ')} | valid false alarms @${thresholds.join('/')} |`);
console.log(`|---|---|---|---|${thresholds.map(() => '---|').join('')}---|`);
for (const c of columns) console.log(`| ${c.batch} (${c.n}, ${c.high}) | ${c.rules} | ${fmt(c.headRecall)} | ${fmt(c.auc)} | ${c.combined.join(' | ')} | ${c.validAdded.join('/')} |`);
// The honest columns: batches the rules were never tuned on (RULES_TUNED_ON), pooled.
const honest = columns.filter((c) => !RULES_TUNED_ON.has(c.batch));
const pooled = thresholds.map((_, k) => {
  const sum = (pick: (x: { tp: number; fp: number; fn: number; wrong: number; gated: number }) => number, list: readonly Column[]): number => list.reduce((s, c) => s + pick(c.counts[k] ?? { tp: 0, fp: 0, fn: 0, wrong: 0, gated: 0 }), 0);
  const tp = sum((x) => x.tp, honest);
  return `${fmt(tp / Math.max(1, tp + sum((x) => x.fp, honest)))}/${fmt(tp / Math.max(1, tp + sum((x) => x.fn, honest)))} (wrong additions: ${sum((x) => x.wrong, honest)} here, ${sum((x) => x.wrong, columns)} in all; ${sum((x) => x.fn, honest)} missed, ${sum((x) => x.gated, honest)} of them scored high but gated)`;
});
console.log(`| pooled, ${honest.length} honest batches | | | | ${pooled.join(' | ')} | |`);
const mean = (pick: (c: Column) => number): string => fmt(columns.reduce((s, c) => s + pick(c), 0) / Math.max(1, columns.length));
console.log(`| mean | | ${mean((c) => c.headRecall)} | ${mean((c) => c.auc)} |${thresholds.map(() => ' |').join('')} ${thresholds.map((_, k) => mean((c) => c.validAdded[k] ?? 0)).join('/')} |`);

// The unit tests' calm look-alikes (in the dump when it was written with URGENCY_HEAD_PROBES):
// which of them a head trained on every training row calls high.
if (inputs.probes) {
  const probes: HeadInput[] = inputs.probes;
  const pair = trainPair(trainingRows(inputs.rows, [], config.freshBatches), calm, config);
  const scores = scoreRows(probes, pair, config.mix);
  const line = thresholds.map((t) => `@${t}: ${probes.filter((p, i) => addedByHead(p, scores[i] ?? 0, t)).length}`).join(', ');
  console.log(`unit-test look-alikes called high by the head on all rows (of ${probes.length}): ${line}`);
  probes.forEach((p, i) => {
    if (addedByHead(p, scores[i] ?? 0, Math.min(...thresholds))) console.log(`  ${(scores[i] ?? 0).toFixed(3)} ${p.text}`);
  });
}
