// Per-class logit offsets chosen on held-out TRAINING rows (round eight), so that the validation
// sets stay a check instead of the thing tuned. A model trained with cross-entropy puts its class
// boundaries where the likelihood is best, not where macro-F1 is; a small shift of a class's
// logit moves them. Coordinate search: one class at a time over a grid, a few rounds; a change
// is kept only when it raises macro-F1 on the held-out rows by more than `minGain`.
import { macroF1 } from './metrics.js';

export interface CalibrationRow {
  /** The model's probabilities for the row (the offsets multiply them by e^offset). */
  probabilities: ArrayLike<number>;
  gold: string;
}

export interface CalibrationOptions {
  /** Classes whose offset may move (indexes); the others stay at 0. */
  free: readonly number[];
  grid: readonly number[];
  rounds: number;
  /** Smallest macro-F1 gain that moves an offset (guards against chasing single rows). */
  minGain: number;
}

export function searchOffsets(rows: readonly CalibrationRow[], width: number, labels: readonly string[], decide: (shifted: Float64Array, row: number) => string, options: CalibrationOptions): { offsets: number[]; before: number; after: number } {
  const shifted = new Float64Array(width);
  const gold = rows.map((r) => r.gold);
  const score = (offsets: readonly number[]): number =>
    macroF1(gold, rows.map((row, i) => {
      let sum = 0;
      for (let c = 0; c < width; c += 1) sum += shifted[c] = (row.probabilities[c] ?? 0) * Math.exp(offsets[c] ?? 0);
      for (let c = 0; c < width; c += 1) shifted[c] = (shifted[c] ?? 0) / sum;
      return decide(shifted, i);
    }), labels);
  const offsets = Array.from({ length: width }, () => 0);
  const before = score(offsets);
  let best = before;
  for (let round = 0; round < options.rounds; round += 1) {
    for (const c of options.free) {
      for (const value of options.grid) {
        const trial = offsets.map((o, i) => (i === c ? value : o));
        const figure = score(trial);
        if (figure > best + options.minGain) {
          best = figure;
          offsets[c] = value;
        }
      }
    }
  }
  return { offsets, before, after: best };
}
