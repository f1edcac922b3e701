// The experimental feature variants read what their names say, so a LOBO figure measures the idea.
import { describe, expect, it } from 'vitest';
import type { LabelledDraft } from '../src/guard/evaluation.js';
import { charGramsOf, experimentalKeys } from './guard-learned-experiments.js';

const draft = (text: string): LabelledDraft => ({ id: 'x', text, kind: 'post', expect: [] }) as unknown as LabelledDraft;
const keysOf = (variants: string[], text: string): string[] => experimentalKeys(variants)(text, draft(text));

describe('guard learned experiment features', () => {
  it('marks word ends in character n-grams, so prefixes and suffixes are features of their own', () => {
    expect(charGramsOf('ter')).toEqual(['c:^te', 'c:^ter', 'c:^ter$', 'c:ter', 'c:ter$', 'c:er$']);
    expect(charGramsOf('@')).toEqual([]);
    expect(keysOf(['chars'], 'barangnya')).toContain('c:nya$');
    expect(keysOf([], 'barangnya').some((k) => k.startsWith('c:'))).toBe(false);
  });

  it('reads money, durations and percentages as classes, with pairs across the class', () => {
    const keys = keysOf(['classes'], 'untung rp0 tiap 0 bulan, 0% aman');
    expect(keys).toEqual(expect.arrayContaining(['w:<money>', 'b:untung <money>', 'w:<dur>', 'w:<pct>']));
    expect(keysOf(['classes'], 'bulan depan').includes('w:<dur>')).toBe(false);
  });

  it('names general concepts: another seller, the reader with a parent, a bracketed condition', () => {
    expect(keysOf(['concepts'], 'toko sebelah suka bohong, kami tidak')).toEqual(expect.arrayContaining(['k:other', 'k:other-seller', 'k:other-and-us']));
    expect(keysOf(['concepts'], 'dek, bilang ke mama ya (s&k berlaku)')).toEqual(expect.arrayContaining(['k:you-parent', 'k:paren']));
    expect(keysOf(['concepts'], 'kopi susu enak').some((k) => k.startsWith('k:'))).toBe(false);
  });
});
