import { describe, expect, it } from 'vitest';
import { viewOf } from './views.js';

// Base vector: two word-level features (0, 1), two character n-grams (2, 3), then one appended feature (4).
const vector = { buckets: Uint32Array.from([10, 11, 20, 21, 30]), values: Float64Array.from([0.1, 0.2, 0.3, 0.4, 0.5]), length: 5 };

describe('viewOf', () => {
  it('keeps the word level and the appended features for the word view, values unchanged', () => {
    const word = viewOf(vector, 'word', 2, 4);
    expect([...word.buckets]).toEqual([10, 11, 30]);
    expect([...word.values]).toEqual([0.1, 0.2, 0.5]);
  });

  it('keeps the character n-grams and the appended features for the char view', () => {
    expect([...viewOf(vector, 'char', 2, 4).buckets]).toEqual([20, 21, 30]);
  });

  it('copies the whole vector for the full view', () => {
    const full = viewOf(vector, 'full', 2, 4);
    expect(full.length).toBe(5);
    expect(full.buckets).not.toBe(vector.buckets);
  });
});
