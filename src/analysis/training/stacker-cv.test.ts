import { describe, expect, it } from 'vitest';
import { STACK_INPUTS, stackInputsInto } from '../model/stacker.js';
import { crossValidateStacker, type CrossValidationRow } from './stacker-cv.js';

const CLASSES = ['positive', 'neutral', 'negative'];
const OPTIONS = { hidden: 4, epochs: 10, learningRate: 0.05, l2: 1e-4, seed: 3, folds: 3 };

function row(i: number, scored: boolean): CrossValidationRow {
  const target = i % 3;
  const probabilities = [0.2, 0.2, 0.2];
  probabilities[target] = 0.6;
  const inputs = stackInputsInto({ sentiment: probabilities, emotion: [0, 0, 0, 0, 0, 1], sarcasm: false, complaintFact: false, negatedNegativesOnly: false, otherComplaint: false, urgent: false, words: 6, language: 'id', wordLogits: [0, 0, 0], charLogits: [0, 0, 0] }, new Float64Array(STACK_INPUTS));
  return { example: { inputs, target, weight: 1 }, fold: Math.floor(i / 3) % OPTIONS.folds, scored };
}

const argmax = (p: Float64Array): string => CLASSES[[0, 1, 2].reduce((best, c) => ((p[c] ?? 0) > (p[best] ?? 0) ? c : best), 0)] ?? '';

describe('crossValidateStacker', () => {
  it('scores every scored row once per seed, out of fold, and keeps the readings', () => {
    const rows = Array.from({ length: 90 }, (_, i) => row(i, i % 2 === 0));
    const cv = crossValidateStacker(rows, CLASSES, OPTIONS, [3, 4], argmax);
    expect(cv.perSeed).toHaveLength(2);
    // A first stage that is always right stays right under a stacker that starts as it.
    expect(cv.mean).toBeCloseTo(1, 5);
    expect(cv.outOfFold).toHaveLength(45);
    expect(cv.outOfFold.every((r) => r.gold === CLASSES[rows[r.row]?.example.target ?? -1])).toBe(true);
  });

  it('is deterministic and counts only the scored rows', () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(i, i < 30));
    const decideNeutral = (): string => 'neutral';
    const first = crossValidateStacker(rows, CLASSES, OPTIONS, [5], decideNeutral);
    const second = crossValidateStacker(rows, CLASSES, OPTIONS, [5], decideNeutral);
    expect(first.perSeed).toEqual(second.perSeed);
    // Always "neutral" over three balanced classes: F1 0.5 for neutral, 0 for the others.
    expect(first.mean).toBeCloseTo(1 / 6, 5);
  });
});
