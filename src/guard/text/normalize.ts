// Normalise a draft for matching and keep, for every normalised character, the span of
// original UTF-16 code units it came from, so findings point at what the officer typed.
// Written as plain loops over char codes: the composer runs it on every keystroke.
import { foldChar } from './fold.js';
import { DROPPED_WORDS, NUMBERS, SLANG } from './lexicon.js';
import { canonicalise } from './canonical.js';

export interface NormalizedText {
  readonly original: string;
  /** Lower-case, folded, slang expanded, repeated letters collapsed, particles dropped. */
  readonly text: string;
  /** Original start offset (inclusive) of each normalised character. */
  readonly starts: readonly number[];
  /** Original end offset (exclusive) of each normalised character. */
  readonly ends: readonly number[];
}

interface Folded {
  text: string;
  starts: number[];
  ends: number[];
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

function foldAll(original: string): Folded {
  const starts: number[] = [];
  const ends: number[] = [];
  // Fast path: plain ASCII folds to itself, lower-cased, one character each.
  if (isAscii(original)) {
    for (let i = 0; i < original.length; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
    return { text: original.toLowerCase().replace(/[\t\r]/g, ' '), starts, ends };
  }
  let text = '';
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 || code === 13 ? ' ' : original[i];
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const folded = foldChar(original.slice(i, i + width));
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    text += folded;
    i += width;
  }
  return { text, starts, ends };
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const NON_ASCII_LETTER = /[\p{L}\p{N}]/u;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isLower(c) || isDigit(c);
  return NON_ASCII_LETTER.test(text[i] ?? '');
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** Letters written as digits inside a word ("t3rb4ik") read as letters. */
function unLeet(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const ch = token[i] ?? '';
    const mapped = LEET[ch];
    out += mapped !== undefined && isLower(token.charCodeAt(i - 1)) && isLower(token.charCodeAt(i + 1)) ? mapped : ch;
  }
  return out;
}

function collapse(word: string): string {
  let out = '';
  let previous = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === previous && isLower(c)) continue;
    previous = c;
    out += word[i];
  }
  return out;
}

class Output {
  private parts: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  private last = -1;
  get text(): string {
    return this.parts.join('');
  }
  push(ch: string, start: number, end: number): void {
    const code = ch.charCodeAt(0);
    if (code === 32 && (this.last === -1 || this.last === 32 || this.last === 10)) return;
    if (code === 10 && this.last === 32) {
      this.parts[this.parts.length - 1] = '\n';
      this.last = 10;
      return;
    }
    this.parts.push(ch);
    this.starts.push(start);
    this.ends.push(end);
    this.last = code;
  }
  /** Copy an unchanged run of word characters with its own spans. */
  pushRange(f: Folded, from: number, to: number): void {
    this.parts.push(f.text.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts.push(f.starts[i] ?? 0);
      this.ends.push(f.ends[i] ?? 0);
    }
    this.last = f.text.charCodeAt(to - 1);
  }
  pushWord(word: string, start: number, end: number): void {
    for (let i = 0; i < word.length; i++) this.push(word[i] ?? '', start, end);
  }
}

function emitToken(out: Output, f: Folded, from: number, to: number): void {
  const raw = f.text.slice(from, to);
  const start = f.starts[from] ?? 0;
  const end = f.ends[to - 1] ?? start;
  let hasDigit = false;
  let hasRepeat = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) hasDigit = true;
    else if (isLower(c) && c === raw.charCodeAt(i - 1)) hasRepeat = true;
  }
  const letters = hasDigit ? unLeet(raw) : raw;
  const key = hasRepeat || letters !== raw ? collapse(letters) : raw;
  if (DROPPED_WORDS.has(key)) return;
  // "buru2", "adik2": the Indonesian repetition shorthand.
  const repeated = hasDigit ? /^([a-z]{3,})2$/.exec(key) : null;
  const word = repeated?.[1] !== undefined ? `${repeated[1]}-${repeated[1]}` : key;
  const slang = SLANG.get(word);
  if (slang !== undefined) return out.pushWord(slang, start, end);
  // Never turn the "satu" of "satu-satunya" into a digit.
  const number = NUMBERS.get(word);
  if (number !== undefined && f.text[to] !== '-' && f.text[from - 1] !== '-') return out.pushWord(number, start, end);
  if (word === raw) return out.pushRange(f, from, to);
  // Only stretched letters changed: keep letter-by-letter spans, the kept letter
  // covering its dropped repeats. Otherwise map every character to the whole token.
  if (repeated === null && letters === raw) {
    for (let i = from; i < to; i++) {
      const c = f.text.charCodeAt(i);
      let e = f.ends[i] ?? end;
      while (isLower(c) && i + 1 < to && f.text.charCodeAt(i + 1) === c) e = f.ends[++i] ?? e;
      out.push(String.fromCharCode(c), f.starts[i] ?? start, e);
    }
    return;
  }
  out.pushWord(word, start, end);
}

function isApostropheInWord(text: string, j: number): boolean {
  return text.charCodeAt(j) === 39 && isLower(text.charCodeAt(j - 1)) && isLower(text.charCodeAt(j + 1));
}

export function normalizeText(original: string): NormalizedText {
  const f = foldAll(original);
  const out = new Output();
  const n = f.text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(f.text, i)) {
      out.push(f.text[i] ?? ' ', f.starts[i] ?? 0, f.ends[i] ?? 0);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (isWordCode(f.text, j) || isApostropheInWord(f.text, j))) j++;
    emitToken(out, f, i, j);
    i = j;
  }
  return canonicalise({ original, text: out.text, starts: out.starts, ends: out.ends });
}

/** Map a normalised span [start, end) back to UTF-16 offsets of the original text. */
export function toOriginalSpan(doc: NormalizedText, start: number, end: number): { start: number; end: number } {
  const from = doc.starts[start] ?? doc.original.length;
  const to = doc.ends[Math.max(start, end - 1)] ?? from;
  return { start: from, end: Math.max(from, to) };
}
