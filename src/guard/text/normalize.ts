// Normalise a draft for matching and keep, for every normalised character, the span of
// original UTF-16 code units it came from, so findings point at what the officer typed.
// Written as plain loops over char codes: the composer runs it on every keystroke.
import { foldChar } from './fold.js';
import { LEXICON, mayBeLexiconKey } from './lexicon.js';
import { canonicalise } from './canonical.js';

export interface NormalizedText {
  readonly original: string;
  /** Lower-case, folded, slang expanded, repeated letters collapsed, particles dropped. */
  readonly text: string;
  /** Original start offset (inclusive) of each normalised character. */
  readonly starts: ArrayLike<number>;
  /** Original end offset (exclusive) of each normalised character. */
  readonly ends: ArrayLike<number>;
}

interface Folded {
  text: string;
  /** Original offsets per folded character; null when folding was one-to-one (plain ASCII). */
  starts: number[] | null;
  ends: number[] | null;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

function foldAll(original: string): Folded {
  // Fast path: plain ASCII folds to itself, lower-cased, one character each.
  if (isAscii(original)) {
    const lower = original.toLowerCase();
    // The replace is a regex call per keystroke; tabs and carriage returns are rare.
    return { text: lower.includes('\t') || lower.includes('\r') ? lower.replace(/[\t\r]/g, ' ') : lower, starts: null, ends: null };
  }
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
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

/** Growable typed buffers: no per-character strings or boxed numbers. */
class Output {
  codes = new Uint16Array(512);
  starts = new Int32Array(512);
  ends = new Int32Array(512);
  length = 0;
  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
  push(code: number, start: number, end: number): void {
    // Most characters are neither a space nor a newline: store them without looking back.
    const at = this.length;
    if (code !== 32 && code !== 10 && at < this.codes.length) {
      this.codes[at] = code;
      this.starts[at] = start;
      this.ends[at] = end;
      this.length = at + 1;
      return;
    }
    const last = this.length === 0 ? -1 : this.codes[this.length - 1];
    if (code === 32 && (last === -1 || last === 32 || last === 10)) return;
    if (code === 10 && last === 32) {
      this.codes[this.length - 1] = 10;
      return;
    }
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
  pushWord(word: string, start: number, end: number): void {
    for (let i = 0; i < word.length; i++) this.push(word.charCodeAt(i), start, end);
  }
  reset(): void {
    this.length = 0;
  }
  text(): string {
    return UTF16.decode(this.codes.subarray(0, this.length));
  }
}

// Available in browsers and Node alike; decodes the code units in one native call.
const UTF16 = new TextDecoder('utf-16le');
// One scratch buffer, reused: normalising allocates only the results it returns.
const scratch = new Output();

const startOf = (f: Folded, i: number): number => (f.starts === null ? i : f.starts[i] ?? i);
const endOf = (f: Folded, i: number): number => (f.ends === null ? i + 1 : f.ends[i] ?? i + 1);

function emitToken(out: Output, f: Folded, from: number, to: number): void {
  // Fast path, most tokens: a plain word (no digit, no stretched letter) that is not in
  // the lexicon is copied as it is, without making a substring of it.
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = f.text.charCodeAt(i);
    if (isDigit(c) || (i > from && isLower(c) && c === f.text.charCodeAt(i - 1))) {
      plain = false;
      break;
    }
  }
  if (plain && !mayBeLexiconKey(f.text, from, to)) {
    for (let i = from; i < to; i++) out.push(f.text.charCodeAt(i), startOf(f, i), endOf(f, i));
    return;
  }
  const raw = f.text.slice(from, to);
  const start = startOf(f, from);
  const end = endOf(f, to - 1);
  let hasDigit = false;
  let hasRepeat = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) hasDigit = true;
    else if (isLower(c) && c === raw.charCodeAt(i - 1)) hasRepeat = true;
  }
  const letters = hasDigit ? unLeet(raw) : raw;
  const key = hasRepeat || letters !== raw ? collapse(letters) : raw;
  // "buru2", "adik2": the Indonesian repetition shorthand.
  const repeated = hasDigit ? /^([a-z]{3,})2$/.exec(key) : null;
  const word = repeated?.[1] !== undefined ? `${repeated[1]}-${repeated[1]}` : key;
  const entry = LEXICON.get(word);
  if (entry?.kind === 'drop') return;
  if (entry?.kind === 'slang') return out.pushWord(entry.to, start, end);
  // Never turn the "satu" of "satu-satunya" into a digit.
  if (entry?.kind === 'number' && f.text.charCodeAt(to) !== 45 && f.text.charCodeAt(from - 1) !== 45) return out.pushWord(entry.to, start, end);
  if (word === raw) {
    for (let i = from; i < to; i++) out.push(f.text.charCodeAt(i), startOf(f, i), endOf(f, i));
    return;
  }
  // Only stretched letters changed: keep letter-by-letter spans, the kept letter
  // covering its dropped repeats. Otherwise map every character to the whole token.
  if (repeated === null && letters === raw) {
    for (let i = from; i < to; i++) {
      const c = f.text.charCodeAt(i);
      const s0 = startOf(f, i);
      let e = endOf(f, i);
      while (isLower(c) && i + 1 < to && f.text.charCodeAt(i + 1) === c) e = endOf(f, ++i);
      out.push(c, s0, e);
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
  const out = scratch;
  out.reset();
  const n = f.text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(f.text, i)) {
      out.push(f.text.charCodeAt(i), startOf(f, i), endOf(f, i));
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (isWordCode(f.text, j) || isApostropheInWord(f.text, j))) j++;
    emitToken(out, f, i, j);
    i = j;
  }
  // canonicalise() reads the scratch buffers in place; they are copied out only when it
  // keeps the text as it is (it builds fresh arrays when it rewrites something).
  const text = out.text();
  const scratchDoc: NormalizedText = { original, text, starts: out.starts, ends: out.ends };
  const canonical = canonicalise(scratchDoc);
  if (canonical !== scratchDoc) return canonical;
  return { original, text, starts: out.starts.slice(0, out.length), ends: out.ends.slice(0, out.length) };
}

/** Map a normalised span [start, end) back to UTF-16 offsets of the original text. */
export function toOriginalSpan(doc: NormalizedText, start: number, end: number): { start: number; end: number } {
  const from = doc.starts[start] ?? doc.original.length;
  const to = doc.ends[Math.max(start, end - 1)] ?? from;
  return { start: from, end: Math.max(from, to) };
}
