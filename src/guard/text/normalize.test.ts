import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from './normalize.js';

function originalOf(text: string, needle: string): string {
  const doc = normalizeText(text);
  const at = doc.text.indexOf(needle);
  expect(at, `"${needle}" in "${doc.text}"`).toBeGreaterThanOrEqual(0);
  const span = toOriginalSpan(doc, at, at + needle.length);
  return text.slice(span.start, span.end);
}

describe('normalizeText', () => {
  it('lower-cases, collapses stretched letters and expands slang', () => {
    expect(normalizeText('MURAHHH bgt, gaaak nyesel yg ini').text).toBe('murah banget, tidak menyesal yang ini');
  });

  it('canonicalises percent, rank, s.d. and S&K spellings', () => {
    expect(normalizeText('seratus persen').text).toBe('100%');
    expect(normalizeText('100 %').text).toBe('100%');
    expect(normalizeText('nomer satu').text).toBe('#1');
    expect(normalizeText('No. 1 di Indonesia').text).toBe('#1 di indonesia');
    expect(normalizeText('berlaku s.d. 30 Juni').text).toBe('berlaku sampai 30 juni');
    expect(normalizeText('Syarat & Ketentuan berlaku').text).toBe('s&k berlaku');
  });

  it('keeps "satu-satunya" and turns number words into digits elsewhere', () => {
    expect(normalizeText('satu-satunya, sembilan dari sepuluh').text).toBe('satu-satunya, 9 dari 10');
  });

  it('reads leetspeak, the "2" repetition and fancy Unicode letters', () => {
    expect(normalizeText('t3rb4ik').text).toBe('terbaik');
    expect(normalizeText('adik2').text).toBe('adik-adik');
    expect(normalizeText('satu2nya').text).toBe('satu-satunya');
    expect(normalizeText('temen2').text).toBe('teman-teman');
    expect(normalizeText('𝐆𝐑𝐀𝐓𝐈𝐒').text).toBe('gratis');
  });

  it('drops particles and turns emoji into spaces', () => {
    expect(normalizeText('dijamin dong 🔥 berhasil').text).toBe('dijamin berhasil');
  });

  it('maps spans back over stretched letters, slang, emoji and surrogate pairs', () => {
    expect(originalOf('Harganya MURAHHHH!', 'murah')).toBe('MURAHHHH');
    expect(originalOf('🔥🔥 dijamin', 'dijamin')).toBe('dijamin');
    expect(originalOf('ok 𝐆𝐑𝐀𝐓𝐈𝐒 ya', 'gratis')).toBe('𝐆𝐑𝐀𝐓𝐈𝐒');
    expect(originalOf('ini gak nyesel', 'tidak')).toBe('gak');
    expect(originalOf('cuma 100 persen', '100%')).toBe('100 persen');
  });
});
