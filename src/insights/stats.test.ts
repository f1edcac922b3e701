import { describe, expect, it } from 'vitest';
import { binomialUpperTail, quantile, wilsonBounds } from './stats.js';

describe('quantile', () => {
  it('interpolates between ranks and is null for nothing', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([10], 0.9)).toBe(10);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
    expect(quantile([], 0.5)).toBeNull();
  });
});

describe('wilsonBounds', () => {
  it('is wide for a small count and narrow for a large one with the same share', () => {
    const small = wilsonBounds(2, 2);
    const large = wilsonBounds(200, 400);
    expect(small.low).toBeLessThan(0.3);
    expect(large.low).toBeGreaterThan(0.4);
    expect(large.high).toBeLessThan(0.6);
  });
});

describe('binomialUpperTail', () => {
  it('matches hand-computed tails', () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(2, 2, 0.5)).toBeCloseTo(0.25);
    expect(binomialUpperTail(1, 3, 0.5)).toBeCloseTo(0.875);
  });

  it('stays finite for a storm of hundreds', () => {
    const tail = binomialUpperTail(300, 400, 0.25);
    expect(tail).toBeGreaterThanOrEqual(0);
    expect(tail).toBeLessThan(1e-50);
  });
});
