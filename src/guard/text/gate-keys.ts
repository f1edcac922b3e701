// Gate keys: the possible first symbols of a compiled phrase alternative, derived from
// its regex source. A key is a necessary condition: wherever the alternative matches,
// the text from that word start reads as one of its keys. Keys may over-approximate
// (a table is then tried and fails), never under-approximate (a match would be lost).
//
// Two symbols stand for runs, because the regex lets their length vary:
//   SEP   a run of spaces and hyphens, for "[\x20-]+", "[\x20-]?", a literal '-' …;
//         "no- risk" and "no risk" both read "no", SEP, "risk".
//   DIGIT a run of digits, for "\d+", "\d{1,2}", a literal "100" …
// The matcher reads the text the same way (gate.ts), so "50 %" and "1.000.000 orang"
// meet keys written with "\d+ ?%" or "\d+(?:[.,]\d+)? orang".

/** Key symbol for a run of spaces and hyphens. */
export const SEP = ' ';
/** Key symbol for a run of digits. */
export const DIGIT = '0';
/** Keys are at most this many symbols: "no risk", "terbaik", not just "ter". */
export const MAX_KEY = 10;

/** Punctuation that may stand in a key as itself (escaped or not in the source). */
const PUNCTUATION = new Set(['#', '%', '&', "'", ',', '.', '/', ':', '$', '+', '=', '"', '!', '?', '*', '@']);
/** Of those, the ones that are literal in a regex without a backslash. */
const PLAIN_PUNCTUATION = new Set(['#', '%', '&', "'", ',', ':', '=', '"', '!', '@', '/']);

/** The symbol a literal character reads as, or undefined when keys cannot go through it. */
function symbolOf(ch: string): string | undefined {
  if (ch === ' ' || ch === '-') return SEP;
  if (ch >= '0' && ch <= '9') return DIGIT;
  if (ch >= 'a' && ch <= 'z') return ch;
  return PUNCTUATION.has(ch) ? ch : undefined;
}

/** Append a symbol; a run symbol after the same run symbol adds nothing ("\d\d", "- "). */
function append(prefix: string, symbol: string): string {
  return (symbol === SEP || symbol === DIGIT) && prefix.endsWith(symbol) ? prefix : prefix + symbol;
}

/** The closing parenthesis of the group opening at `open`, skipping escapes and classes. */
export function closingParen(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The ']' closing the character class that opens the source, skipping escapes. */
function closingBracket(source: string): number {
  for (let i = 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** Split a group body at its top-level '|'. */
function topLevelOptions(body: string): string[] {
  const options: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      options.push(body.slice(start, i));
      start = i + 1;
    }
  }
  options.push(body.slice(start));
  return options;
}

/** How often the element before `at` may repeat: exactly once, optional, 0+, 1+. */
type Repeat = 'one' | 'optional' | 'any' | 'some';

function quantifierAt(source: string, at: number): { repeat: Repeat; next: number } {
  const ch = source[at];
  let repeat: Repeat = 'one';
  let next = at;
  if (ch === '?' || ch === '*' || ch === '+') {
    repeat = ch === '?' ? 'optional' : ch === '*' ? 'any' : 'some';
    next = at + 1;
  } else if (ch === '{') {
    const close = source.indexOf('}', at);
    const bounds = /^\{(\d+)(,\d*)?\}$/.exec(source.slice(at, close + 1));
    if (close < 0 || bounds === null) return { repeat: 'one', next: at };
    const min = Number(bounds[1]);
    const max = bounds[2] === undefined ? min : bounds[2] === ',' ? Infinity : Number(bounds[2].slice(1));
    repeat = min === 1 && max === 1 ? 'one' : min === 0 ? (max === 1 ? 'optional' : 'any') : 'some';
    next = close + 1;
  }
  // A lazy quantifier ("??", "+?") matches the same strings for our purpose.
  if (next > at && source[next] === '?') next++;
  return { repeat, next };
}

/** The symbols one character class can read as, or undefined when it is not a small literal set. */
function classSymbols(body: string): string[] | undefined {
  if (body.startsWith('^')) return undefined;
  const symbols = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let ch = body[i] ?? '';
    if (ch === '\\') {
      const escaped = body[i + 1] ?? '';
      if (escaped === 'd') {
        symbols.add(DIGIT);
        i++;
        continue;
      }
      if (body.startsWith('x20', i + 1)) {
        symbols.add(SEP);
        i += 3;
        continue;
      }
      if (/[a-zA-Z0-9]/.test(escaped)) return undefined;
      ch = escaped;
      i++;
    } else if (ch === '-' && i > 0 && i < body.length - 1) return undefined; // a range such as a-z
    const symbol = symbolOf(ch);
    if (symbol === undefined) return undefined;
    symbols.add(symbol);
  }
  return symbols.size === 0 ? undefined : [...symbols];
}

