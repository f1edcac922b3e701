// Canonical forms for the number and abbreviation spellings the rules care about, so a
// rule writes "100%" once instead of "100 persen", "seratus persen", "100 percent"…
// Replacements keep the span map: every new character points at the whole phrase.
import type { NormalizedText } from './normalize.js';
import { collapseLetters } from './pattern.js';

const NOT_WORD = '(?![a-z0-9])';
const CANONICAL = new RegExp(
  collapseLetters(
    [
      `\\b(?<percent>\\d+(?:[.,]\\d+)?) ?(?:%|persen|percent|pct|prosen)(?![a-z])`,
      `(?<rank>(?:#|\\b(?:no\\.?|nomor|nomer|number|nmr|top|peringkat|rank|ranking)) ?(?:1|one|wahid)${NOT_WORD})`,
      `\\b(?<until>s ?[./] ?d\\b\\.?|sampai dengan${NOT_WORD}|s\\.d${NOT_WORD})`,
      `\\b(?<terms>(?:s ?& ?k|snk|s ?n ?k|syarat (?:&|dan|n) ketentuan|t ?& ?cs?|terms (?:&|and|n) conditions|terms apply|syarat berlaku)${NOT_WORD})`,
      `\\b(?<ship>ongkos kirim${NOT_WORD})`,
      `\\b(?<hundred>one hundred percent${NOT_WORD})`,
    ].join('|'),
  ),
  'g',
);

function replacementFor(groups: Record<string, string | undefined>): string {
  if (groups.percent !== undefined) return `${groups.percent}%`;
  if (groups.rank !== undefined) return '#1';
  if (groups.until !== undefined) return 'sampai';
  if (groups.terms !== undefined) return 's&k';
  if (groups.ship !== undefined) return 'ongkir';
  return '100%';
}

export function canonicalise(doc: NormalizedText): NormalizedText {
  const { text } = doc;
  CANONICAL.lastIndex = 0;
  if (!CANONICAL.test(text)) return doc;
  CANONICAL.lastIndex = 0;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  const copy = (from: number, to: number): void => {
    out += text.slice(from, to);
    for (let i = from; i < to; i++) {
      starts.push(doc.starts[i] ?? 0);
      ends.push(doc.ends[i] ?? 0);
    }
  };
  for (let m = CANONICAL.exec(text); m !== null; m = CANONICAL.exec(text)) {
    // The lookbehind lives here, not in the regex, so "#1" can start after a space.
    const before = text[m.index - 1];
    if (before !== undefined && /[a-z0-9]/.test(before)) continue;
    copy(cursor, m.index);
    const replacement = replacementFor(m.groups ?? {});
    const start = doc.starts[m.index] ?? 0;
    const end = doc.ends[m.index + m[0].length - 1] ?? start;
    out += replacement;
    for (let k = 0; k < replacement.length; k++) {
      starts.push(start);
      ends.push(end);
    }
    cursor = m.index + m[0].length;
  }
  copy(cursor, text.length);
  return { original: doc.original, text: out, starts, ends };
}
