// A cheap gate in front of each phrase table: every phrase starts at a word start with
// known letters, so a table whose possible first letters ("ter", "gra", "#") appear at
// no word start of the draft cannot match, and its regex is skipped. Most drafts touch
// only a few tables; this keeps check() fast enough for every keystroke.

/** The closing parenthesis of the group opening at `open`, skipping escapes and classes. */
function closingParen(source: string, open: number): number {
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

const LITERAL = /[a-z0-9%&#'-]/;
const QUANTIFIER = /[?*+{]/;
/** Keys are the first characters of a phrase, up to this many: "terba", not just "ter". */
export const MAX_KEY = 5;

/**
 * Possible first characters (up to MAX_KEY) of a compiled alternative, or null when they
 * cannot be known. Groups are expanded ("ter(?:baik|murah)" → "terba", "termu").
 */
function keysOf(source: string, prefix: string): string[] | null {
  if (prefix.length >= MAX_KEY) return [prefix];
  let rest = source;
  // Assertions consume nothing: skip them.
  while (/^\(\?<?[=!]/.test(rest)) {
    const close = closingParen(rest, 0);
    if (close < 0) return prefix === '' ? null : [prefix];
    rest = rest.slice(close + 1);
  }
  if (rest === '') return prefix === '' ? null : [prefix];
  if (rest.startsWith('(?:')) {
    const close = closingParen(rest, 0);
    if (close < 0 || QUANTIFIER.test(rest[close + 1] ?? '')) return prefix === '' ? null : [prefix];
    const after = rest.slice(close + 1);
    const keys: string[] = [];
    for (const option of topLevelOptions(rest.slice(3, close))) {
      const optionKeys = keysOf(option + after, prefix);
      if (optionKeys === null) return null;
      keys.push(...optionKeys);
    }
    return keys;
  }
  // Word separators: the key goes on through a space or a hyphen ("no ri" for "no risk").
  const separator = /^\[\\x20-\]([+?*])/.exec(rest);
  if (separator !== null && prefix !== '') {
    const after = rest.slice(separator[0].length);
    const keys: string[] = [];
    const branches = separator[1] === '+' ? [' ', '-'] : ['', ' ', '-'];
    for (const sep of branches) {
      const branchKeys = keysOf(after, prefix + sep);
      if (branchKeys === null) return [prefix];
      keys.push(...branchKeys);
    }
    return keys;
  }
  if (rest.startsWith('\\d') && prefix === '') return ['\\d'];
  const ch = rest[0] ?? '';
  if (LITERAL.test(ch) && !QUANTIFIER.test(rest[1] ?? '')) return keysOf(rest.slice(1), prefix + ch);
  return prefix === '' ? null : [prefix];
}

export function leadingKeys(alt: string): string[] | null {
  return keysOf(alt, '');
}

/** Keys for a whole table, or null when some alternative cannot be gated. */
export function tableKeys(alternatives: readonly string[]): Set<string> | null {
  const keys = new Set<string>();
  for (const alt of alternatives) {
    const altKeys = leadingKeys(alt);
    if (altKeys === null) return null;
    for (const key of altKeys) keys.add(key);
  }
  return keys;
}

/** A phrase table: its global regex, a sticky twin, and its gate keys (null: always scan). */
export interface Table {
  global: RegExp;
  sticky: RegExp;
  keys: Set<string> | null;
  // Per-text scratch state, valid while `generation` equals the current pass.
  generation: number;
  triedAt: number;
  resumeAt: number;
  spans: Span[];
}

export interface Span {
  start: number;
  end: number;
}

const tables: Table[] = [];
const byGlobal = new WeakMap<RegExp, Table>();

/**
 * Key index as a trie over the keys' characters, stored flat: `next[node * width +
 * symbol]` is the child node (0: none; node 0 is the root). Walking it from a word start
 * is one typed-array read per character and allocates nothing, where looking up every
 * prefix in a Map cost more than the regexes it gates. Keys use few distinct characters
 * (a–z, digits, a little punctuation), so each is mapped to a small symbol number.
 */
interface KeyIndex {
  /** Symbol number + 1 of each ASCII code; 0 for a character no key contains. */
  symbol: Uint8Array;
  width: number;
  next: Int32Array;
  /** Tables one of whose keys ends at each node. */
  ends: (Table[] | undefined)[];
  digit: Table[];
}
let keyIndex: KeyIndex | undefined;

export function registerTable(global: RegExp, keys: Set<string> | null): void {
  const table: Table = { global, sticky: new RegExp(global.source, 'y'), keys, generation: 0, triedAt: -1, resumeAt: 0, spans: [] };
  tables.push(table);
  byGlobal.set(global, table);
  keyIndex = undefined;
}

const isAsciiKey = (key: string): boolean => [...key].every((ch) => ch.charCodeAt(0) < 128);

function index(): KeyIndex {
  if (keyIndex !== undefined) return keyIndex;
  const digit: Table[] = [];
  const keyed: [string, Table][] = [];
  const symbol = new Uint8Array(128);
  let width = 0;
  for (const table of tables) {
    for (const key of table.keys ?? []) {
      if (key === '\\d') digit.push(table);
      // Longer or non-ASCII keys can never be reached from a word start: leave them out.
      else if (key.length > 0 && key.length <= MAX_KEY && isAsciiKey(key)) {
        keyed.push([key, table]);
        for (let k = 0; k < key.length; k++) if (symbol[key.charCodeAt(k)] === 0) symbol[key.charCodeAt(k)] = ++width;
      }
    }
  }
  let next = new Int32Array(64 * (width + 1));
  const ends: (Table[] | undefined)[] = [undefined];
  for (const [key, table] of keyed) {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const slot = node * (width + 1) + (symbol[key.charCodeAt(k)] ?? 0);
      let child = next[slot] ?? 0;
      if (child === 0) {
        child = ends.length;
        ends.push(undefined);
        if ((child + 1) * (width + 1) > next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
        }
        next[slot] = child;
      }
      node = child;
    }
    const list = (ends[node] ??= []);
    if (!list.includes(table)) list.push(table);
  }
  keyIndex = { symbol, width: width + 1, next, ends, digit };
  return keyIndex;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

// Shared by every table with no match yet in this pass; frozen so no caller can fill it.
const NO_SPANS = Object.freeze([]) as unknown as Span[];
let generation = 0;
let lastText: string | undefined;

function tryAt(table: Table, text: string, at: number): void {
  if (table.generation !== generation) {
    table.generation = generation;
    table.triedAt = -1;
    table.resumeAt = 0;
    // Allocated on the first match only: most tables tried on a draft match nothing.
    table.spans = NO_SPANS;
  }
  if (table.triedAt === at || table.resumeAt > at) return;
  table.triedAt = at;
  // test() on a sticky regex leaves lastIndex at the match end and allocates nothing.
  table.sticky.lastIndex = at;
  if (!table.sticky.test(text)) return;
  const end = table.sticky.lastIndex;
  if (end <= at) return;
  if (table.spans === NO_SPANS) table.spans = [];
  table.spans.push({ start: at, end });
  table.resumeAt = end;
}

function tryList(list: Table[] | undefined, text: string, at: number): void {
  if (list === undefined) return;
  for (const table of list) tryAt(table, text, at);
}

/**
 * Matches of every gated table in one pass: at each word start, only the tables whose
 * first characters fit are tried, anchored there. Same results as scanning each table
 * with its global regex (leftmost, non-overlapping), at a fraction of the cost.
 */
function matchGated(text: string): void {
  if (text === lastText) return;
  generation++;
  lastText = text;
  const { symbol, width, next, ends, digit } = index();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((!isWordCode(c) && c !== 35) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
    // Walk the word's first 1…MAX_KEY characters down the trie (keys are ASCII).
    let node = 0;
    for (let k = 0; k < MAX_KEY && i + k < n; k++) {
      const ck = text.charCodeAt(i + k);
      const sym = ck < 128 ? (symbol[ck] ?? 0) : 0;
      if (sym === 0) break;
      node = next[node * width + sym] ?? 0;
      if (node === 0) break;
      tryList(ends[node], text, i);
    }
    if (c >= 48 && c <= 57) tryList(digit, text, i);
  }
}

/** Whether one of the table's keys starts at word start `i` (the walk of matchGated). */
function keyedAt(table: Table, text: string, i: number, { symbol, width, next, ends, digit }: KeyIndex): boolean {
  const c = text.charCodeAt(i);
  let node = 0;
  for (let k = 0; k < MAX_KEY && i + k < text.length; k++) {
    const ck = text.charCodeAt(i + k);
    const sym = ck < 128 ? (symbol[ck] ?? 0) : 0;
    if (sym === 0) break;
    node = next[node * width + sym] ?? 0;
    if (node === 0) break;
    if (ends[node]?.includes(table) === true) return true;
  }
  return c >= 48 && c <= 57 && digit.includes(table);
}

/**
 * One table over a text other than the draft's (a sentence, a few words): the same walk
 * as matchGated, but trying only this table, and leaving the draft's pass in place so
 * the detectors that come next do not have to run every table again.
 */
function matchOne(table: Table, text: string): readonly Span[] {
  const keys = index();
  let spans: Span[] | undefined;
  let resumeAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((!isWordCode(c) && c !== 35) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
    if (i < resumeAt || !keyedAt(table, text, i, keys)) continue;
    table.sticky.lastIndex = i;
    if (!table.sticky.test(text)) continue;
    const end = table.sticky.lastIndex;
    if (end <= i) continue;
    (spans ??= []).push({ start: i, end });
    resumeAt = end;
  }
  return spans ?? NONE;
}

const NONE: readonly Span[] = Object.freeze([]);

/**
 * Run every table over the draft's normalised text at once (check() does this first);
 * later lookups on that text are then free, and lookups on other texts use matchOne.
 */
export function primeGatedMatches(text: string): void {
  matchGated(text);
}

/** Matches of a registered table, or undefined for a regex the gate does not know. */
export function gatedMatches(pattern: RegExp, text: string): readonly Span[] | undefined {
  const table = byGlobal.get(pattern);
  if (table === undefined || table.keys === null) return undefined;
  if (text !== lastText) return matchOne(table, text);
  return table.generation === generation ? table.spans : NONE;
}

/** Every registered table's global regex (for tests). */
export function registeredTables(): RegExp[] {
  return tables.map((t) => t.global);
}

/** Tables that cannot be gated (for tests and tuning). */
export function ungatedTables(): RegExp[] {
  return tables.filter((t) => t.keys === null).map((t) => t.global);
}
