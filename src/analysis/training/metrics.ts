// Scores used by the training script, the eval and the eval sample in the tests.

export interface ClassScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function perClassScores(gold: readonly string[], predicted: readonly string[], labels: readonly string[]): ClassScore[] {
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i += 1) {
      const g = gold[i] === label;
      const p = predicted[i] === label;
      if (g && p) tp += 1;
      else if (p) fp += 1;
      else if (g) fn += 1;
    }
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { label, precision, recall, f1, support: tp + fn };
  });
}

/** Macro-F1 over `labels` (a prediction outside them, such as `none`, counts as an error). */
export function macroF1(gold: readonly string[], predicted: readonly string[], labels: readonly string[]): number {
  const scores = perClassScores(gold, predicted, labels);
  return scores.reduce((sum, s) => sum + s.f1, 0) / Math.max(1, scores.length);
}

/** Macro-F1 of a multi-label task: one binary F1 per label, averaged. */
export function multiLabelMacroF1(gold: ReadonlyArray<readonly string[]>, predicted: ReadonlyArray<readonly string[]>, labels: readonly string[]): number {
  let total = 0;
  for (const label of labels) {
    const g = gold.map((set) => (set.includes(label) ? 'yes' : 'no'));
    const p = predicted.map((set) => (set.includes(label) ? 'yes' : 'no'));
    total += perClassScores(g, p, ['yes'])[0]?.f1 ?? 0;
  }
  return total / Math.max(1, labels.length);
}

/** High-class counts and precision/recall of a yes/no decision (1 when nothing was predicted or expected). */
export interface PrecisionRecall {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
}

export function precisionRecall(predicted: readonly boolean[], gold: readonly boolean[]): PrecisionRecall {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && gold[i]) tp += 1;
    else if (p) fp += 1;
    else if (gold[i]) fn += 1;
  });
  return { precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn), tp, fp, fn };
}
