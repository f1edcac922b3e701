// Feature views for ensembles that cost nothing at inference. A model trained on only the
// word-level part of each vector (or only its character n-grams) has weights only in those
// buckets, so its logits on the full vector equal its logits on its own view; the weighted
// mean of such models is therefore one linear model over the full vector, scored by the same
// fused pass. The views keep the values the full vector gives them (no renormalising), so
// training and inference see the same numbers.
import { type FeatureVector } from '../features/vector.js';

/** Which part of a base vector a view keeps; features appended after the base are always kept. */
export type FeatureView = 'full' | 'word' | 'char';

export function viewOf(vector: FeatureVector, view: FeatureView, wordLevel: number, baseLength: number): FeatureVector {
  if (view === 'full') return { buckets: vector.buckets.slice(0, vector.length), values: vector.values.slice(0, vector.length), length: vector.length };
  const keep = view === 'word' ? (i: number): boolean => i < wordLevel || i >= baseLength : (i: number): boolean => i >= wordLevel;
  const indexes = [...Array(vector.length).keys()].filter(keep);
  return { buckets: Uint32Array.from(indexes, (i) => vector.buckets[i] ?? 0), values: Float64Array.from(indexes, (i) => vector.values[i] ?? 0), length: indexes.length };
}
