// Helpers for assembling training sets deterministically: stable sampling, class and
// source weights, and the IDF table.
import { hashString } from '../features/hash.js';
import { BUCKET_MASK } from '../features/vector.js';

/** The same `limit` items every run: ordered by a hash of their key, not by chance. */
export function stableSample<T>(items: readonly T[], limit: number, key: (item: T) => string): T[] {
  if (items.length <= limit) return [...items];
  return items
    .map((item) => ({ item, rank: hashString(key(item), 0x9747b28c) }))
    .sort((a, b) => a.rank - b.rank)
    .slice(0, limit)
    .map((entry) => entry.item);
}

/** Which half of a shared source an item belongs to (0 or 1), stable across runs. */
export function stableHalf(key: string): 0 | 1 {
  return (hashString(key, 0x1b873593) & 1) as 0 | 1;
}

/**
 * Weight per class so rare classes count more: (largest / own)^power, over the summed
 * weights of the examples. power 0.5 balances halfway, 1 fully.
 */
export function classWeights(labels: readonly string[], weights: readonly number[], power: number): Map<string, number> {
  const totals = new Map<string, number>();
  labels.forEach((label, i) => totals.set(label, (totals.get(label) ?? 0) + (weights[i] ?? 1)));
  const largest = Math.max(...totals.values());
  return new Map([...totals].map(([label, total]) => [label, (largest / total) ** power]));
}

/** Smoothed IDF per bucket over documents given as lists of feature hashes. */
export function computeIdf(documents: Iterable<readonly number[]>): Float32Array {
  const df = new Uint32Array(BUCKET_MASK + 1);
  let count = 0;
  const seen = new Set<number>();
  for (const hashes of documents) {
    count += 1;
    seen.clear();
    for (const h of hashes) seen.add(h & BUCKET_MASK);
    for (const bucket of seen) df[bucket] = (df[bucket] ?? 0) + 1;
  }
  return Float32Array.from(df, (n) => Math.log((count + 1) / (n + 1)) + 1);
}
