// Canonical forms for the number and abbreviation spellings the rules care about, so a
// rule writes "100%" once instead of "100 persen", "seratus persen", "100 percent"…
// Replacements keep the span map: every new character points at the whole phrase.
import { keyStartsAt, leadingKeys, textKeyTrie } from './gate.js';
import type { KeyTrie } from './key-trie.js';
import type { NormalizedText } from './normalize.js';
import { collapseLetters } from './pattern.js';

const NOT_WORD = '(?![a-z0-9])';
const CANONICAL_SOURCE = collapseLetters(
  [
    `\\b(?<percent>\\d+(?:[.,]\\d+)?) ?(?:%|persen|percent|pct|prosen)(?![a-z])`,
    `(?<rank>(?:#|\\b(?:no\\.?|nomor|nomer|number|nmr|top|peringkat|rank|ranking)) ?(?:1|one|wahid)${NOT_WORD})`,
    `\\b(?<until>s ?[./] ?d\\b\\.?|sampai dengan${NOT_WORD}|s\\.d${NOT_WORD})`,
    `\\b(?<terms>(?:s ?& ?k|snk|s ?n ?k|syarat (?:&|dan|n) ketentuan|t ?& ?cs?|terms (?:&|and|n) conditions|terms apply|syarat berlaku)${NOT_WORD})`,
    `\\b(?<ship>ongkos kirim${NOT_WORD})`,
    `\\b(?<hundred>one hundred percent${NOT_WORD})`,
  ].join('|'),
);
const CANONICAL = new RegExp(CANONICAL_SOURCE, 'g');
const CANONICAL_AT = new RegExp(CANONICAL_SOURCE, 'y');
// The regex is tried only where one of its keys starts (its first few symbols, derived
// from the source as for the phrase tables, named groups read as plain groups): a few
// places per draft instead of every position. Without keys, the plain scan.
const CUE_KEYS = leadingKeys(`(?:${CANONICAL_SOURCE.replace(/\(\?<[a-z]+>/g, '(?:')})`);
const CUES: KeyTrie<true> | undefined = CUE_KEYS === null ? undefined : textKeyTrie(CUE_KEYS.map((key) => [key, true] as const));

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The first match at or after `from`: what CANONICAL.exec finds from lastIndex `from`. */
function nextMatch(text: string, from: number): RegExpExecArray | null {
  if (CUES === undefined) {
    CANONICAL.lastIndex = from;
    return CANONICAL.exec(text);
  }
  const { symbol, cells } = CUES;
  let previousIsWord = from > 0 && isWordCode(text.charCodeAt(from - 1));
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isWord = isWordCode(c);
    // Every alternative opens with \b or with '#': no match starts inside a word.
    const insideWord = isWord && previousIsWord;
    previousIsWord = isWord;
    if (insideWord) continue;
    // The root is a full row: one read rejects most positions before the walk.
    const sym = c < 128 ? (symbol[c] ?? 0) : 0;
    if (sym === 0 || (cells[sym] ?? 0) === 0 || !keyStartsAt(CUES, text, i)) continue;
    CANONICAL_AT.lastIndex = i;
    const m = CANONICAL_AT.exec(text);
    if (m !== null) return m;
  }
  return null;
}

function replacementFor(groups: Record<string, string | undefined>): string {
  if (groups.percent !== undefined) return `${groups.percent}%`;
  if (groups.rank !== undefined) return '#1';
  if (groups.until !== undefined) return 'sampai';
  if (groups.terms !== undefined) return 's&k';
  if (groups.ship !== undefined) return 'ongkir';
  return '100%';
}

/** Where a replacement goes: [index, length) of the normalised text becomes `to`. */
interface Replacement {
  index: number;
  length: number;
  to: string;
}


/**
 * Canonical spellings for `text`, whose characters map back to the original through
 * starts/ends[0 … text.length). Undefined when nothing changes (the common case), so the
 * caller keeps its own buffers.
 */
export function canonicalise(original: string, text: string, starts: Int32Array, ends: Int32Array): NormalizedText | undefined {
  let m = nextMatch(text, 0);
  if (m === null) return undefined;
  const replacements: Replacement[] = [];
  let growth = 0;
  for (; m !== null; m = nextMatch(text, m.index + m[0].length)) {
    // The lookbehind lives here, not in the regex, so "#1" can start after a space.
    if (m.index > 0 && isWordCode(text.charCodeAt(m.index - 1))) continue;
    const to = replacementFor(m.groups ?? {});
    replacements.push({ index: m.index, length: m[0].length, to });
    growth += to.length - m[0].length;
  }
  // Copy the text between replacements; every replacement character covers the whole phrase.
  const size = text.length + growth;
  const outStarts = new Int32Array(size);
  const outEnds = new Int32Array(size);
  let out = '';
  let cursor = 0;
  let at = 0;
  for (const { index, length, to } of replacements) {
    out += text.slice(cursor, index);
    outStarts.set(starts.subarray(cursor, index), at);
    outEnds.set(ends.subarray(cursor, index), at);
    at += index - cursor;
    const start = starts[index] ?? 0;
    const end = ends[index + length - 1] ?? start;
    out += to;
    outStarts.fill(start, at, at + to.length);
    outEnds.fill(end, at, at + to.length);
    at += to.length;
    cursor = index + length;
  }
  out += text.slice(cursor);
  outStarts.set(starts.subarray(cursor, text.length), at);
  outEnds.set(ends.subarray(cursor, text.length), at);
  return { original, text: out, starts: outStarts, ends: outEnds };
}
