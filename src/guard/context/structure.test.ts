// indexOfRangeAt: the loop the round-twelve detectors use for "which sentence holds this position".
import { describe, expect, it } from 'vitest';
import { indexOfRangeAt, sentenceRanges } from './structure.js';

describe('indexOfRangeAt', () => {
  const ranges = [{ start: 0, end: 5 }, { start: 5, end: 9 }, { start: 12, end: 20 }];

  it('gives the range holding the position (start inclusive, end exclusive), as findIndex would', () => {
    for (const at of [0, 4, 5, 8, 12, 19]) expect(indexOfRangeAt(ranges, at)).toBe(ranges.findIndex((r) => r.start <= at && at < r.end));
    expect(indexOfRangeAt(ranges, 5)).toBe(1);
  });

  it('gives -1 in a gap, past the end and for no ranges', () => {
    expect(indexOfRangeAt(ranges, 10)).toBe(-1);
    expect(indexOfRangeAt(ranges, 20)).toBe(-1);
    expect(indexOfRangeAt([], 0)).toBe(-1);
  });

  it('agrees with findIndex on real sentences', () => {
    const text = 'Promo hari ini. Besok habis! Ayo?';
    const sentences = sentenceRanges(text);
    for (let at = 0; at <= text.length; at++) expect(indexOfRangeAt(sentences, at)).toBe(sentences.findIndex((r) => r.start <= at && at < r.end));
  });
});
