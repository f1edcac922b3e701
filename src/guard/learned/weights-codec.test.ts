// The packed form of the second opinion's weights: what goes in comes out, to the bit.
import { describe, expect, it } from 'vitest';
import { forEachWeight, packWeights, unpackNumbers, unpackVocabulary, unpackWeights, type SecondOpinionWeights } from './weights-codec.js';

const model: SecondOpinionWeights = {
  trainedOn: ['corpora/guard/dev.jsonl'],
  drafts: 3,
  categories: {
    claim: {
      bias: -1.036,
      threshold: 0.875,
      weights: { 'w:pasti': 2.0168, "w:it's": -0.0001, 'b:#0 di': 5.0728, 'b:0 alumni': 0.3854 },
      heads: [{ rules: ['CLAIM.SAFETY'], bias: -4.7253, weights: { 'w:pasti': -1.5, 'w:aman': 0.9999 } }],
    },
    pressure: { bias: 0.5, threshold: 0.6, weights: { 'w:buruan': 12.3456, 'b:0 alumni': -3.25 } },
  },
};

describe('second-opinion weights codec', () => {
  it('gives back every weight as the same double, heads and key order included', () => {
    const back = unpackWeights(packWeights(model));
    expect(back).toEqual(model);
    for (const [name, c] of Object.entries(model.categories)) {
      for (const [key, w] of Object.entries(c.weights)) expect(Object.is(back.categories[name]?.weights[key], w)).toBe(true);
    }
  });

  it('front-codes one sorted vocabulary shared by all heads', () => {
    const packed = packWeights(model);
    expect(packed.vocabulary).toBe("Ab:#0 diC0 alumniAw:amanCburuanCit'sCpasti");
    expect(unpackVocabulary(packed.vocabulary)).toEqual(['b:#0 di', 'b:0 alumni', 'w:aman', 'w:buruan', "w:it's", 'w:pasti']);
    const seen: [number, number][] = [];
    forEachWeight(packed.categories.pressure ?? { bias: 0, keys: '', weights: '' }, (index, weight) => seen.push([index, weight]));
    expect(seen).toEqual([
      [1, -3.25],
      [3, 12.3456],
    ]);
  });

  it('shares at most 25 leading characters, so keys with longer common starts still round-trip', () => {
    const keys = ['b:abcdefghijklmnopqrstuvwxyz one', 'b:abcdefghijklmnopqrstuvwxyz two', 'w:a'];
    const packed = packWeights({ trainedOn: [], drafts: 0, categories: { claim: { bias: 0, threshold: 1, weights: Object.fromEntries(keys.map((k) => [k, 1])) } } });
    expect(unpackVocabulary(packed.vocabulary)).toEqual(keys);
  });

  it('reads numbers as source-map VLQ', () => {
    // A = 0, C = 1, D = -1, gB = 16, 2H = 123, 3H = -123.
    expect(unpackNumbers('ACDgB2H3H')).toEqual([0, 1, -1, 16, 123, -123]);
    expect(() => unpackNumbers('g')).toThrow();
  });

  it('integer / 10,000 is the double of the 4-decimal literal, for every 4-decimal weight up to ±6', () => {
    for (let k = -60_000; k <= 60_000; k++) {
      if (k / 10_000 !== Number((k / 10_000).toFixed(4))) throw new Error(`k = ${k}`);
    }
  });

  it('refuses what it cannot store exactly', () => {
    const one = (weights: Record<string, number>): SecondOpinionWeights => ({ trainedOn: [], drafts: 0, categories: { claim: { bias: 0, threshold: 1, weights } } });
    expect(() => packWeights(one({ 'w:a': 0.12345 }))).toThrow();
    expect(() => packWeights(one({ 'w:a': 0 }))).toThrow();
    expect(() => packWeights(one({ 'w:Capital': 1 }))).toThrow();
    expect(() => unpackWeights({ ...packWeights(one({ 'w:a': 1 })), format: 'plain' })).toThrow();
  });
});
