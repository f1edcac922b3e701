// Normalise a draft for matching and keep, for every normalised character, the span of
// original UTF-16 code units it came from, so findings point at what the officer typed.
import { foldChar } from './fold.js';
import { DROPPED_WORDS, NUMBERS, SLANG, collapseRepeats } from './lexicon.js';
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

interface Buffer {
  chars: string[];
  starts: number[];
  ends: number[];
}

function foldAll(original: string): Buffer {
  const buf: Buffer = { chars: [], starts: [], ends: [] };
  for (let i = 0; i < original.length; ) {
    const code = original.charCodeAt(i);
    let width = 1;
    let folded: string;
    if (code < 128) {
      folded = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 || code === 13 ? ' ' : original[i] ?? '';
    } else {
      const cp = original.codePointAt(i) ?? code;
      width = cp > 0xffff ? 2 : 1;
      folded = foldChar(original.slice(i, i + width));
    }
    for (const ch of folded) {
      buf.chars.push(ch);
      buf.starts.push(i);
      buf.ends.push(i + width);
    }
    i += width;
  }
  return buf;
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1 && ch < '\u0080') return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
  return /[\p{L}\p{N}]/u.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch > '\u007f' && /\p{L}/u.test(ch)));
}

/** Letters written as digits inside a word ("t3rb4ik") read as letters. */
function unLeet(token: string): string {
  if (!/[0-9]/.test(token) || !/[a-z].*[a-z]/.test(token)) return token;
  let out = '';
  for (let i = 0; i < token.length; i++) {
    const ch = token[i] ?? '';
    const mapped = LEET[ch];
    out += mapped !== undefined && isLetter(token[i - 1]) && isLetter(token[i + 1]) ? mapped : ch;
  }
  return out;
}

class Output implements Buffer {
  chars: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  push(ch: string, start: number, end: number): void {
    const last = this.chars[this.chars.length - 1];
    if (ch === ' ' && (last === undefined || last === ' ' || last === '\n')) return;
    if (ch === '\n' && last === ' ') {
      this.chars[this.chars.length - 1] = '\n';
      return;
    }
    this.chars.push(ch);
    this.starts.push(start);
    this.ends.push(end);
  }
  pushWord(word: string, start: number, end: number): void {
    for (const ch of word) this.push(ch, start, end);
  }
}

function emitToken(out: Output, buf: Buffer, from: number, to: number): void {
  const raw = buf.chars.slice(from, to).join('');
  const start = buf.starts[from] ?? 0;
  const end = buf.ends[to - 1] ?? start;
  const key = collapseRepeats(unLeet(raw));
  if (DROPPED_WORDS.has(key)) return;
  // "buru2", "adik2": the Indonesian repetition shorthand.
  const repeated = /^([a-z]{3,})2$/.exec(key);
  const word = repeated?.[1] !== undefined ? `${repeated[1]}-${repeated[1]}` : key;
  const slang = SLANG.get(word);
  if (slang !== undefined) return out.pushWord(slang, start, end);
  // Never turn the "satu" of "satu-satunya" into a digit.
  const number = NUMBERS.get(word);
  if (number !== undefined && buf.chars[to] !== '-' && buf.chars[from - 1] !== '-') return out.pushWord(number, start, end);
  if (word === raw) {
    for (let i = from; i < to; i++) out.push(raw[i - from] ?? '', buf.starts[i] ?? start, buf.ends[i] ?? end);
    return;
  }
  // Only stretched letters changed: keep letter-by-letter spans. Otherwise map to the whole token.
  if (repeated === null && word === collapseRepeats(raw)) return pushCollapsed(out, buf, from, to);
  out.pushWord(word, start, end);
}

/** Collapse letter runs, stretching the kept letter's span over the dropped repeats. */
function pushCollapsed(out: Output, buf: Buffer, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const ch = buf.chars[i] ?? '';
    const start = buf.starts[i] ?? 0;
    let end = buf.ends[i] ?? start;
    while (ch >= 'a' && ch <= 'z' && buf.chars[i + 1] === ch && i + 1 < to) {
      i++;
      end = buf.ends[i] ?? end;
    }
    out.push(ch, start, end);
  }
}

export function normalizeText(original: string): NormalizedText {
  const buf = foldAll(original);
  const out = new Output();
  let i = 0;
  while (i < buf.chars.length) {
    const ch = buf.chars[i];
    if (!isWordChar(ch)) {
      out.push(ch ?? ' ', buf.starts[i] ?? 0, buf.ends[i] ?? 0);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < buf.chars.length && (isWordChar(buf.chars[j]) || (buf.chars[j] === "'" && isLetter(buf.chars[j - 1]) && isLetter(buf.chars[j + 1])))) j++;
    emitToken(out, buf, i, j);
    i = j;
  }
  return canonicalise({ original, text: out.chars.join(''), starts: out.starts, ends: out.ends });
}

/** Map a normalised span [start, end) back to UTF-16 offsets of the original text. */
export function toOriginalSpan(doc: NormalizedText, start: number, end: number): { start: number; end: number } {
  const from = doc.starts[start] ?? doc.original.length;
  const to = doc.ends[Math.max(start, end - 1)] ?? from;
  return { start: from, end: Math.max(from, to) };
}
