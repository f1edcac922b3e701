// Any input gives a result, never an exception: follower text is untrusted.
import { describe, expect, it } from 'vitest';
import { analyze, MAX_ANALYZED_CHARS } from './index.js';

describe('analyze: bad input', () => {
  it('handles empty and blank text', () => {
    for (const text of ['', ' ', '\n\n\t']) {
      const result = analyze(text);
      expect(result.sentiment.label).toBe('neutral');
      expect(result.emotion.label).toBe('none');
      expect(result.intents).toEqual([]);
      expect(result.urgency).toBe('low');
      expect(result.language).toBe('other');
    }
  });

  it('analyses only the start of 1 MB of text and says so', () => {
    const text = 'barangnya bagus, pengiriman cepat. '.repeat(30_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = analyze(text);
    expect(result.truncated).toBe(true);
    expect(result.sentiment.label).toBe('positive');
    expect(analyze('barangnya bagus').truncated).toBe(false);
  });

  it('finds PII only in the analysed part, with offsets into the input', () => {
    const text = `${'a '.repeat(MAX_ANALYZED_CHARS / 2 - 10)}wa 081234567890 ${'b '.repeat(1000)}email x@y.com`;
    const pii = analyze(text).pii;
    expect(pii.map((p) => p.type)).toEqual(['phone']);
    expect(text.slice(pii[0]?.start, pii[0]?.end)).toBe('081234567890');
  });

  it('survives control characters and zero-width characters', () => {
    const result = analyze('kak\u0000 harga\u0007 brp\u200B ya?\u001B[31m');
    expect(result.intents).toContain('question');
  });

  it('survives lone surrogates and a surrogate pair cut by truncation', () => {
    expect(analyze('\uD800 rusak \uDC00').sentiment.label).toBe('negative');
    const cut = 'x'.repeat(MAX_ANALYZED_CHARS - 1) + '😀 tail';
    expect(analyze(cut).truncated).toBe(true);
  });

  it('handles emoji-only messages', () => {
    expect(analyze('😍😍').sentiment.label).toBe('positive');
    expect(analyze('🇮🇩🇮🇩').language).toBe('other');
    expect(analyze('👨‍👩‍👧‍👦').intents).toEqual([]);
  });

  it('handles other scripts', () => {
    for (const text of ['今天天气很好', 'مرحبا كيف حالك', 'สวัสดีครับ', 'こんにちは', 'Привет']) {
      const result = analyze(text);
      expect(result.language).toBe('other');
      expect(result.urgency).toBe('low');
    }
  });

  it('handles non-string input from untyped callers', () => {
    for (const value of [undefined, null, 42, {}, ['x']]) {
      expect(analyze(value as string).sentiment.label).toBe('neutral');
    }
  });

  it('handles long words, long digit runs and repeated punctuation', () => {
    expect(() => analyze('a'.repeat(5000))).not.toThrow();
    expect(() => analyze('9'.repeat(5000))).not.toThrow();
    expect(() => analyze('?!'.repeat(3000))).not.toThrow();
    expect(() => analyze('https://' + 'x.'.repeat(2000) + 'com')).not.toThrow();
    expect(() => analyze('@'.repeat(3000) + '#'.repeat(3000))).not.toThrow();
  });
});
