// NB-SVM style feature scaling (Wang & Manning 2012) for a softmax model. Each (bucket, class)
// weight is trained as w = v · s, where s grows with the bucket's log-count ratio for the class
// (how much more often it occurs in that class than in the others). With AdaGrad the step on v
// is about the same for every weight, so a telling feature moves its weight faster and an
// indifferent one stays near zero: the naive-Bayes evidence acts as a per-weight prior. The
// model returned holds w itself, so inference is unchanged (no cost).
import { type TrainingExample } from './trainer.js';

export interface NbScaleOptions {
  /** Share of the scale taken from the ratio: s = (1 − mix) + mix · |r| / mean|r| (0: off). */
  mix: number;
  /** Additive smoothing of the per-class feature sums. */
  alpha: number;
}

/**
 * The scale per (bucket, class), laid out as the trainer's weights (bucket · width + class).
 * Sums are over the examples' feature values times their weights; buckets no example touches
 * keep scale 1 (their weights stay zero anyway).
 */
export function nbFeatureScale(examples: readonly TrainingExample[], width: number, bits: number, options: NbScaleOptions): Float32Array {
  const mask = (1 << bits) - 1;
  const sums = new Float64Array((mask + 1) * width);
  const totals = new Float64Array(width);
  const touched = new Uint8Array(mask + 1);
  for (const example of examples) {
    if (typeof example.target !== 'number') throw new Error('nbFeatureScale: softmax targets only');
    const { buckets, values, length } = example.vector;
    for (let i = 0; i < length; i += 1) {
      const bucket = (buckets[i] ?? 0) & mask;
      const value = Math.abs(values[i] ?? 0) * example.weight;
      sums[bucket * width + example.target] = (sums[bucket * width + example.target] ?? 0) + value;
      totals[example.target] = (totals[example.target] ?? 0) + value;
      touched[bucket] = 1;
    }
  }
  const all = totals.reduce((sum, t) => sum + t, 0);
  const used = touched.reduce((sum, t) => sum + t, 0);
  const { alpha } = options;
  const scale = new Float32Array(sums.length).fill(1);
  let ratioSum = 0;
  for (let bucket = 0; bucket <= mask; bucket += 1) {
    if (!touched[bucket]) continue;
    let rowSum = 0;
    for (let c = 0; c < width; c += 1) rowSum += sums[bucket * width + c] ?? 0;
    for (let c = 0; c < width; c += 1) {
      const inClass = sums[bucket * width + c] ?? 0;
      const p = (inClass + alpha) / ((totals[c] ?? 0) + alpha * used);
      const q = (rowSum - inClass + alpha) / (all - (totals[c] ?? 0) + alpha * used);
      const ratio = Math.abs(Math.log(p / q));
      scale[bucket * width + c] = ratio;
      ratioSum += ratio;
    }
  }
  const mean = ratioSum / Math.max(1, used * width);
  for (let bucket = 0; bucket <= mask; bucket += 1) {
    if (!touched[bucket]) continue;
    for (let c = 0; c < width; c += 1) {
      const at = bucket * width + c;
      scale[at] = 1 - options.mix + (options.mix * (scale[at] ?? 0)) / mean;
    }
  }
  return scale;
}
