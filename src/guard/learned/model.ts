// The learned second opinion's weights and scoring: a logistic regression per category
// over the features of features.ts. Pure data and arithmetic, so it runs in the browser.
import type { Category } from '../types.js';
import { featuresOf, type Feature } from './features.js';
import { WEIGHTS } from './weights.js';

export interface CategoryWeights {
  bias: number;
  /** Probability at or above which the model speaks (chosen out-of-fold by the training script). */
  threshold: number;
  weights: Record<string, number>;
}

export interface SecondOpinionWeights {
  trainedOn: string[];
  drafts: number;
  categories: Record<string, CategoryWeights>;
}

export const LEARNED_CATEGORIES: readonly Category[] = ['claim', 'disclosure', 'pressure'];

// One Map per category, built once: a lookup per feature instead of an object walk.
const TABLES = new Map<Category, { bias: number; threshold: number; weights: Map<string, number> }>(
  LEARNED_CATEGORIES.map((c) => {
    const w = WEIGHTS.categories[c];
    return [c, { bias: w?.bias ?? 0, threshold: w?.threshold ?? 1, weights: new Map(Object.entries(w?.weights ?? {})) }];
  }),
);

export interface Opinion {
  probability: number;
  threshold: number;
  /** Features that pushed towards the category, strongest first. */
  drivers: { feature: Feature; weight: number }[];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's opinion of one category, from precomputed features (each key counted once). */
export function opinionOf(category: Category, features: readonly Feature[]): Opinion {
  const table = TABLES.get(category);
  if (table === undefined) return { probability: 0, threshold: 1, drivers: [] };
  let z = table.bias;
  const seen = new Set<string>();
  const drivers: { feature: Feature; weight: number }[] = [];
  for (const f of features) {
    if (seen.has(f.key)) continue;
    seen.add(f.key);
    const w = table.weights.get(f.key);
    if (w === undefined) continue;
    z += w;
    if (w > 0) drivers.push({ feature: f, weight: w });
  }
  drivers.sort((a, b) => b.weight - a.weight);
  return { probability: sigmoid(z), threshold: table.threshold, drivers };
}

export { featuresOf };
