// Shouting, read on the original text because case and emoji are what the reader sees:
// 3+ all-caps words in a row (acronyms excepted), "!!" or "?!", stretched letters,
// 4+ emoji or one emoji 3+ times, and repeated words.
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

function words(text: string): Word[] {
  const out: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordChar(text, j)) j++;
    out.push({ start: i, end: j, text: text.slice(i, j) });
    i = j;
  }
  return out;
}

function isShouted(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) {
      const ch = word[i] ?? '';
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 2 && !ACRONYMS.has(word.toUpperCase());
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isAsciiLetter(c) || (c >= 128 && NON_ASCII_WORD.test(word[i] ?? ''))) return true;
  }
  return false;
}

function capsRuns(list: readonly Word[]): Span[] {
  const runs: Span[] = [];
  let run: Word[] = [];
  const close = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (run.length >= 3 && first !== undefined && last !== undefined) runs.push({ start: first.start, end: last.end });
    run = [];
  };
  for (const word of list) {
    if (isNumber(word.text)) continue; // "DISKON 50 PERSEN": numbers neither count nor break
    if (isShouted(word.text)) run.push(word);
    else close();
  }
  close();
  return runs;
}

function repeatedWords(list: readonly Word[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < list.length) {
    const first = list[i];
    if (first === undefined) break;
    let j = i + 1;
    const lower = first.text.toLowerCase();
    while (j < list.length && list[j]?.text.length === first.text.length && list[j]?.text.toLowerCase() === lower) j++;
    const count = j - i;
    const last = list[j - 1];
    // Two in a row only when shouted ("PROMO PROMO"); "sama sama" is ordinary Indonesian.
    if (last !== undefined && hasLetter(first.text) && (count >= 3 || (count === 2 && isShouted(first.text)))) spans.push({ start: first.start, end: last.end });
    i = j;
  }
  return spans;
}

const PUNCT_RUN = /[!?！？]{2,}/g;
const EMOJI = /\p{Extended_Pictographic}/gu;

function regexSpans(pattern: RegExp, text: string, keep: (m: RegExpExecArray) => boolean = () => true): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) if (keep(m)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Runs of 3+ of the same letter ("murahhh"), ignoring "www" and roman numerals. */
function stretchedLetters(text: string): Span[] {
  const spans: Span[] = [];
  // ASCII letters compare case-insensitively by their 0x20 bit ("MURAHhh").
  const fold = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);
  let i = 0;
  while (i < text.length) {
    const c = fold(text.charCodeAt(i));
    let j = i + 1;
    while (j < text.length && fold(text.charCodeAt(j)) === c) j++;
    if (j - i < 3) {
      i = j;
      continue;
    }
    const letter = c < 128 ? isAsciiLetter(c) : NON_ASCII_WORD.test(text[i] ?? '') && !/\p{N}/u.test(text[i] ?? '');
    if (j - i >= 3 && letter && c !== 119 && c !== 105 && c !== 120 && c !== 118) {
      // Mark the whole stretched word ("MURAHHH"), not only the repeated letters.
      let from = i;
      let to = j;
      while (from > 0 && isWordChar(text, from - 1)) from--;
      while (to < text.length && isWordChar(text, to)) to++;
      spans.push({ start: from, end: to });
    }
    i = j;
  }
  return spans;
}

// Emoji live outside the BMP or in the symbol blocks; plain text can skip the scan.
const MAYBE_EMOJI = /[\u2190-\u2bff\u3030\u303d\u3297\u3299\ud83c-\ud83e]/;

function emojiSpans(text: string): Span[] {
  if (!MAYBE_EMOJI.test(text)) return [];
  const all = regexSpans(EMOJI, text);
  const spans: Span[] = [];
  // Clusters: emoji separated only by spaces, joiners and variation selectors ("🔥🔥🔥").
  let cluster: Span[] = [];
  const close = (): void => {
    const first = cluster[0];
    const last = cluster[cluster.length - 1];
    if (cluster.length >= 3 && first !== undefined && last !== undefined) spans.push({ start: first.start, end: last.end });
    cluster = [];
  };
  for (const e of all) {
    const previous = cluster[cluster.length - 1];
    if (previous !== undefined && !/^(?:\s|\u200d|\ufe0f|\p{Emoji_Modifier})*$/u.test(text.slice(previous.end, e.start))) close();
    cluster.push(e);
  }
  close();
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

/** Typography findings in ORIGINAL-text offsets (not normalised ones). */
// Word-level checks only matter with capitals or a word said three times.
const UPPER_PAIR = /\p{Lu}\p{Lu}/u;
const TRIPLE_WORD = /\b(\w{2,})\W+\1\W+\1\b/i;

function hasCapitalPair(text: string): boolean {
  let previousUpper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return UPPER_PAIR.test(text);
    const upper = c >= 65 && c <= 90;
    if (upper && previousUpper) return true;
    previousUpper = upper;
  }
  return false;
}

export function detectTypography(original: string): Span[] {
  const list = hasCapitalPair(original) || TRIPLE_WORD.test(original) ? words(original) : [];
  const spans = [
    ...capsRuns(list),
    ...repeatedWords(list),
    ...regexSpans(PUNCT_RUN, original, (m) => /[!！]/.test(m[0])),
    ...stretchedLetters(original),
    ...emojiSpans(original),
  ];
  return mergeSpans(spans);
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
