// Canonical forms for the number and abbreviation spellings the rules care about, so a
// rule writes "100%" once instead of "100 persen", "seratus persen", "100 percent"…
// Replacements keep the span map: every new character points at the whole phrase.
import type { CodeBuffer } from './code-buffer.js';
import type { NormalizedText } from './normalize.js';
import { collapseLetters } from './pattern.js';

const NOT_WORD = '(?![a-z0-9])';
const CANONICAL = new RegExp(
  collapseLetters(
    [
      `\\b(\\d+(?:[.,]\\d+)?) ?(?:%|persen|percent|pct|prosen)(?![a-z])`,
      `((?:#|\\b(?:no\\.?|nomor|nomer|number|nmr|top|peringkat|rank|ranking)) ?(?:1|one|wahid)${NOT_WORD})`,
      `\\b(s ?[./] ?d\\b\\.?|sampai dengan${NOT_WORD}|s\\.d${NOT_WORD})`,
      `\\b((?:s ?& ?k|snk|s ?n ?k|syarat (?:&|dan|n) ketentuan|t ?& ?cs?|terms (?:&|and|n) conditions|terms apply|syarat berlaku)${NOT_WORD})`,
      `\\b(ongkos kirim${NOT_WORD})`,
      `\\b(one hundred percent${NOT_WORD})`,
    ].join('|'),
  ),
  'g',
);

// The branches are numbered groups, in this order: percent, rank, until, terms, shipping,
// "one hundred percent". Named groups made exec() build a groups object for every match.
function replacementFor(m: RegExpExecArray): string {
  if (m[1] !== undefined) return `${m[1]}%`;
  if (m[2] !== undefined) return '#1';
  if (m[3] !== undefined) return 'sampai';
  if (m[4] !== undefined) return 's&k';
  if (m[5] !== undefined) return 'ongkir';
  return '100%';
}

/** Where a replacement goes: [index, length) of the normalised text becomes `to`. */
interface Replacement {
  index: number;
  length: number;
  to: string;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/**
 * Canonical spellings for `text`, whose characters map back to the original through
 * starts/ends[0 … text.length). Undefined when nothing changes (the common case), so the
 * caller keeps its own buffers. With `into`, the new spans are views of its buffers
 * (reused from draft to draft) rather than fresh arrays.
 */
export function canonicalise(original: string, text: string, starts: Int32Array, ends: Int32Array, into?: CodeBuffer): NormalizedText | undefined {
  CANONICAL.lastIndex = 0;
  let m = CANONICAL.exec(text);
  if (m === null) return undefined;
  const replacements: Replacement[] = [];
  let growth = 0;
  for (; m !== null; m = CANONICAL.exec(text)) {
    // The lookbehind lives here, not in the regex, so "#1" can start after a space.
    if (m.index > 0 && isWordCode(text.charCodeAt(m.index - 1))) continue;
    const to = replacementFor(m);
    replacements.push({ index: m.index, length: m[0].length, to });
    growth += to.length - m[0].length;
  }
  // Copy the text between replacements; every replacement character covers the whole phrase.
  const size = text.length + growth;
  let outStarts: Int32Array;
  let outEnds: Int32Array;
  if (into === undefined) {
    outStarts = new Int32Array(size);
    outEnds = new Int32Array(size);
  } else {
    into.length = 0;
    into.reserve(size);
    outStarts = into.starts.subarray(0, size);
    outEnds = into.ends.subarray(0, size);
  }
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
