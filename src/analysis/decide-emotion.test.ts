import { describe, expect, it } from 'vitest';
import { decideEmotion, praisedByNegation } from './decide.js';

// anger, fear, joy, love, sadness, none
const angry = Float64Array.from([0.5, 0.05, 0.1, 0.05, 0.2, 0.1]);

describe('decideEmotion with praise by negation', () => {
  it('counts anger, fear and sadness as joy', () => {
    const result = decideEmotion(angry, {}, { sarcasm: false, neutral: 0, emotionCue: true, praiseByNegation: true });
    expect(result.label).toBe('joy');
    expect(result.scores.anger).toBe(0);
  });

  it('leaves the model alone otherwise', () => {
    expect(decideEmotion(angry, {}, { sarcasm: false, neutral: 0, emotionCue: true }).label).toBe('anger');
  });

  it('holds for short messages only', () => {
    const words = (n: number) => Array.from({ length: n }, () => ({ kind: 'word' }));
    expect(praisedByNegation(true, words(4))).toBe(true);
    expect(praisedByNegation(true, words(13))).toBe(false);
    expect(praisedByNegation(false, words(4))).toBe(false);
  });
});
