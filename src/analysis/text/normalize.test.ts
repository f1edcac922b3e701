import { describe, expect, it } from 'vitest';
import { normalizeTokens, type KnownWords } from './normalize.js';
import { sanitize, MAX_ANALYZED_CHARS } from './sanitize.js';

const vocabulary: KnownWords = new Set(['maaf', 'bagus', 'keren', 'barang', 'akhirnya', 'good', 'enak']);
const texts = (text: string): string[] => normalizeTokens(text.toLowerCase(), vocabulary).map((t) => t.text);

describe('normalizeTokens', () => {
  it('expands slang to the spelling of the training texts', () => {
    expect(texts('gak bgt yg udh blm dgn gmn knp')).toEqual(['tidak', 'banget', 'yang', 'sudah', 'belum', 'dengan', 'bagaimana', 'kenapa']);
    expect(texts('gpp kak')).toEqual(['tidak', 'apa', 'apa', 'kak']);
    expect(texts("don't")).toEqual(['do', 'not']);
  });

  it('undoes stretched letters, preferring a known spelling', () => {
    expect(texts('maaaaf bagussss kereeen gaaaa')).toEqual(['maaf', 'bagus', 'keren', 'tidak']);
    expect(texts('goooood')).toEqual(['good']);
  });

  it('writes reduplication and -nya the way SmSA does', () => {
    expect(texts('hati2 bener2')).toEqual(['hati-hati', 'benar-benar']);
    expect(texts('barangnya akhirnya')).toEqual(['barang', 'nya', 'akhirnya']);
  });

  it('maps emoji, emoticons and laughter to meaning words', () => {
    const tokens = normalizeTokens('😍 😭 👍 :( wkwkwk hahaha', vocabulary);
    expect(tokens.map((t) => t.text)).toEqual(['cinta', 'sedih', 'mantap', 'sedih', 'haha', 'haha']);
    expect(tokens.every((t) => t.kind === 'symbol')).toBe(true);
  });

  it('sets address words apart', () => {
    const tokens = normalizeTokens('kak min gan sis', vocabulary);
    expect(tokens.every((t) => t.kind === 'address')).toBe(true);
  });

  it('marks up to three words after a negation, stopping at a clause break', () => {
    const tokens = normalizeTokens('tidak enak sama sekali, tapi murah', vocabulary);
    expect(tokens.filter((t) => t.negated).map((t) => t.text)).toEqual(['enak', 'sama', 'sekali']);
    const but = normalizeTokens('gak enak tapi murah', vocabulary);
    expect(but.find((t) => t.text === 'murah')?.negated).toBe(false);
  });

  it('keeps links, mentions and e-mail addresses as placeholders', () => {
    expect(texts('cek https://bit.ly/x @toko_kue a@b.co')).toEqual(['cek', '_url', '_mention', '_email']);
  });
});

describe('sanitize', () => {
  it('keeps the length so offsets stay valid', () => {
    const input = 'a\u0000b\uD800c\u200Bd';
    const { text } = sanitize(input);
    expect(text.length).toBe(input.length);
    expect(text).toBe('a b\uFFFDc d');
  });

  it('keeps valid surrogate pairs and newlines', () => {
    expect(sanitize('😀\nok').text).toBe('😀\nok');
  });

  it('truncates to MAX_ANALYZED_CHARS and flags it', () => {
    const { text, truncated } = sanitize('x'.repeat(MAX_ANALYZED_CHARS + 1));
    expect(truncated).toBe(true);
    expect(text.length).toBe(MAX_ANALYZED_CHARS);
  });
});
