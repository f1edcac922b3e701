// Cross-validation of the second-stage sentiment model on its own training rows. The stacker's rows
// are already out-of-fold first-stage readings (each read by first-stage models that did not learn
// it); training the stacker on the other folds and scoring the held-out one makes the whole pipeline
// out-of-fold. That gives a figure on the 11,000 SmSA TRAIN rows, where the seed moves far less than
// it moves the 1,260 SmSA valid rows: settings are chosen here and read on valid once.
import { quantizeModel } from '../model/format.js';
import { stackerInto } from '../model/stacker.js';
import { macroF1 } from './metrics.js';
import { trainStacker, type StackerOptions, type StackExample } from './stacker-train.js';

export interface CrossValidationRow {
  example: StackExample;
  /** The fold the row belongs to (the same partition the first stage used). */
  fold: number;
  /** Scored: counted in the figure (e.g. SmSA rows); every row trains. */
  scored: boolean;
}

export interface CrossValidation {
  /** Macro-F1 per seed, over the scored rows. */
  perSeed: number[];
  mean: number;
  /** Out-of-fold probabilities of the scored rows (mean over seeds), in row order, with their gold labels. */
  outOfFold: Array<{ probabilities: Float64Array; gold: string; row: number }>;
}

/**
 * Macro-F1 of out-of-fold stacker readings over the scored rows, once per seed. `decide` turns a
 * row's probabilities into the label analyze() would give (it may read the row's rule cues).
 */
export function crossValidateStacker(
  rows: readonly CrossValidationRow[],
  classes: readonly string[],
  options: StackerOptions & { folds: number },
  seeds: readonly number[],
  decide: (probabilities: Float64Array, row: number) => string,
): CrossValidation {
  const scored = rows.map((row, i) => ({ row, i })).filter(({ row }) => row.scored);
  const gold = scored.map(({ row }) => classes[row.example.target] ?? '');
  const out = new Float64Array(8);
  const sums = scored.map(() => new Float64Array(classes.length));
  const perSeed = seeds.map((seed) => {
    const predicted = new Array<string>(scored.length).fill('');
    for (let fold = 0; fold < options.folds; fold += 1) {
      const trained = trainStacker(rows.filter((r) => r.fold !== fold).map((r) => r.example), classes, { ...options, seed });
      const stacker = { hidden: quantizeModel(trained.hidden), output: quantizeModel(trained.output) };
      scored.forEach(({ row, i }, k) => {
        if (row.fold !== fold) return;
        const probabilities = stackerInto(stacker, row.example.inputs, out).slice(0, classes.length);
        sums[k]?.forEach((sum, c, all) => (all[c] = sum + (probabilities[c] ?? 0) / seeds.length));
        predicted[k] = decide(probabilities, i);
      });
    }
    return macroF1(gold, predicted, classes);
  });
  const outOfFold = scored.map(({ i }, k) => ({ probabilities: sums[k] ?? new Float64Array(classes.length), gold: gold[k] ?? '', row: i }));
  return { perSeed, mean: perSeed.reduce((sum, f) => sum + f, 0) / Math.max(1, perSeed.length), outOfFold };
}
