// A sparse feature vector: hashed features folded into BUCKETS buckets, each weighted by
// its inverse document frequency and the whole scaled to unit length (TF-IDF). The same
// code builds vectors in training and at inference, so both see identical numbers.

export const BUCKET_BITS = 18;
export const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

/** Inverse document frequency per bucket, stored as bytes: idf = byte * scale. */
export interface IdfTable {
  readonly bytes: Uint8Array;
  readonly scale: number;
}

export interface FeatureVector {
  buckets: Uint32Array;
  values: Float64Array;
  length: number;
}

export function createVector(capacity = 1024): FeatureVector {
  return { buckets: new Uint32Array(capacity), values: new Float64Array(capacity), length: 0 };
}

function ensureCapacity(vector: FeatureVector, needed: number): void {
  if (needed <= vector.buckets.length) return;
  const size = Math.max(needed, vector.buckets.length * 2);
  const buckets = new Uint32Array(size);
  const values = new Float64Array(size);
  buckets.set(vector.buckets);
  values.set(vector.values);
  vector.buckets = buckets;
  vector.values = values;
}

/**
 * Fills `into` with the TF-IDF vector of `hashes` (repeats add up: term frequency). The
 * features from `wordLevel` on (character n-grams) are weighted by `charScale` before the
 * vector is scaled to unit length: a word has several n-grams, which otherwise outweigh it.
 */
export function vectorize(hashes: readonly number[], idf: IdfTable, into: FeatureVector, wordLevel = hashes.length, charScale = 1): FeatureVector {
  ensureCapacity(into, hashes.length + 16);
  let norm = 0;
  for (let i = 0; i < hashes.length; i += 1) {
    const bucket = (hashes[i] ?? 0) & BUCKET_MASK;
    const value = (idf.bytes[bucket] ?? 0) * idf.scale * (i < wordLevel ? 1 : charScale);
    into.buckets[i] = bucket;
    into.values[i] = value;
    norm += value * value;
  }
  const inverse = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < hashes.length; i += 1) into.values[i] = (into.values[i] ?? 0) * inverse;
  into.length = hashes.length;
  return into;
}

/** Adds one feature with a given value after normalisation (stacked model outputs, rule flags). */
export function appendFeature(vector: FeatureVector, hash: number, value: number): void {
  ensureCapacity(vector, vector.length + 1);
  vector.buckets[vector.length] = hash & BUCKET_MASK;
  vector.values[vector.length] = value;
  vector.length += 1;
}

/** A copy sized to its content, for training sets held in memory. */
export function compactVector(vector: FeatureVector): FeatureVector {
  return { buckets: vector.buckets.slice(0, vector.length), values: vector.values.slice(0, vector.length), length: vector.length };
}
