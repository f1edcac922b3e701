// A linear classifier over feature vectors. Softmax models pick one class (sentiment,
// emotion, urgency); sigmoid models score each class on its own (intents, multi-label).
// Weights are stored row-major by bucket so one feature touches one cache line; a model
// may use fewer buckets than the vector (its mask folds them further).
import { type FeatureVector } from '../features/vector.js';

export type ModelKind = 'softmax' | 'sigmoid';

export interface LinearModel {
  readonly name: string;
  readonly kind: ModelKind;
  readonly classes: readonly string[];
  /** Bucket count minus one; bucket counts are powers of two. */
  readonly mask: number;
  /** `weights[bucket * classes.length + class] * scale` is the real weight. */
  readonly weights: Int8Array | Float32Array;
  readonly scale: number;
  readonly bias: Float32Array;
}

/** Writes the raw scores (logits) of every class into `out`. */
export function logitsInto(model: LinearModel, vector: FeatureVector, out: Float64Array): void {
  const width = model.classes.length;
  const { weights, mask } = model;
  const { buckets, values } = vector;
  out.fill(0, 0, width);
  for (let i = 0; i < vector.length; i += 1) {
    const base = ((buckets[i] ?? 0) & mask) * width;
    const value = values[i] ?? 0;
    for (let c = 0; c < width; c += 1) out[c] = (out[c] ?? 0) + (weights[base + c] ?? 0) * value;
  }
  for (let c = 0; c < width; c += 1) out[c] = (out[c] ?? 0) * model.scale + (model.bias[c] ?? 0);
}

export function softmaxInPlace(values: Float64Array, width: number): void {
  let max = -Infinity;
  for (let c = 0; c < width; c += 1) max = Math.max(max, values[c] ?? 0);
  let sum = 0;
  for (let c = 0; c < width; c += 1) {
    const e = Math.exp((values[c] ?? 0) - max);
    values[c] = e;
    sum += e;
  }
  for (let c = 0; c < width; c += 1) values[c] = (values[c] ?? 0) / sum;
}

export function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** Probabilities: a distribution for softmax models, independent scores for sigmoid ones. */
export function probabilitiesInto(model: LinearModel, vector: FeatureVector, out: Float64Array): void {
  logitsInto(model, vector, out);
  const width = model.classes.length;
  if (model.kind === 'softmax') softmaxInPlace(out, width);
  else for (let c = 0; c < width; c += 1) out[c] = sigmoid(out[c] ?? 0);
}
