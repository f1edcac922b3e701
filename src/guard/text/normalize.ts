// Normalise a draft for matching and keep, for every normalised character, the span of
// original UTF-16 code units it came from, so findings point at what the officer typed.
// Written as plain loops over char codes into reused typed buffers: the composer runs
// it on every keystroke, and check() runs it first, on the whole draft.
import { asciiLower } from './ascii-lower.js';
import { canonicalise } from './canonical.js';
import { CodeBuffer } from './code-buffer.js';
import { foldChar } from './fold.js';
import { LEXICON, LEXICON_HASH_STEP, mayBeLexiconHash, mayBeLexiconKey, type LexiconEntry } from './lexicon.js';

export interface NormalizedText {
  readonly original: string;
  /** Lower-case, folded, slang expanded, repeated letters collapsed, particles dropped. */
  readonly text: string;
  /** Original start offset (inclusive) of each normalised character. */
  readonly starts: Int32Array;
  /** Original end offset (exclusive) of each normalised character. */
  readonly ends: Int32Array;
}

// Scratch buffers, reused: normalising allocates only the results it returns.
/** Folded non-ASCII drafts: one or more plain characters per original code point. */
const folded = new CodeBuffer();
/** The normalised text being built: `scratch` for normalizeText, `draftBuffer` for normalizeDraft. */
const scratch = new CodeBuffer();
const draftBuffer = new CodeBuffer();
/** Where canonicalise() writes a draft it rewrites. */
const draftCanonical = new CodeBuffer();
let out = scratch;

/**
 * The folded draft the tokeniser reads: lower-case text and, per code unit, the span
 * of the original it came from. An ASCII draft (most) folds to itself lower-cased with
 * one character per code unit, so it takes no per-character pass: the native
 * toLowerCase() and shared identity spans.
 */
let source = '';
let sourceStarts = new Int32Array(0);
let sourceEnds = new Int32Array(0);
let identityStarts = new Int32Array(0);
let identityEnds = new Int32Array(0);

function identitySpans(n: number): void {
  if (identityStarts.length < n) {
    const size = Math.max(n, identityStarts.length * 2, 512);
    identityStarts = new Int32Array(size);
    identityEnds = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      identityStarts[i] = i;
      identityEnds[i] = i + 1;
    }
  }
  sourceStarts = identityStarts;
  sourceEnds = identityEnds;
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const TAB_OR_RETURN = /[\t\r]/g;

/** Whether `source` is plain ASCII (then so is the normalised text: the lexicon is ASCII). */
let sourceIsAscii = false;

/** Set `source` from the original. */
function fold(original: string): void {
  const lower = asciiLower(original);
  sourceIsAscii = lower !== undefined;
  if (lower !== undefined) {
    source = lower.includes('\t') || lower.includes('\r') ? lower.replace(TAB_OR_RETURN, ' ') : lower;
    identitySpans(original.length);
    return;
  }
  foldUnicode(original);
  source = stringOf(folded.codes, folded.length);
  sourceStarts = folded.starts;
  sourceEnds = folded.ends;
}

/** The code units as a string, exactly (TextDecoder would replace a lone surrogate). */
function stringOf(codes: Uint16Array, length: number): string {
  let text = '';
  // apply() takes the typed array as it is; a spread (...codes) goes through its
  // iterator and was seven times slower, a visible share of checking a non-ASCII draft.
  // (apply() accepts any array-like; its TypeScript signature only says number[].)
  for (let from = 0; from < length; from += 4096) text += String.fromCharCode.apply(null, codes.subarray(from, Math.min(length, from + 4096)) as unknown as number[]);
  return text;
}

/** Fill `folded` from a draft with non-ASCII characters, those through foldChar (cached). */
function foldUnicode(original: string): void {
  const n = original.length;
  folded.length = 0;
  let k = 0;
  for (let i = 0; i < n; ) {
    const code = original.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const chars = code < 128 ? String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code === 9 || code === 13 ? 32 : code) : foldChar(original.slice(i, i + width));
    folded.length = k;
    folded.reserve(chars.length);
    for (let c = 0; c < chars.length; c++) {
      folded.codes[k] = chars.charCodeAt(c);
      folded.starts[k] = i;
      folded.ends[k] = i + width;
      k++;
    }
    i += width;
  }
  folded.length = k;
}

