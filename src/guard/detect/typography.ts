// Shouting, read on the original text because case and emoji are what the reader sees:
// 3+ all-caps words in a row (acronyms excepted), "!!" or "?!", stretched letters,
// 4+ emoji or one emoji 3+ times, and repeated words.
import { asciiLower } from '../text/ascii-lower.js';
import { knownWithoutRepeatedLetters } from '../text/normalize.js';
import { repeatedWordSpans } from './repeated-words.js';

export interface Span {
  start: number;
  end: number;
}

const ACRONYMS = new Set([
  'BPOM', 'OJK', 'SPF', 'PA', 'COD', 'S&K', 'SNK', 'T&C', 'WIB', 'WITA', 'WIT', 'UV', 'UVA', 'UVB', 'DM', 'WA', 'CS', 'ID', 'IG', 'FB', 'TV', 'MUI', 'SNI', 'HP', 'PO', 'OOTD', 'FAQ',
  'BCA', 'BRI', 'BNI', 'BSI', 'QRIS', 'OVO', 'DANA', 'NIK', 'KTP', 'ATM', 'PIN', 'OTP', 'USA', 'UK', 'EU', 'AM', 'PM', 'OK', 'FYI', 'CEO', 'PR', 'RSVP', 'AI', 'API', 'URL', 'VIP', 'BPJPH',
  'LPPOM', 'WHO', 'FDA', 'NA', 'MD', 'ML', 'SKU', 'DIY', 'SMS', 'PDF', 'RI', 'DKI', 'JNE', 'JNT', 'J&T', 'SPX', 'UMKM', 'PT', 'CV', 'TBK', 'IDR', 'RP', 'USD', 'KG', 'ML', 'CM', 'GB', 'AHA',
  'BHA', 'PHA', 'SLS', 'DNA', 'HIV', 'LPS', 'BI', 'KPR', 'IPO', 'ETF', 'ROI', 'APY', 'APR', 'QR', 'FAQS', 'LIVE', 'IDI', 'NB', 'PS', 'TTS', 'TIKTOK',
]);

interface Word extends Span {
  text: string;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 38 || c === 39;
  return c === 0x2019 || NON_ASCII_WORD.test(text[i] ?? '');
}

