// Features of the learned second opinion, shared by the training script and check():
// word unigrams, word bigrams, a 5-letter stem of longer words and the word with its
// affixes stripped (Indonesian me-/di-/ber-/…-kan/-nya, English -s/-ed/-ing/-ly), read from
// the guard's normalised text (slang expanded, stretched letters collapsed), so "nyesel"
// and "menyesal", "dijamin" and "menjamin", "guarantees" and "guaranteed" meet. Digits
// become 0: "10%" and "25%" are one feature. (Character 4-grams were tried in round seven:
// worse out-of-fold on drafts the rules left empty, and some 200 more lookups a check.)

/** Each feature with the word span (normalised offsets) it came from. */
export interface Feature {
  key: string;
  start: number;
  end: number;
}

/** A word of the normalised text, shaped, with its span. */
export interface Word {
  w: string;
  start: number;
  end: number;
}

const TOKEN = /[a-z0-9%#@$'&]+/g;
const DIGITS = /[0-9]+/g;
/** Words longer than this also give their first STEM letters as a feature. */
export const STEM_FROM = 7;
export const STEM = 5;

/** Letters-only words at least this long also give their affix-stripped form. */
export const AFFIX_FROM = 6;
// By last (suffix) or first (prefix) letter, longest first: the longest affix that fits is
// stripped. Keyed by letter so check() tries only the two or three affixes a word can carry.
const SUFFIXES: Record<string, readonly string[]> = { n: ['kan', 'an'], a: ['nya'], h: ['lah'], g: ['ing'], d: ['ed'], y: ['ly'], i: ['i'], s: ['s'] };
const PREFIXES: Record<string, readonly string[]> = {
  m: ['meng', 'meny', 'mem', 'men', 'me'],
  p: ['peng', 'per', 'pem', 'pen', 'pe'],
  b: ['ber', 'be'],
  t: ['ter'],
  d: ['di'],
  k: ['ke'],
  s: ['se'],
};
const byCode = (table: Record<string, readonly string[]>): (readonly string[] | undefined)[] => {
  const out: (readonly string[] | undefined)[] = new Array<readonly string[] | undefined>(123).fill(undefined);
  for (const [letter, affixes] of Object.entries(table)) out[letter.charCodeAt(0)] = affixes;
  return out;
};
const SUFFIX_BY_CODE = byCode(SUFFIXES);
const PREFIX_BY_CODE = byCode(PREFIXES);
const MIN_ROOT = 3;

function endsWithAt(text: string, end: number, affix: string): boolean {
  for (let k = 0; k < affix.length; k++) if (text.charCodeAt(end - affix.length + k) !== affix.charCodeAt(k)) return false;
  return true;
}

/**
 * The root of a letters-only word text[start, end) with one suffix and one prefix stripped:
 * writes its [start, end) of text into `out` and returns true, or returns false when nothing
 * is stripped or the root would be too short. Offsets and a caller's buffer, so check() can
 * hash the root without building a string or an array.
 */
export function affixRoot(text: string, start: number, end: number, out: Int32Array): boolean {
  let e = end;
  for (const suffix of SUFFIX_BY_CODE[text.charCodeAt(end - 1)] ?? []) {
    if (e - start - suffix.length >= MIN_ROOT && endsWithAt(text, e, suffix)) {
      e -= suffix.length;
      break;
    }
  }
  let s = start;
  for (const prefix of PREFIX_BY_CODE[text.charCodeAt(start)] ?? []) {
    if (e - s - prefix.length >= MIN_ROOT && text.startsWith(prefix, s)) {
      s += prefix.length;
      break;
    }
  }
  out[0] = s;
  out[1] = e;
  return s !== start || e !== end;
}

const LETTERS = /^[a-z]+$/;

/** A token as a feature word: any @handle is "@", digit runs become "0". */
function shape(token: string): string {
  if (token.charCodeAt(0) === 64) return '@';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return token.replace(DIGITS, '0');
  }
  return token;
}

export function wordsOf(normalised: string): Word[] {
  const words: Word[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(normalised); m !== null; m = TOKEN.exec(normalised)) {
    words.push({ w: shape(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

export function featuresOf(normalised: string): Feature[] {
  const words = wordsOf(normalised);
  const root = new Int32Array(2);
  const out: Feature[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i];
    if (a === undefined) continue;
    out.push({ key: `w:${a.w}`, start: a.start, end: a.end });
    if (a.w.length >= STEM_FROM) out.push({ key: `p:${a.w.slice(0, STEM)}`, start: a.start, end: a.end });
    if (a.w.length >= AFFIX_FROM && LETTERS.test(a.w)) {
      if (affixRoot(a.w, 0, a.w.length, root)) out.push({ key: `s:${a.w.slice(root[0], root[1])}`, start: a.start, end: a.end });
    }
    const b = words[i + 1];
    if (b !== undefined) out.push({ key: `b:${a.w} ${b.w}`, start: a.start, end: b.end });
  }
  return out;
}
