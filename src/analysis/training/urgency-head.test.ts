import { describe, expect, it } from 'vitest';
import { precisionRecall } from './metrics.js';
import { CALIBRATION_FOLDS, FRESH_BATCHES, isLookalike, lowestThresholdAtPrecision, mergeRows } from './urgency-head.js';

describe('urgency head training helpers', () => {
  it('merges sets keeping the first label of a repeated text', () => {
    const rows = mergeRows([[{ text: 'a', high: true, source: 'x', family: 'health', urgency: 'high' }], [{ text: 'a', high: false, source: 'y', family: 'hard', urgency: 'normal' }, { text: 'b', high: false, source: 'y', family: 'hard', urgency: 'normal' }]]);
    expect(rows.map((r) => `${r.text}:${r.source}`)).toEqual(['a:x', 'b:y']);
  });

  it('counts precision and recall of the high class', () => {
    expect(precisionRecall([true, true, false, false], [true, false, true, false])).toMatchObject({ precision: 0.5, recall: 0.5, tp: 1, fp: 1, fn: 1 });
    expect(precisionRecall([false], [false]).precision).toBe(1);
  });

  it('picks the lowest threshold that keeps precision in every group', () => {
    const group = [
      { score: 0.9, ruled: false, gold: true },
      { score: 0.6, ruled: false, gold: true },
      { score: 0.4, ruled: false, gold: false },
      { score: 0.1, ruled: true, gold: true },
    ];
    expect(lowestThresholdAtPrecision([group], 0.95, [0.3, 0.5, 0.7])).toBe(0.5);
    expect(lowestThresholdAtPrecision([group], 0.6, [0.3, 0.5, 0.7])).toBe(0.3);
    // Pooled precision 0.8 at 0.3, but the head's own additions are only 2/3 right.
    expect(lowestThresholdAtPrecision([group], 0.7, [0.3, 0.5, 0.7])).toBe(0.5);
    expect(lowestThresholdAtPrecision([[{ score: 0.99, ruled: false, gold: false }]], 0.95, [0.3, 0.5])).toBe(0.5);
  });

  it('weights only calm rows of the look-alike families', () => {
    expect(isLookalike({ high: false, family: 'lookalike' })).toBe(true);
    expect(isLookalike({ high: false, family: 'hard' })).toBe(true);
    expect(isLookalike({ high: false, family: 'calm' })).toBe(true);
    expect(isLookalike({ high: false, family: 'question' })).toBe(false);
    expect(isLookalike({ high: true, family: 'hard' })).toBe(false);
  });

  it('keeps every calibration fold among the fresh batches, which never hold a blind set', () => {
    for (const fold of CALIBRATION_FOLDS) expect(FRESH_BATCHES).toContain(fold);
    expect(FRESH_BATCHES.some((b) => /blind|holdout|intent-test/.test(b))).toBe(false);
  });
});