const NON_ASCII_LETTER = /[\p{L}\p{N}]/u;
const nonAsciiWord = new Map<number, boolean>();

function isWordAt(i: number): boolean {
  const c = source.charCodeAt(i);
  if (c < 128) return isLower(c) || isDigit(c);
  let word = nonAsciiWord.get(c);
  if (word === undefined) {
    word = NON_ASCII_LETTER.test(String.fromCharCode(c));
    if (nonAsciiWord.size < 4096) nonAsciiWord.set(c, word);
  }
  return word;
}

/** An apostrophe between two letters belongs to the word ("don't"). */
function isApostropheInWord(i: number): boolean {
  return source.charCodeAt(i) === 39 && isLower(source.charCodeAt(i - 1)) && isLower(source.charCodeAt(i + 1));
}

/** Append one non-word character: runs of spaces collapse, a space before a newline becomes it. */
function pushSpaced(code: number, start: number, end: number): void {
  const last = out.length === 0 ? -1 : out.codes[out.length - 1];
  if (code === 32 && (last === -1 || last === 32 || last === 10)) return;
  if (code === 10 && last === 32) {
    out.codes[out.length - 1] = 10;
    return;
  }
  out.reserve(1);
  out.codes[out.length] = code;
  out.starts[out.length] = start;
  out.ends[out.length] = end;
  out.length++;
}

/** Append a replacement word, every character covering the token's whole span. */
function pushWord(word: string, start: number, end: number): void {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 32 || code === 10) pushSpaced(code, start, end);
    else {
      out.reserve(1);
      out.codes[out.length] = code;
      out.starts[out.length] = start;
      out.ends[out.length] = end;
      out.length++;
    }
  }
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** Letters written as digits inside a word ("t3rb4ik") read as letters. */
function unLeet(token: string): string {
  let result = '';
  for (let i = 0; i < token.length; i++) {
    const ch = token[i] ?? '';
    const mapped = LEET[ch];
    result += mapped !== undefined && isLower(token.charCodeAt(i - 1)) && isLower(token.charCodeAt(i + 1)) ? mapped : ch;
  }
  return result;
}

function collapse(word: string): string {
  let result = '';
  let previous = -1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === previous && isLower(c)) continue;
    previous = c;
    result += word[i];
  }
  return result;
}

/**
 * "buru2", "adik2", "satu2nya", "abal2an": the Indonesian repetition shorthand (3+
 * letters, a 2, then optionally a suffix), written out as "stem-stem" + suffix, or
 * undefined. The suffix matters: "satu2nya" is the superlative "satu-satunya".
 */
const REDUPLICATION_SUFFIXES: readonly string[] = ['', 'nya', 'an', 'ku', 'mu', 'lah'];

function reduplicated(key: string): string | undefined {
  const two = key.indexOf('2');
  if (two < 3) return undefined;
  for (let i = 0; i < two; i++) if (!isLower(key.charCodeAt(i))) return undefined;
  const suffix = key.slice(two + 1);
  if (!REDUPLICATION_SUFFIXES.includes(suffix)) return undefined;
  // The stem may itself be slang: "temen2" → "teman-teman".
  const written = key.slice(0, two);
  const entry = mayBeLexiconKey(written) ? LEXICON.get(written) : undefined;
  const stem = entry?.kind === 'slang' && !entry.to.includes(' ') ? entry.to : written;
  return `${stem}-${stem}${suffix}`;
}

/**
 * A token that is not a plain word: it has a digit or a stretched letter, or may be in
 * the lexicon. Rare enough to work on a substring.
 */
