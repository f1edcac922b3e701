// Decision thresholds chosen by cross-validation on the team corpus: the models are
// trained on four fifths, score the fifth they did not see, and each threshold takes the
// value with the best F1 of the full decision ("a rule fired, or the model is confident").

import { precisionRecall } from './metrics.js';

export const THRESHOLD_GRID: readonly number[] = Array.from({ length: 15 }, (_, i) => 0.15 + i * 0.05);

export function foldOf(index: number, folds: number): number {
  return index % folds;
}

function f1(predicted: readonly boolean[], gold: readonly boolean[]): number {
  const { tp, fp, fn } = precisionRecall(predicted, gold);
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * The threshold of the grid whose decision `ruled || score >= t` has the best F1; ties go
 * to the higher threshold (fewer model-only labels, which carry weaker reasons).
 */
export function bestThreshold(scores: readonly number[], ruled: readonly boolean[], gold: readonly boolean[], grid: readonly number[] = THRESHOLD_GRID): { threshold: number; f1: number } {
  let best = { threshold: grid[grid.length - 1] ?? 0.5, f1: -1 };
  for (const threshold of grid) {
    const score = f1(scores.map((s, i) => (ruled[i] ?? false) || s >= threshold), gold);
    if (score >= best.f1) best = { threshold, f1: score };
  }
  return best;
}