/** One element at the head of a source: the symbols it reads as and where the rest begins. */
interface Element {
  /** Alternative symbols; an empty list for a zero-width element (an assertion, \b). */
  symbols: string[];
  repeat: Repeat;
  rest: string;
}

function elementAt(source: string): Element | 'group' | undefined {
  const ch = source[0] ?? '';
  if (/^\(\?<?[=!]/.test(source)) {
    const close = closingParen(source, 0);
    return close < 0 ? undefined : { symbols: [], repeat: 'one', rest: source.slice(close + 1) };
  }
  if (source.startsWith('(?:')) return 'group';
  let symbols: string[] | undefined;
  let end: number;
  if (ch === '[') {
    const classEnd = closingBracket(source);
    if (classEnd < 0) return undefined;
    symbols = classSymbols(source.slice(1, classEnd));
    end = classEnd + 1;
  } else if (ch === '\\') {
    const escaped = source[1] ?? '';
    if (escaped === 'b') return { symbols: [], repeat: 'one', rest: source.slice(2) };
    if (escaped === 'd') symbols = [DIGIT];
    else if (source.startsWith('\\x20')) symbols = [SEP];
    else if (!/[a-zA-Z0-9]/.test(escaped)) symbols = symbolOf(escaped) === undefined ? undefined : [symbolOf(escaped) ?? ''];
    end = source.startsWith('\\x20') ? 4 : 2;
  } else {
    const symbol = ch === ' ' || ch === '-' || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || PLAIN_PUNCTUATION.has(ch) ? symbolOf(ch) : undefined;
    symbols = symbol === undefined ? undefined : [symbol];
    end = 1;
  }
  if (symbols === undefined) return undefined;
  const { repeat, next } = quantifierAt(source, end);
  return { symbols, repeat, rest: source.slice(next) };
}

const isRun = (symbol: string): boolean => symbol === SEP || symbol === DIGIT;

/**
 * Keys of `source` read after `prefix`, into `out`; false when some way through the
 * source has no key at all (it could match at any word start: the table is ungated).
 */
function collect(source: string, prefix: string, out: Set<string>): boolean {
  if (prefix.length >= MAX_KEY) return done(prefix, out);
  if (source === '') return done(prefix, out);
  const element = elementAt(source);
  if (element === undefined) return done(prefix, out);
  if (element === 'group') {
    const close = closingParen(source, 0);
    if (close < 0) return done(prefix, out);
    const { repeat, next } = quantifierAt(source, close + 1);
    if (repeat === 'any' || repeat === 'some') return done(prefix, out);
    const after = source.slice(next);
    if (repeat === 'optional' && !collect(after, prefix, out)) return false;
    for (const option of topLevelOptions(source.slice(3, close))) if (!collect(option + after, prefix, out)) return false;
    return true;
  }
  const { symbols, repeat, rest } = element;
  if (symbols.length === 0) return collect(rest, prefix, out);
  if (repeat === 'optional' || repeat === 'any') {
    if (!collect(rest, prefix, out)) return false;
  }
  // A repeated element reads as one symbol only when it is a run symbol (SEP, DIGIT).
  const repeated = repeat === 'any' || repeat === 'some';
  if (repeated && !symbols.every(isRun)) {
    // "x+", or "x*" taken at least once (none was read above): one x, then we cannot say
    // what comes next. ("x*" once added no key for this way: "\d[\d.,]*" lost "1,2 juta".)
    for (const symbol of symbols) if (!done(append(prefix, symbol), out)) return false;
    return true;
  }
  for (const symbol of symbols) if (!collect(rest, append(prefix, symbol), out)) return false;
  return true;
}

function done(prefix: string, out: Set<string>): boolean {
  // A key must start at a word start (a letter, a digit or '#'); nothing else can be gated.
  const first = prefix[0];
  if (first === undefined || first === SEP || !(/[a-z#]/.test(first) || first === DIGIT)) return false;
  out.add(prefix.slice(0, MAX_KEY));
  return true;
}

/** Keys of one compiled alternative, or null when it cannot be gated. */
export function leadingKeys(alternative: string): string[] | null {
  const out = new Set<string>();
  return collect(alternative, '', out) ? [...out] : null;
}

/** Keys for a whole table, or null when some alternative cannot be gated. */
export function tableKeys(alternatives: readonly string[]): Set<string> | null {
  const keys = new Set<string>();
  for (const alternative of alternatives) {
    if (!collect(alternative, '', keys)) return null;
  }
  return keys;
}

// The first two symbols of a word start as one code (gate.ts tries a lazy table only where
// this code begins one of its keys): a bitmap over first symbol × second character.
/** A word's first character as a row of the pair bitmap: a–z 0–25, any digit 26, '#' 27. */
const firstRow = (c: number): number => (c >= 97 ? c - 97 : c === 35 ? 27 : 26);
/** The second symbol as a character: any digit reads as DIGIT, a hyphen as SEP (as keys are written); 0 for none. */
const secondColumn = (c: number): number => (c >= 48 && c <= 57 ? 48 : c === 45 ? 32 : c < 128 ? c : 0);
export const pairCode = (first: number, second: number): number => (firstRow(first) << 7) | secondColumn(second);
const PAIR_BITS = 28 << 7;

const setBit = (bits: Int32Array, code: number): void => {
  bits[code >>> 5] = (bits[code >>> 5] ?? 0) | (1 << (code & 31));
};

/** The pair bitmap of a table's keys (a word start whose code is not in it starts no key). */
export function pairBitsOf(keys: Set<string>): Int32Array {
  const bits = new Int32Array(PAIR_BITS / 32);
  for (const key of keys) {
    const first = key.charCodeAt(0);
    // A one-symbol key fits whatever follows.
    if (key.length === 1) for (let second = 0; second < 128; second++) setBit(bits, pairCode(first, second));
    else setBit(bits, pairCode(first, key.charCodeAt(1)));
  }
  return bits;
}

// The first three symbols, hashed to THIRD_BITS bits (round thirteen): a lazy table's pair bitmap
// let a quarter of a draft's word starts through to a walk of its keys, nine in ten of them in vain.
// A key of one or two symbols fits whatever third follows, so it goes to a pair bitmap of its own
// (shortPairBitsOf); the hashed triples hold the longer keys only, and stay sparse.
const THIRD_BITS = 1 << 13;
/** The code of a word start's first three symbols (`third` as secondColumn reads it, 0 for none). */
export const tripleCode = (pair: number, third: number): number => Math.imul((pair << 7) | secondColumn(third), 0x9e3779b1) >>> 19;

/** The pair bitmap of a table's keys of one or two symbols, or undefined when it has none. */
export function shortPairBitsOf(keys: Set<string>): Int32Array | undefined {
  const short = [...keys].filter((key) => key.length <= 2);
  return short.length === 0 ? undefined : pairBitsOf(new Set(short));
}

/** The hashed triple bitmap of a table's keys of three symbols or more. */
export function tripleBitsOf(keys: Set<string>): Int32Array {
  const bits = new Int32Array(THIRD_BITS / 32);
  for (const key of keys) if (key.length >= 3) setBit(bits, tripleCode(pairCode(key.charCodeAt(0), key.charCodeAt(1)), key.charCodeAt(2)));
  return bits;
}