function emitSpecialToken(from: number, to: number, hasDigit: boolean, hasRepeat: boolean): void {
  const starts = sourceStarts;
  const ends = sourceEnds;
  const raw = source.slice(from, to);
  const start = starts[from] ?? 0;
  const end = ends[to - 1] ?? 0;
  const letters = hasDigit ? unLeet(raw) : raw;
  const key = hasRepeat || letters !== raw ? collapse(letters) : raw;
  const stem = hasDigit ? reduplicated(key) : undefined;
  const word = stem ?? key;
  const entry = mayBeLexiconKey(word) ? LEXICON.get(word) : undefined;
  if (entry?.kind === 'drop') return;
  if (entry?.kind === 'slang') return pushWord(entry.to, start, end);
  // Never turn the "satu" of "satu-satunya" into a digit.
  const after = source.charCodeAt(to);
  const before = source.charCodeAt(from - 1);
  if (entry?.kind === 'number' && after !== 45 && before !== 45) return pushWord(entry.to, start, end);
  out.reserve(to - from);
  if (word === raw) {
    for (let i = from; i < to; i++) {
      out.codes[out.length] = source.charCodeAt(i);
      out.starts[out.length] = starts[i] ?? 0;
      out.ends[out.length] = ends[i] ?? 0;
      out.length++;
    }
    return;
  }
  // Only stretched letters changed: keep letter-by-letter spans, the kept letter
  // covering its dropped repeats. Otherwise map every character to the whole token.
  if (stem === undefined && letters === raw) {
    for (let i = from; i < to; i++) {
      const c = source.charCodeAt(i);
      const s0 = starts[i] ?? 0;
      let e = ends[i] ?? 0;
      while (isLower(c) && i + 1 < to && source.charCodeAt(i + 1) === c) e = ends[++i] ?? 0;
      out.codes[out.length] = c;
      out.starts[out.length] = s0;
      out.ends[out.length] = e;
      out.length++;
    }
    return;
  }
  pushWord(word, start, end);
}

const LEET_DIGIT = new Set([48, 49, 51, 52, 53, 55]);

/**
 * Whether a token with digits [from, to) and no stretched letter reads differently from
 * how it is written: a leet digit between letters ("t3rb4ik") or the "adik2" shorthand.
 */
function digitsChangeToken(from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    if (LEET_DIGIT.has(source.charCodeAt(k)) && isLower(source.charCodeAt(k - 1)) && isLower(source.charCodeAt(k + 1))) return true;
  }
  // The "2" shorthand: letters, a 2, maybe a suffix (checked in full by reduplicated()).
  if (to - from < 4) return false;
  let k = from;
  while (k < to && isLower(source.charCodeAt(k))) k++;
  return k - from >= 3 && source.charCodeAt(k) === 50 && reduplicated(source.slice(from, to)) !== undefined;
}

/** The lexicon entry for the word just written to out[from, to), if any. */
function lexiconEntryOf(from: number, to: number): LexiconEntry | undefined {
  let word = '';
  for (let k = from; k < to; k++) word += String.fromCharCode(out.codes[k] ?? 0);
  return LEXICON.get(word);
}

/** Whether the last tokenise() met a letter written twice or more in a row. */
let sawRepeat = false;

/** Tokenise `folded` into `out`: words copied (or replaced), other characters spaced. */
function tokenise(): void {
  out.length = 0;
  sawRepeat = false;
  const text = source;
  const n = text.length;
  const starts = sourceStarts;
  const ends = sourceEnds;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first < 128 ? !(isLower(first) || isDigit(first)) : !isWordAt(i)) {
      pushSpaced(first, starts[i] ?? 0, ends[i] ?? 0);
      i++;
      continue;
    }
    // Copy the word while reading it, stretched letters collapsed ("murahhh" → "murah",
    // the kept letter covering its repeats): most words need nothing else. A word with
    // a digit, or one the lexicon may know, is then looked at again below.
    out.reserve(n - i);
    const { codes: outCodes, starts: outStarts, ends: outEnds } = out;
    const mark = out.length;
    let at = mark;
    let hash = 0;
    let hasDigit = false;
    let hasRepeat = false;
    let previous = -1;
    let j = i;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      const inWord = c < 128 ? isLower(c) || isDigit(c) : isWordAt(j);
      if (!inWord && !isApostropheInWord(j)) break;
      if (c === previous && isLower(c)) {
        hasRepeat = true;
        outEnds[at - 1] = ends[j] ?? 0;
        continue;
      }
      if (isDigit(c)) hasDigit = true;
      previous = c;
      hash = LEXICON_HASH_STEP(hash, c);
      outCodes[at] = c;
      outStarts[at] = starts[j] ?? 0;
      outEnds[at] = ends[j] ?? 0;
      at++;
    }
    out.length = at;
    if (hasRepeat) sawRepeat = true;
    if (hasDigit) {
      // Digits (leetspeak, "adik2", number words) go the long way, unless they change nothing.
      if (hasRepeat || digitsChangeToken(i, j) || mayBeLexiconHash(hash, j - i)) {
        out.length = mark;
        emitSpecialToken(i, j, hasDigit, hasRepeat);
      }
    } else if (mayBeLexiconHash(hash, at - mark)) {
      const entry = lexiconEntryOf(mark, at);
      const start = starts[i] ?? 0;
      const end = ends[j - 1] ?? 0;
      if (entry?.kind === 'drop') out.length = mark;
      else if (entry?.kind === 'slang') {
        out.length = mark;
        pushWord(entry.to, start, end);
      } else if (entry?.kind === 'number' && text.charCodeAt(j) !== 45 && text.charCodeAt(i - 1) !== 45) {
        // Never turn the "satu" of "satu-satunya" into a digit.
        out.length = mark;
        pushWord(entry.to, start, end);
      }
    }
    i = j;
  }
}

