import { describe, expect, it } from 'vitest';
import { rankTriggers, type TermCount } from './triggers.js';

const baseline = { withEmotion: 100, total: 1000 };

describe('rankTriggers', () => {
  it('puts a steady term above a tiny one with a higher raw lift', () => {
    const terms: TermCount[] = [
      { kind: 'keyword', term: 'once', withEmotion: 5, total: 5 },
      { kind: 'product', term: 'Serum C10', withEmotion: 60, total: 120 },
    ];
    const ranked = rankTriggers(terms, baseline);
    expect(ranked.map((t) => t.term)).toEqual(['Serum C10', 'once']);
    expect(ranked[1]?.lift).toBeGreaterThan(ranked[0]?.lift ?? 0);
  });

  it('drops terms below the minimum count and terms no likelier than the baseline', () => {
    const terms: TermCount[] = [
      { kind: 'keyword', term: 'twice', withEmotion: 2, total: 2 },
      { kind: 'keyword', term: 'common', withEmotion: 30, total: 300 },
      { kind: 'keyword', term: 'noisy', withEmotion: 8, total: 40 },
    ];
    expect(rankTriggers(terms, baseline)).toEqual([]);
  });

  it('gives nothing without a baseline', () => {
    expect(rankTriggers([{ kind: 'keyword', term: 'x', withEmotion: 9, total: 9 }], { withEmotion: 0, total: 0 })).toEqual([]);
  });
});