// Words written in capitals ("PROMO", "S&K"). Unicode property escapes are slow, so
// plain-ASCII drafts (most of them) use an ASCII twin.
// Each Unicode class is written as its ASCII part or, past ASCII, the class itself
// ("[\p{Lu}]" as "(?:[A-Z]|(?![\x00-\x7f])\p{Lu})"): the same characters, but the regex
// engine tests a large Unicode class by a call and a search per character, and in these
// drafts (emoji and all) nearly every character is ASCII and settled by the first branch.
const ASCII_OR = (ascii: string, unicode: string): string => `(?:[${ascii}]|(?![\\x00-\\x7f])[${unicode}])`;
const UPPER = ASCII_OR('A-Z', '\\p{Lu}');
const UPPER_OR_DIGIT = ASCII_OR("A-Z0-9&'’", '\\p{Lu}\\p{N}');
const WORD_CHAR = ASCII_OR("A-Za-z0-9&'’", '\\p{L}\\p{N}');
/** /(?<![\p{L}\p{N}&'’])\p{Lu}[\p{Lu}\p{N}&'’]+(?![\p{L}\p{N}&'’])/gu */
const UPPER_TOKEN = new RegExp(`(?<!${WORD_CHAR})${UPPER}${UPPER_OR_DIGIT}+(?!${WORD_CHAR})`, 'gu');
const UPPER_TOKEN_ASCII = /(?<![A-Za-z0-9&'])[A-Z][A-Z0-9&']+(?![A-Za-z0-9&'])/g;
const LETTER = /\p{L}/u;

// Whole-text checks are regex tests, not loops: the regex engine scans a character class
// several times faster than a charCodeAt loop, and these run on every draft.
const CAPITAL_PAIR = /[A-Z][A-Z0-9&']/;
// The same for any text: the two characters every upper token starts with. Without the
// token regex's lookarounds it is several times cheaper to scan for.
/** /\p{Lu}[\p{Lu}\p{N}&'’]/u */
const CAPITAL_PAIR_UNICODE = new RegExp(`${UPPER}${UPPER_OR_DIGIT}`, 'u');

/** Whether a text has two capitals in a row ("PR", "S&K"): else no upper token. */
function hasCapitalPair(text: string, ascii: boolean): boolean {
  return (ascii ? CAPITAL_PAIR : CAPITAL_PAIR_UNICODE).test(text);
}

function upperTokens(text: string, ascii: boolean): Word[] {
  const pattern = ascii ? UPPER_TOKEN_ASCII : UPPER_TOKEN;
  const out: Word[] = [];
  // Most drafts are in sentence case: skip the regex when no token can start.
  if (!hasCapitalPair(text, ascii)) return out;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

function isShouted(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 128 && LETTER.test(word[i] ?? ''))) letters++;
  }
  return letters >= 2 && !ACRONYMS.has(word.toUpperCase());
}

/** Whether only spaces, punctuation, numbers and emoji separate two words ("DISKON 50 PERSEN"). */
function adjacent(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (isWordChar(text, i)) return false;
  }
  return true;
}

/** 3+ shouted words in a row, and a shouted word said twice ("PROMO PROMO"). */
function shouting(text: string, ascii: boolean): Span[] {
  const spans: Span[] = [];
  let runStart = -1;
  let runLength = 0;
  let last: Word | undefined;
  for (const token of upperTokens(text, ascii)) {
    const shouted = isShouted(token.text);
    const joined = last !== undefined && adjacent(text, last.end, token.start);
    if (!shouted || !joined) {
      if (runLength >= 3 && last !== undefined) spans.push({ start: runStart, end: last.end });
      runLength = 0;
    }
    if (!shouted) {
      last = undefined;
      continue;
    }
    if (joined && last !== undefined && last.text === token.text) spans.push({ start: last.start, end: token.end });
    if (runLength === 0) runStart = token.start;
    runLength++;
    last = token;
  }
  if (runLength >= 3 && last !== undefined) spans.push({ start: runStart, end: last.end });
  return spans;
}

const PUNCT_RUN = /[!?！？]{2,}/g;
// No ASCII character is pictographic: the lookahead settles them without the Unicode class.
const EMOJI = /(?=[\u0080-\u{10ffff}])\p{Extended_Pictographic}/gu;

const keepAll = (): boolean => true;

function regexSpans(pattern: RegExp, text: string, keep: (m: RegExpExecArray) => boolean = keepAll): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) if (keep(m)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Runs of 3+ of the same letter ("murahhh", "MURAHhh"), ignoring "www" and roman numerals. */
/** `lower` is the text lower-cased when it is ASCII (same offsets), else the text as written. */
function stretchedLetters(text: string, lower: string): Span[] {
  const spans: Span[] = [];
  const n = lower.length;
  // A run of 3+ holds a pair of equal characters starting at an even offset, so only
  // those offsets are compared: half the reads of this whole-text loop. Each run is
  // then widened to its full length [i, j), and the scan goes on after it.
  for (let k = 0; k + 1 < n; k += 2) {
    const c = lower.charCodeAt(k);
    if (c !== lower.charCodeAt(k + 1)) continue;
    let i = k;
    while (i > 0 && lower.charCodeAt(i - 1) === c) i--;
    let j = k + 2;
    while (j < n && lower.charCodeAt(j) === c) j++;
    k = j - 2;
    if (j - i < 3) continue;
    const letter = c < 128 ? isAsciiLetter(c) : NON_ASCII_WORD.test(lower[i] ?? '') && !/\p{N}/u.test(lower[i] ?? '');
    if (letter && c !== 119 && c !== 105 && c !== 120 && c !== 118) {
      // Mark the whole stretched word ("MURAHHH"), not only the repeated letters.
      let from = i;
      let to = j;
      while (from > 0 && isWordChar(text, from - 1)) from--;
      while (to < n && isWordChar(text, to)) to++;
      spans.push({ start: from, end: to });
    }
  }
  return spans;
}

// Emoji live outside the BMP or in the symbol blocks; plain text can skip the scan.
const MAYBE_EMOJI = /[\u2190-\u2bff\u3030\u303d\u3297\u3299\ud83c-\ud83e]/;

const EMOJI_GAP = /^(?:\s|\u200d|\ufe0f|\p{Emoji_Modifier})*$/u;

/** A cluster of 3+ emoji is one span. A module function: a named closure per call is costly where names are kept. */
function closeCluster(cluster: readonly Span[], spans: Span[]): void {
  const first = cluster[0];
  const last = cluster[cluster.length - 1];
  if (cluster.length >= 3 && first !== undefined && last !== undefined) spans.push({ start: first.start, end: last.end });
}

function emojiSpans(text: string): Span[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  const all = regexSpans(EMOJI, text);
  const spans: Span[] = [];
  // Clusters: emoji separated only by spaces, joiners and variation selectors ("🔥🔥🔥").
  let cluster: Span[] = [];
  for (const e of all) {
    const previous = cluster[cluster.length - 1];
    if (previous !== undefined && !EMOJI_GAP.test(text.slice(previous.end, e.start))) {
      closeCluster(cluster, spans);
      cluster = [];
    }
    cluster.push(e);
  }
  closeCluster(cluster, spans);
  const counts = new Map<string, number>();
  for (const e of all) {
    const key = text.slice(e.start, e.end);
    const seen = (counts.get(key) ?? 0) + 1;
    counts.set(key, seen);
    if (seen === 3) spans.push(e);
  }
  const fourth = all[3];
  const last = all[all.length - 1];
  if (fourth !== undefined && last !== undefined) spans.push({ start: fourth.start, end: last.end });
  return spans;
}

const hasExclamation = (m: RegExpExecArray): boolean => m[0].includes('!') || m[0].includes('！');

/** Typography findings in ORIGINAL-text offsets (not normalised ones). */
export function detectTypography(original: string): Span[] {
  // Lower-casing keeps UTF-16 offsets for ASCII; other text is compared as written.
  // Shared with normalisation, which lower-cased this very draft just before.
  const asciiLowered = asciiLower(original);
  const ascii = asciiLowered !== undefined;
  const lower = asciiLowered ?? original;
  // push(), not one array literal of spreads: most parts are empty, and the spreads
  // and the sort of an empty list were a visible share of this function.
  const spans: Span[] = [];
  spans.push(...shouting(original, ascii));
  spans.push(...repeatedWordSpans(lower, ascii));
  // Only runs with an exclamation mark count, so without one there is nothing to scan.
  if (original.includes('!') || original.includes('！')) spans.push(...regexSpans(PUNCT_RUN, original, hasExclamation));
  // Normalisation, which read this very draft just before, may already know there is no run.
  if (!knownWithoutRepeatedLetters(original)) spans.push(...stretchedLetters(original, lower));
  spans.push(...emojiSpans(original));
  return spans.length === 0 ? spans : mergeSpans(spans);
}

const byStart = (a: Span, b: Span): number => a.start - b.start;

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort(byStart);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
