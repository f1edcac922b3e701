// A tiny pattern language over normalised text, so rule tables read like phrases.
// Normalised text has every run of a repeated letter collapsed to one ("murahhh",
// "good" → "murah", "god"), so patterns are collapsed the same way here: write words
// as they are spelled and both sides meet. Shorthand:
//   ' '  one or more spaces or hyphens between words; ' ?' zero or more
//   '~'  an optional enclitic particle (-nya, -lah, -kah, -pun), then a word end
//   '_'  one optional filler word;  '__' up to two (only between a word and a space)
// Every pattern is anchored at a word start and must end at a word end (after an
// optional particle), so "terbaik" also finds "terbaiknya" but never "terbaikan".

// -ku/-mu (my/your) attach like particles: "jerawatku hilang".
const PARTICLE = '(?:nya|lah|kah|pun|ku|mu)?';
const WORD_END = '(?![a-z0-9])';

/** Collapse runs of the same ASCII letter, leaving escapes and character classes alone. */
export function collapseLetters(source: string): string {
  let out = '';
  let inClass = false;
  let previousLiteral = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      previousLiteral = '';
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      previousLiteral = '';
      out += ch;
      continue;
    }
    const isLetter = ch >= 'a' && ch <= 'z';
    if (isLetter && ch === previousLiteral) continue;
    previousLiteral = isLetter ? ch : '';
    out += ch;
  }
  return out;
}

const SEP = '[\\x20-]+';

function expandShorthand(source: string): string {
  // '_' is shorthand only right after a word and before a space, so "[a-z_]" stays literal.
  return source
    .replace(/(?<=[a-z)?])__(?= )/g, `(?:${SEP}[\\w'&%#]+){0,2}`)
    .replace(/(?<=[a-z)?])_(?= )/g, `(?:${SEP}[\\w'&%#]+)?`)
    .replace(/ \?/g, '[\\x20-]*')
    .replace(/ /g, SEP)
    .replace(/~/g, PARTICLE + WORD_END);
}

/** Compile phrase alternatives into one global regex over normalised text. */
export function phrases(alternatives: readonly string[]): RegExp {
  const body = alternatives.map((alt) => collapseLetters(expandShorthand(alt))).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${body})${PARTICLE}${WORD_END}`, 'g');
}

/** Like phrases() but without the word-end guard, for patterns ending in punctuation. */
export function loosePhrases(alternatives: readonly string[]): RegExp {
  const body = alternatives.map((alt) => collapseLetters(expandShorthand(alt))).join('|');
  return new RegExp(`(?<![a-z0-9])(?:${body})`, 'g');
}

export interface Match {
  start: number;
  end: number;
}

/** Every non-empty match of a global regex, as normalised-text offsets. */
export function allMatches(pattern: RegExp, text: string): Match[] {
  const found: Match[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Whether a global regex matches anywhere (resets its cursor first). */
export function matchesAnywhere(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const hit = pattern.test(text);
  pattern.lastIndex = 0;
  return hit;
}
