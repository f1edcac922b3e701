import { describe, expect, it } from 'vitest';
import { detectTypography } from './typography.js';

const excerpts = (text: string): string[] => detectTypography(text).map((s) => text.slice(s.start, s.end));

describe('detectTypography on non-ASCII drafts (the Unicode triple-word path)', () => {
  it('finds a word said three times, in any case and script', () => {
    expect(excerpts('Ayo promo Promo PROMO ✨ sekarang')).toEqual(['promo Promo PROMO']);
    expect(excerpts('café café café ✨')).toEqual(['café café café']);
    expect(excerpts('Ñaña, ñaña — ÑAÑA')).toEqual(['Ñaña, ñaña — ÑAÑA']);
  });

  it('leaves twice, a newline between, and digits glued on', () => {
    expect(excerpts('sama sama ✨ terima kasih')).toEqual([]);
    expect(excerpts('café café\ncafé ✨')).toEqual([]);
    expect(excerpts('café café2 café ✨')).toEqual([]);
  });
});
