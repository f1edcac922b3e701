// Where sentences, clauses and quotations are in the normalised text. Negation and
// wishes only count inside the clause they govern; a question or a quotation changes
// who is speaking, so claims inside them are not the brand's own promise.
import { registerTable, tableKeys } from '../text/gate.js';
import { allMatches } from '../text/pattern.js';

export interface Range {
  start: number;
  end: number;
}

// A full stop ends a sentence unless it sits inside a number ("23.59"), a handle or a web
// address ("@lumiere.id"), or after a common abbreviation ("min.", "dr.", "no.").
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'min', 'maks', 'max', 'dl', 'dsb', 'rp', 'dr', 'drg', 'no', 'vs', 'jl', 'tgl', 'reg', 'est', 'approx', 'etc', 'mr', 'mrs', 'ms', 'st', 'prof', 'ir', 'hj', 'kec', 'kab',
]);
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
const isLetterCode = (c: number): boolean => c >= 97 && c <= 122;

/** Whether the word of letters that ends at `end` (a dot) is an abbreviation: one Set lookup, no regex. */
function abbreviationBefore(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && isLetterCode(text.charCodeAt(start - 1))) {
    if (end - start === LONGEST_ABBREVIATION) return false;
    start--;
  }
  return ABBREVIATIONS.has(text.slice(start, end));
}

// Characters that may end a sentence. The regex finds the next one (test() and
// lastIndex, no match object): it skips the text between them several times faster
// than a charCodeAt loop.
const SENTENCE_END_CANDIDATE = /[!?\n.]/g;

export function sentenceRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  SENTENCE_END_CANDIDATE.lastIndex = 0;
  while (SENTENCE_END_CANDIDATE.test(text)) {
    let i = SENTENCE_END_CANDIDATE.lastIndex - 1;
    const ch = text[i];
    let boundary = ch === '!' || ch === '?' || ch === '\n';
    if (ch === '.' && i >= 1) {
      const next = text[i + 1];
      // A dot with a letter or digit right after it is inside a word: "23.59", "@lumiere.id", "glowria.com".
      const inNumber = next !== undefined && ((next >= '0' && next <= '9') || (next >= 'a' && next <= 'z') || next === '_');
      const previous = text.charCodeAt(i - 1);
      // Only a letter before the dot can make it an abbreviation; test those alone.
      boundary = !inNumber && !(isLetterCode(previous) && abbreviationBefore(text, i));
    }
    if (!boundary) continue;
    // Keep runs like "?!" or "!!!" with the sentence they end.
    while (i + 1 < text.length && (text[i + 1] === '!' || text[i + 1] === '?' || text[i + 1] === '.')) i++;
    ranges.push({ start, end: i + 1 });
    start = i + 1;
    SENTENCE_END_CANDIDATE.lastIndex = start;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const CLAUSE_PUNCTUATION = /[,;:()]/g;
const CONJUNCTIONS = ['tapi', 'namun', 'melainkan', 'sedangkan', 'padahal', 'walaupun', 'meskipun', 'but', 'however', 'although', 'though', 'whereas'];
// The conjunctions are a gated table: the draft's one pass over every phrase table
// (text/gate.ts) finds them with the rest, where a scan of its own, for a pattern
// that may start at any t, n, m, s, p, w, b, h or a, cost more than all of clauseStarts.
const CONJUNCTION = new RegExp(`\\b(?:${CONJUNCTIONS.join('|')})\\b`, 'g');
registerTable(CONJUNCTION, tableKeys(CONJUNCTIONS));

/** Offsets where a new clause starts (after a comma, "tapi", "but", …), sentence starts included. */
export function clauseStarts(text: string, sentences: readonly Range[]): number[] {
  // Punctuation (test() and lastIndex: no match object) and conjunctions never overlap,
  // so the breaks are both lists merged in order: a break after the punctuation mark,
  // or where the conjunction starts.
  const conjunctions = allMatches(CONJUNCTION, text);
  const breaks: number[] = [];
  let w = 0;
  CLAUSE_PUNCTUATION.lastIndex = 0;
  while (CLAUSE_PUNCTUATION.test(text)) {
    const end = CLAUSE_PUNCTUATION.lastIndex;
    while (w < conjunctions.length && (conjunctions[w]?.start ?? 0) < end) breaks.push(conjunctions[w++]?.start ?? 0);
    // A comma inside a number ("1,5") is not a clause break.
    if (text.charCodeAt(end - 1) === 44 && isDigitCode(text.charCodeAt(end - 2)) && isDigitCode(text.charCodeAt(end))) continue;
    breaks.push(end);
  }
  while (w < conjunctions.length) breaks.push(conjunctions[w++]?.start ?? 0);
  // Sentence starts and breaks both come in increasing order: merge them, no sort.
  const starts: number[] = [];
  let b = 0;
  for (const sentence of sentences) {
    while (b < breaks.length && (breaks[b] ?? 0) < sentence.start) starts.push(breaks[b++] ?? 0);
    starts.push(sentence.start);
  }
  while (b < breaks.length) starts.push(breaks[b++] ?? 0);
  return starts;
}

/** Spans between paired double quotes, and single quotes that open after a non-letter. */
export function quoteRanges(text: string): Range[] {
  const ranges: Range[] = [];
  // indexOf, not a loop over every character: most drafts have no quote at all.
  let open = -1;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (open < 0) open = i;
    else {
      ranges.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (!text.includes("'")) return ranges;
  const single = /(?<![a-z0-9])'([^'\n]{2,}?)'(?![a-z0-9])/g;
  for (let m = single.exec(text); m !== null; m = single.exec(text)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

/**
 * The index of the range holding position `at` (start <= at < end), or -1: the first such, as
 * findIndex would give, in a plain loop (detectors ask this per match, on every keystroke).
 */
export function indexOfRangeAt(ranges: readonly Range[], at: number): number {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i] as Range;
    if (r.start <= at && at < r.end) return i;
  }
  return -1;
}

export function rangeContaining(ranges: readonly Range[], start: number, end: number): Range | undefined {
  return ranges.find((r) => r.start <= start && end <= r.end);
}

/** The last boundary at or before `pos` (binary search over sorted starts). */
export function lastStartBefore(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = starts[mid] ?? 0;
    if (value <= pos) {
      best = value;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
