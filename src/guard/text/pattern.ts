// A tiny pattern language over normalised text, so rule tables read like phrases.
// Normalised text has every run of a repeated letter collapsed to one ("murahhh",
// "good" → "murah", "god"), so patterns are collapsed the same way here: write words
// as they are spelled and both sides meet. Shorthand:
//   ' '  one or more spaces or hyphens between words; ' ?' zero or more; '-?' an optional hyphen or space
//   '~'  an optional enclitic particle (-nya, -lah, -kah, -pun), then a word end
//   '_'  one optional filler word;  '__' up to two (only between a word and a space)
// Every pattern is anchored at a word start and must end at a word end (after an
// optional particle), so "terbaik" also finds "terbaiknya" but never "terbaikan".

// -ku/-mu (my/your) attach like particles: "jerawatku hilang".
import { gatedAny, gatedMatches, registerLoneTable, registerTable, scannable, tableKeys } from './gate.js';

// "ya": -nya after a final n collapses with it ("tandingannya" → "tandinganya").
const PARTICLE = '(?:nya|ya|lah|kah|pun|ku|mu)?';
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

/** A regular expression from a hand-written source, its letter runs collapsed like the normalised text it reads. */
export const collapsedRegExp = (source: string, flags = ''): RegExp => new RegExp(collapseLetters(source), flags);

/** `source` as whole words: no ASCII letter right before or after it. */
export const wholeWords = (source: string): string => String.raw`(?<![a-z])(?:${source})(?![a-z])`;

const SEP = '[\\x20-]+';

/** Spaces become separators only outside character classes ("[- ]" stays a class). */
function expandSpaces(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? '';
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      inClass = ch !== ']';
      out += ch === ' ' ? '\\x20' : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '-' && source[i + 1] === '?') {
      // "best-?seller": an optional hyphen may also be a space.
      out += '[\\x20-]?';
      i++;
    } else if (ch === ' ') {
      const optional = source[i + 1] === '?';
      out += optional ? '[\\x20-]*' : SEP;
      if (optional) i++;
    } else out += ch;
  }
  return out;
}

function expandShorthand(source: string): string {
  // '_' is shorthand only right after a word and before a space, so "[a-z_]" stays literal.
  const withFillers = source
    .replace(/(?<=[a-z)?])__(?= )/g, '(?:\u00a7[\\w\'&%#]+){0,2}')
    .replace(/(?<=[a-z)?])_(?= )/g, '(?:\u00a7[\\w\'&%#]+)?');
  return expandSpaces(withFillers).replace(/\u00a7/g, SEP).replace(/~/g, PARTICLE + WORD_END);
}

/** Compile phrase alternatives into one global regex over normalised text. */
function gated(pattern: RegExp, alternatives: readonly string[]): RegExp {
  registerTable(pattern, tableKeys(alternatives.map((a) => collapseLetters(expandShorthand(a)))));
  return pattern;
}

export function phrases(alternatives: readonly string[]): RegExp {
  return gated(new RegExp(`${anchored(alternatives)}${PARTICLE}${WORD_END}`, 'g'), alternatives);
}

// Alternatives are factored into a prefix trie ("t(?:er(?:baik|murah)|oday)") so the
// regex engine rejects a word start after a character or two instead of trying every
// phrase: the composer re-checks on every keystroke.
function factor(alternatives: readonly string[], depth: number): string {
  const byFirst = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alt of alternatives) {
    const first = alt[0] ?? '';
    // Only a plain literal, not followed by a quantifier, can be shared.
    if (depth < 4 && /^[a-z0-9%&#'-]$/.test(first) && !/^[?*+{]/.test(alt.slice(1))) byFirst.set(first, [...(byFirst.get(first) ?? []), alt.slice(1)]);
    else rest.push(alt);
  }
  const branches = [...byFirst].map(([first, tails]) => {
    if (tails.length === 1) return first + (tails[0] ?? '');
    // An empty tail (one phrase is a prefix of another) must stay a choice, and last.
    const nonEmpty = tails.filter((t) => t !== '');
    const inner = factor(nonEmpty, depth + 1);
    return nonEmpty.length === tails.length ? `${first}(?:${inner})` : `${first}(?:${inner})?`;
  });
  return [...branches, ...rest].join('|');
}

function compileBody(alternatives: readonly string[]): string {
  return factor(alternatives.map((a) => collapseLetters(expandShorthand(a))), 0);
}

// \b is cheaper for the regex engine than a lookbehind, and equivalent on normalised
// text for alternatives that start with a word character; the few that start with
// "#" keep the lookbehind in a branch of their own.
function anchored(alternatives: readonly string[]): string {
  const hashed = alternatives.filter((alt) => alt.startsWith('#'));
  const words = alternatives.filter((alt) => !alt.startsWith('#'));
  const branches: string[] = [];
  if (words.length > 0) branches.push(`\\b(?:${compileBody(words)})`);
  if (hashed.length > 0) branches.push(`(?<![a-z0-9])(?:${compileBody(hashed)})`);
  return branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
}

/**
 * Like phrases(), for a table read only in a rare context (after another table matched):
 * it stays out of the one-pass gate, so drafts that never need it do not pay for it.
 */
export function lazyPhrases(alternatives: readonly string[]): RegExp {
  const pattern = new RegExp(`${anchored(alternatives)}${PARTICLE}${WORD_END}`, 'g');
  // Lone: out of the draft's pass, but on the draft tried only at word starts its keys allow.
  registerLoneTable(pattern, () => tableKeys(alternatives.map((a) => collapseLetters(expandShorthand(a)))));
  return pattern;
}

/** Like phrases() but without the word-end guard, for patterns ending in punctuation. */
export function loosePhrases(alternatives: readonly string[]): RegExp {
  return gated(new RegExp(anchored(alternatives), 'g'), alternatives);
}

export interface Match {
  start: number;
  end: number;
}

/** Every non-empty match of a global regex, as normalised-text offsets. */
const NO_MATCHES: readonly Match[] = Object.freeze([]);

export function allMatches(table: RegExp, text: string): readonly Match[] {
  const gatedResult = gatedMatches(table, text);
  if (gatedResult !== undefined) return gatedResult;
  const pattern = scannable(table);
  pattern.lastIndex = 0;
  let m = pattern.exec(text);
  if (m === null) return NO_MATCHES;
  const found: Match[] = [];
  for (; m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Whether a global regex matches anywhere (resets its cursor first). */
export function matchesAnywhere(table: RegExp, text: string): boolean {
  const gatedResult = gatedAny(table, text);
  if (gatedResult !== undefined) return gatedResult;
  const pattern = scannable(table);
  pattern.lastIndex = 0;
  const hit = pattern.test(text);
  pattern.lastIndex = 0;
  return hit;
}
