import { describe, expect, it } from 'vitest';
import { repeatedWordSpans } from './repeated-words.js';

// The global scans repeatedWordSpans stands in for (typography before round eight).
const TRIPLE_WORD = /(?<![\p{L}\p{N}])(\p{L}{2,})(?:[^\p{L}\p{N}\n]+\1(?![\p{L}\p{N}])){2,}/giu;
const TRIPLE_WORD_LOWER = /\b([a-z]{2,})(?:[^a-z0-9\n]+\1\b){2,}/g;

function globalSpans(pattern: RegExp, text: string): { start: number; end: number }[] {
  pattern.lastIndex = 0;
  const spans: { start: number; end: number }[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

const isAscii = (text: string): boolean => !/[\u0080-\uffff]/.test(text);

function expectSameAsScan(text: string): void {
  const ascii = isAscii(text);
  const input = ascii ? text.toLowerCase() : text;
  expect(repeatedWordSpans(input, ascii)).toEqual(globalSpans(ascii ? TRIPLE_WORD_LOWER : TRIPLE_WORD, input));
}

describe('repeatedWordSpans', () => {
  it('finds a word said three times, in any case', () => {
    expect(repeatedWordSpans('promo promo promo hari ini', true)).toEqual([{ start: 0, end: 17 }]);
    expect(repeatedWordSpans('Été été ÉTÉ !', false)).toEqual([{ start: 0, end: 11 }]);
  });

  it('leaves twice, digits and newlines between alone', () => {
    expect(repeatedWordSpans('sama sama ya', true)).toEqual([]);
    expect(repeatedWordSpans('ab 1 ab ab', true)).toEqual([]);
    expect(repeatedWordSpans('promo\npromo promo', true)).toEqual([]);
  });

  it('matches the global scan on edge cases', () => {
    for (const text of [
      'promo promo promo promo', 'ab ab ab ab ab', 'ab ab_ab ab ab', '_ab ab ab', 'aab ab ab ab', 'ab ab abab ab ab ab', 'go go go, go go go!',
      'yes yes yes no no no', 'ha-ha-ha', 'ha ha ha2 ha', 'x x x', 'Straße straße STRASSE straße straße', 'ǅemal ǆemal Ǆemal', '🔥 wow wow wow 🔥 WOW',
      'kak kak kak\nkak kak', 'beli, beli, beli!! beli', '', 'a', 'é é é', 'éé éé éé', 'abc abd abc abc abc',
    ]) expectSameAsScan(text);
  });
});
