// Models that read the same features have their weights interleaved per bucket (for
// example sentiment 3 + emotion 6 = 9 bytes side by side): one memory fetch per feature
// serves every model of the group instead of one cache miss per feature per model.
// Features appended after the shared ones (stacked probabilities, rule reasons) are
// scored with each model's own weights, since only some models see them.
import { type FeatureVector } from '../features/vector.js';
import { type LinearModel, softmaxInPlace, sigmoid } from './linear.js';

export interface FusedModels {
  readonly mask: number;
  readonly width: number;
  readonly weights: Int8Array;
  /** Where each model's classes start within a bucket's row. */
  readonly offsets: ReadonlyMap<LinearModel, number>;
}

export function fuseModels(models: readonly LinearModel[]): FusedModels {
  const mask = models[0]?.mask ?? 0;
  if (models.some((m) => m.mask !== mask || !(m.weights instanceof Int8Array))) throw new Error('fuseModels: models need int8 weights and equal bucket counts');
  const width = models.reduce((sum, m) => sum + m.classes.length, 0);
  const weights = new Int8Array((mask + 1) * width);
  const offsets = new Map<LinearModel, number>();
  let offset = 0;
  for (const model of models) {
    const classes = model.classes.length;
    for (let bucket = 0; bucket <= mask; bucket += 1) {
      for (let c = 0; c < classes; c += 1) weights[bucket * width + offset + c] = model.weights[bucket * classes + c] ?? 0;
    }
    offsets.set(model, offset);
    offset += classes;
  }
  return { mask, width, weights, offsets };
}

/** Sums features [0, end) of the vector for every model of the group at once. */
export function scoreShared(fused: FusedModels, vector: FeatureVector, end: number, sums: Float64Array): void {
  const { weights, mask, width } = fused;
  const { buckets, values } = vector;
  sums.fill(0, 0, width);
  for (let i = 0; i < end; i += 1) {
    const base = ((buckets[i] ?? 0) & mask) * width;
    const value = values[i] ?? 0;
    for (let c = 0; c < width; c += 1) sums[c] = (sums[c] ?? 0) + (weights[base + c] ?? 0) * value;
  }
}

/**
 * Probabilities of one model: its slice of the shared sums plus the features from
 * `extrasFrom` to the end of the vector, scored with the model's own weights.
 */
export function finishModel(fused: FusedModels, model: LinearModel, sums: Float64Array, vector: FeatureVector, extrasFrom: number, out: Float64Array): void {
  const classes = model.classes.length;
  const offset = fused.offsets.get(model) ?? 0;
  for (let c = 0; c < classes; c += 1) out[c] = sums[offset + c] ?? 0;
  for (let i = extrasFrom; i < vector.length; i += 1) {
    const base = ((vector.buckets[i] ?? 0) & model.mask) * classes;
    const value = vector.values[i] ?? 0;
    for (let c = 0; c < classes; c += 1) out[c] = (out[c] ?? 0) + (model.weights[base + c] ?? 0) * value;
  }
  for (let c = 0; c < classes; c += 1) out[c] = (out[c] ?? 0) * model.scale + (model.bias[c] ?? 0);
  if (model.kind === 'softmax') softmaxInPlace(out, classes);
  else for (let c = 0; c < classes; c += 1) out[c] = sigmoid(out[c] ?? 0);
}