// Available in browsers and Node alike; decodes the code units in one native call.
const UTF16 = new TextDecoder('utf-16le');
// ASCII text decodes several times faster from bytes (one byte per character) as UTF-8.
const UTF8 = new TextDecoder('utf-8');
const isAsciiWord = (word: string): boolean => [...word].every((ch) => ch.charCodeAt(0) < 128);
const LEXICON_IS_ASCII = [...LEXICON.values()].every((entry) => entry.kind === 'drop' || isAsciiWord(entry.to));
let bytes = new Uint8Array(512);

/** The normalised text as a string from the code buffer. */
function decodeOut(): string {
  const n = out.length;
  if (!sourceIsAscii || !LEXICON_IS_ASCII) return UTF16.decode(out.codes.subarray(0, n));
  if (bytes.length < n) bytes = new Uint8Array(out.codes.length);
  // set() converts each code unit to a byte natively; every one is below 128 here.
  bytes.set(out.codes.subarray(0, n));
  return UTF8.decode(bytes.subarray(0, n));
}

/**
 * The last draft normalised, when it is plain ASCII and has no letter twice in a row:
 * the typography check then knows it has no stretched letters without a pass of its own
 * (every letter is read inside a word here, so a run of one letter is always seen).
 */
let lastWithoutRepeats: string | undefined;

/** True only when `original` is known to be ASCII without a letter twice in a row (false: unknown or has one). */
export function knownWithoutRepeatedLetters(original: string): boolean {
  return original === lastWithoutRepeats;
}

export function normalizeText(original: string): NormalizedText {
  out = scratch;
  fold(original);
  tokenise();
  lastWithoutRepeats = sourceIsAscii && !sawRepeat ? original : undefined;
  const text = decodeOut();
  // canonicalise() reads the scratch buffers in place and builds fresh arrays when it
  // rewrites something; otherwise the result gets copies of them.
  return canonicalise(original, text, out.starts, out.ends) ?? { original, text, starts: out.starts.slice(0, out.length), ends: out.ends.slice(0, out.length) };
}

/**
 * normalizeText for the draft of a check(): the same result, but its span arrays are views
 * of buffers kept for drafts, valid until the next normalizeDraft (check() is synchronous
 * and its doc never leaves it). Two fresh Int32Arrays of a draft's length each time were
 * a visible share of a check: typed arrays that size get their memory outside the heap.
 * normalizeText (brand profiles, tests) writes elsewhere, so it never disturbs a draft.
 */
export function normalizeDraft(original: string): NormalizedText {
  out = draftBuffer;
  try {
    fold(original);
    tokenise();
    lastWithoutRepeats = sourceIsAscii && !sawRepeat ? original : undefined;
    const text = decodeOut();
    const n = out.length;
    return canonicalise(original, text, out.starts, out.ends, draftCanonical) ?? { original, text, starts: out.starts.subarray(0, n), ends: out.ends.subarray(0, n) };
  } finally {
    out = scratch;
  }
}

/** Map a normalised span [start, end) back to UTF-16 offsets of the original text. */
export function toOriginalSpan(doc: NormalizedText, start: number, end: number): { start: number; end: number } {
  const from = doc.starts[start] ?? doc.original.length;
  const to = doc.ends[Math.max(start, end - 1)] ?? from;
  return { start: from, end: Math.max(from, to) };
}
