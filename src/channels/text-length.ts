// How each network counts text (NETWORKS.md §1). `string.length` counts UTF-16 code units and is
// wrong everywhere: X weighs code points and counts URLs and emoji as fixed amounts, Bluesky
// counts grapheme clusters and UTF-8 bytes, Mastodon counts graphemes with URLs and remote
// mentions shortened. Pure: the simulator refuses by these counts, and the browser's composer
// shows the same numbers under the draft.

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const utf8 = new TextEncoder();

export function graphemeLength(text: string): number {
  let count = 0;
  for (const _segment of graphemes.segment(text)) count += 1;
  return count;
}

export function utf8Length(text: string): number {
  return utf8.encode(text).length;
}

/** X's v3 config: scale 100, default weight 200, URLs 23, these ranges weigh 100. */
const X_LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];
const X_SCALE = 100;
const X_DEFAULT_WEIGHT = 200;
const X_URL_LENGTH = 23;

/**
 * URLs as twitter-text finds them, simplified: with a scheme, or a bare domain on a common TLD
 * (so "glowria.id" or "bit.ly/x" also count 23). Not preceded by "@" or a word character, which
 * keeps e-mail addresses and @handles out. Trailing punctuation is not part of the URL.
 */
const URL_PATTERN = /(?<![\w@.\-/])(?:https?:\/\/[^\s<>"]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|id|co|io|ly|me|app|dev|xyz|info|site|shop|store|link|top|vip|help|social|gg|tv|ai)(?![a-z0-9-])(?::\d+)?(?:\/[^\s<>"]*)?)/giu;
const TRAILING_PUNCTUATION = /[.,!?:;'")\]]+$/u;

interface Span {
  start: number;
  end: number;
}

function urlSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    spans.push({ start: match.index, end: match.index + url.length });
  }
  return spans;
}

/** An emoji grapheme, i.e. a pictographic sequence (ZWJ families, skin tones, flags, keycaps). */
function isEmojiGrapheme(segment: string): boolean {
  return /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u.test(segment);
}

function codePointWeight(codePoint: number): number {
  return X_LIGHT_RANGES.some(([low, high]) => codePoint >= low && codePoint <= high) ? X_SCALE : X_DEFAULT_WEIGHT;
}

/** X weighted length, as `twitter-text`'s parseTweet computes `weightedLength` (after NFC). */
export function xWeightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  const urls = urlSpans(normalized);
  let weighted = 0;
  let offset = 0;
  for (const { segment, index } of graphemes.segment(normalized)) {
    if (index < offset) continue;
    const url = urls.find((span) => span.start === index);
    if (url !== undefined) {
      weighted += X_URL_LENGTH * X_SCALE;
      offset = url.end;
      continue;
    }
    if (isEmojiGrapheme(segment)) {
      weighted += X_DEFAULT_WEIGHT;
      continue;
    }
    for (const character of segment) weighted += codePointWeight(character.codePointAt(0) ?? 0);
  }
  return Math.floor(weighted / X_SCALE);
}

/** Mastodon's defaults (an instance may change them: `characters_reserved_per_url`). */
const MASTODON_URL_LENGTH = 23;
const MASTODON_URL = /https?:\/\/[^\s<>"]+/giu;
/** `@user@domain` counts as `@user`. */
const MASTODON_REMOTE_MENTION = /(?<![\p{L}\p{N}_])(@[\w.]+)@[\w.-]+\.[a-z]{2,}/giu;

/** Mastodon status length: graphemes, each URL 23 (or the instance's figure), a remote mention only its local part. */
export function mastodonLength(text: string, charactersPerUrl = MASTODON_URL_LENGTH): number {
  const shortened = text
    .replace(MASTODON_URL, 'x'.repeat(charactersPerUrl))
    .replace(MASTODON_REMOTE_MENTION, '$1');
  return graphemeLength(shortened);
}

/** Threads (Meta): characters, but an emoji counts as its UTF-8 byte length (official docs). */
export function threadsLength(text: string): number {
  let count = 0;
  for (const { segment } of graphemes.segment(text)) count += isEmojiGrapheme(segment) ? utf8Length(segment) : [...segment].length;
  return count;
}
