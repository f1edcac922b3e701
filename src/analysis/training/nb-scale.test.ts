import { describe, expect, it } from 'vitest';
import { nbFeatureScale } from './nb-scale.js';
import { trainLinear, type TrainingExample } from './trainer.js';

const example = (buckets: number[], target: number): TrainingExample => ({
  vector: { buckets: Uint32Array.from(buckets), values: Float64Array.from(buckets, () => 0.5), length: buckets.length },
  target,
  weight: 1,
});
// Bucket 1 only in class 0, bucket 2 only in class 1, bucket 3 in both alike.
const examples = [example([1, 3], 0), example([1, 3], 0), example([2, 3], 1), example([2, 3], 1)];

describe('nbFeatureScale', () => {
  it('scales telling buckets up and indifferent ones down, leaving untouched buckets at 1', () => {
    const scale = nbFeatureScale(examples, 2, 3, { mix: 1, alpha: 0.1 });
    expect(scale[1 * 2 + 0]).toBeGreaterThan(1);
    expect(scale[3 * 2 + 0]).toBeLessThan(0.01);
    expect(scale[5 * 2 + 1]).toBe(1);
  });

  it('is the identity at mix 0', () => {
    expect([...nbFeatureScale(examples, 2, 3, { mix: 0, alpha: 1 })].every((s) => s === 1)).toBe(true);
  });

  it('returns the scaled weights, so the model scores as it was trained', () => {
    const options = { name: 't', kind: 'softmax', classes: ['a', 'b'], bits: 3, epochs: 5, learningRate: 0.1, l2: 0, seed: 1 } as const;
    const scaled = trainLinear(examples, { ...options, featureScale: nbFeatureScale(examples, 2, 3, { mix: 1, alpha: 0.1 }) });
    expect(scaled.weights[3 * 2 + 0] ?? 1).toBeCloseTo(0, 2);
    expect(scaled.weights[1 * 2 + 0] ?? 0).toBeGreaterThan(0);
    const plain = trainLinear(examples, { ...options, featureScale: new Float32Array(16).fill(1) });
    expect([...plain.weights]).toEqual([...trainLinear(examples, options).weights]);
  });
});
