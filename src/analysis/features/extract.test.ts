import { afterEach, describe, expect, it } from 'vitest';
import { normalizeTokens, type KnownWords } from '../text/normalize.js';
import { extractFeatures, featureArray, useFinalClauseMarks, useNegatedGrams } from './extract.js';

const NO_WORDS: KnownWords = { has: () => false };
const features = (text: string) => {
  const list = extractFeatures(normalizeTokens(text, NO_WORDS));
  return { all: featureArray(list), wordLevel: featureArray(list).slice(0, list.wordLevel), grams: featureArray(list).slice(list.wordLevel) };
};

afterEach(() => {
  useNegatedGrams(0);
  useFinalClauseMarks(0);
});

describe('negated character n-grams', () => {
  it('are off by default: a negated word keeps its plain n-grams', () => {
    const plain = features('barangnya amburadul');
    const negated = features('tidak amburadul');
    expect(negated.grams.filter((g) => plain.grams.includes(g)).length).toBeGreaterThan(4);
  });

  it('give a negated word n-grams of its own, and leave words outside the scope as they were', () => {
    useNegatedGrams(1);
    const plain = features('amburadul');
    const negated = features('tidak amburadul');
    expect(negated.grams.some((g) => plain.grams.includes(g))).toBe(false);
    // "tidak" is the negator, not in its own scope: its n-grams are unchanged.
    expect(features('tidak').grams.every((g) => negated.grams.includes(g))).toBe(true);
    // Hard negative: a clean text without negation extracts the same features either way.
    const on = features('pelayanan ramah dan cepat').all;
    useNegatedGrams(0);
    expect(features('pelayanan ramah dan cepat').all).toEqual(on);
  });

  it('mode 2 keeps the plain n-grams and adds the negated ones beside them', () => {
    const off = features('tidak amburadul');
    useNegatedGrams(2);
    const both = features('tidak amburadul');
    expect(off.grams.every((g) => both.grams.includes(g))).toBe(true);
    expect(both.grams.length).toBe(off.grams.length + features('amburadul').grams.length);
  });
});

describe('final-clause marks', () => {
  it('add features only after the last contrast word', () => {
    const off = features('makanan enak tapi pelayanan lambat');
    useFinalClauseMarks(1);
    const on = features('makanan enak tapi pelayanan lambat');
    // Marked unigrams (and any pooled lexicon feature) of "pelayanan" and "lambat" join; nothing
    // is lost and the n-grams do not change.
    expect(on.wordLevel.length).toBeGreaterThanOrEqual(off.wordLevel.length + 2);
    expect(off.wordLevel.every((h) => on.wordLevel.includes(h))).toBe(true);
    expect(on.grams).toEqual(off.grams);
    // Before the contrast nothing is marked: a text ending at "tapi" is unchanged.
    useFinalClauseMarks(0);
    const head = features('makanan enak tapi').all;
    useFinalClauseMarks(1);
    expect(features('makanan enak tapi').all).toEqual(head);
  });

  it('leave a message without a contrast word exactly as it was (hard negative)', () => {
    const off = features('makanan enak dan pelayanan cepat');
    useFinalClauseMarks(1);
    expect(features('makanan enak dan pelayanan cepat').all).toEqual(off.all);
  });

  it('mode 2 marks only the pooled lexicon features', () => {
    useFinalClauseMarks(2);
    const marked = features('enak tapi xqzt');
    useFinalClauseMarks(0);
    // "xqzt" is in no word list: nothing to mark.
    expect(marked.all).toEqual(features('enak tapi xqzt').all);
  });
});
