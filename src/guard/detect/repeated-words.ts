// The same word three times in a row, in any case ("promo promo promo"); twice is
// ordinary Indonesian ("sama sama"), unless shouted (typography.ts). Part of the
// typography check, on the original text.
//
// The regexes below define the finding. Run as global scans they were tried at every
// position of every draft with a repeated neighbour; here they are tried, sticky, only
// where a match can start (the first of two neighbouring letter runs that may read the
// same), in order, resuming after each match: the same matches as the global scan, as
// every match starts at such a place (see the two candidate functions).

export interface WordSpan {
  start: number;
  end: number;
}

const TRIPLE_WORD = /(?<![\p{L}\p{N}])(\p{L}{2,})(?:[^\p{L}\p{N}\n]+\1(?![\p{L}\p{N}])){2,}/iuy;
// Run on the lower-cased ASCII text: the same matches as /\b([a-z]{2,})(?:[^a-z0-9\n]+\1\b){2,}/gi
// on the original (ASCII lower-casing keeps offsets), and a case-sensitive backreference
// is cheaper to try.
const TRIPLE_WORD_LOWER = /\b([a-z]{2,})(?:[^a-z0-9\n]+\1\b){2,}/y;

const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

function sameRun(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/**
 * Where a TRIPLE_WORD_LOWER match can start in lower-cased ASCII: a run of letters followed
 * by an equal run with only separators between (no digit, no newline). A match's word
 * is a whole run ([a-z]{2,} is greedy and must be followed by a non-letter) and so is its
 * first repeat (\b after it), with nothing but separators between: such a pair. Most
 * drafts have none, and then nothing is tried.
 */
function asciiPairStarts(lower: string): number[] {
  const starts: number[] = [];
  const n = lower.length;
  let previousStart = -1;
  let previousEnd = -1;
  let i = 0;
  while (i < n) {
    const c = lower.charCodeAt(i);
    if (isLowerLetter(c)) {
      const start = i;
      while (i < n && isLowerLetter(lower.charCodeAt(i))) i++;
      if (previousStart >= 0 && i - start === previousEnd - previousStart && i - start >= 2 && sameRun(lower, previousStart, start, i - start)) starts.push(previousStart);
      previousStart = start;
      previousEnd = i;
      continue;
    }
    // A digit or a newline breaks the chain; other characters only separate.
    if ((c >= 48 && c <= 57) || c === 10) previousStart = -1;
    i++;
  }
  return starts;
}

// A letter as TRIPLE_WORD reads one (same flags, so case-folded twins count as it does).
const FOLDED_LETTER = /\p{L}/iu;
const foldedLetters = new Map<number, boolean>();

function isFoldedLetter(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122);
  let letter = foldedLetters.get(codePoint);
  if (letter === undefined) {
    letter = FOLDED_LETTER.test(String.fromCodePoint(codePoint));
    if (foldedLetters.size < 4096) foldedLetters.set(codePoint, letter);
  }
  return letter;
}

/**
 * asciiPairStarts for any text: starts of letter runs followed, with no newline between, by
 * a run of the same length in code points (case folding maps one code point to one, so a
 * case-insensitive repeat has the word's length). The text is not compared here: the
 * regex does that at these few places.
 */
function pairStarts(text: string): number[] {
  const starts: number[] = [];
  const n = text.length;
  let previousStart = -1;
  let previousLength = -1;
  let runStart = 0;
  let length = 0;
  for (let i = 0; i < n; ) {
    const codePoint = text.codePointAt(i) ?? 0;
    const at = i;
    i += codePoint > 0xffff ? 2 : 1;
    if (isFoldedLetter(codePoint)) {
      if (length === 0) runStart = at;
      length++;
      continue;
    }
    if (length > 0) {
      if (length >= 2 && length === previousLength) starts.push(previousStart);
      previousStart = runStart;
      previousLength = length;
      length = 0;
    }
    if (codePoint === 10) previousLength = -1;
  }
  if (length >= 2 && length === previousLength) starts.push(previousStart);
  return starts;
}

/** The leftmost-first, non-overlapping matches of a sticky regex, tried only at `starts` (ascending). */
function matchesAt(pattern: RegExp, text: string, starts: readonly number[]): WordSpan[] {
  const spans: WordSpan[] = [];
  let resume = 0;
  for (const start of starts) {
    if (start < resume) continue;
    pattern.lastIndex = start;
    if (!pattern.test(text)) continue;
    spans.push({ start, end: pattern.lastIndex });
    resume = pattern.lastIndex;
  }
  return spans;
}

/**
 * Spans of a word said three or more times in a row. `text` is the draft lower-cased
 * when `ascii` (same offsets), else the original as written.
 */
export function repeatedWordSpans(text: string, ascii: boolean): WordSpan[] {
  const starts = ascii ? asciiPairStarts(text) : pairStarts(text);
  if (starts.length === 0) return [];
  return matchesAt(ascii ? TRIPLE_WORD_LOWER : TRIPLE_WORD, text, starts);
}
