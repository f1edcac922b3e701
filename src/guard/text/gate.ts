// A cheap gate in front of each phrase table: every phrase starts at a word start with
// known symbols, so a table none of whose keys ("terbaik", "no risk", "#1") starts at a
// word start of the draft cannot match there, and its regex is not run. Most drafts
// touch only a few tables; this keeps check() fast enough for every keystroke.
// Keys are derived in gate-keys.ts.
import { DIGIT, MAX_KEY, SEP } from './gate-keys.js';

export { leadingKeys, tableKeys } from './gate-keys.js';

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
 * Key index as a trie over the keys' symbols, stored flat: `next[node * width + symbol]`
 * is the child node (0: none; node 0 is the root). Walking it from a word start is one
 * typed-array read per symbol and allocates nothing, where looking up every prefix in a
 * Map cost more than the regexes it gates. Keys use few distinct characters (a–z, a
 * little punctuation, the two run symbols), so each is mapped to a small symbol number.
 */
interface KeyIndex {
  /** Symbol number of each ASCII code; 0 for a character no key contains. */
  symbol: Uint8Array;
  width: number;
  next: Int32Array;
  /** Tables one of whose keys ends at each node. */
  ends: (Table[] | undefined)[];
}
let keyIndex: KeyIndex | undefined;

export function registerTable(global: RegExp, keys: Set<string> | null): void {
  const table: Table = { global, sticky: new RegExp(global.source, 'y'), keys, generation: 0, triedAt: -1, resumeAt: 0, spans: [] };
  tables.push(table);
  byGlobal.set(global, table);
  keyIndex = undefined;
}

const SEP_CODE = SEP.charCodeAt(0);
const DIGIT_CODE = DIGIT.charCodeAt(0);
const isSepCode = (c: number): boolean => c === 32 || c === 45;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function index(): KeyIndex {
  if (keyIndex !== undefined) return keyIndex;
  const symbol = new Uint8Array(128);
  let width = 0;
  for (const table of tables) {
    for (const key of table.keys ?? []) {
      for (let k = 0; k < key.length; k++) if (symbol[key.charCodeAt(k)] === 0) symbol[key.charCodeAt(k)] = ++width;
    }
  }
  width++;
  let next = new Int32Array(64 * width);
  const ends: (Table[] | undefined)[] = [undefined];
  for (const table of tables) {
    for (const key of table.keys ?? []) {
      let node = 0;
      for (let k = 0; k < key.length; k++) {
        const slot = node * width + (symbol[key.charCodeAt(k)] ?? 0);
        let child = next[slot] ?? 0;
        if (child === 0) {
          child = ends.length;
          ends.push(undefined);
          if ((child + 1) * width > next.length) {
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
  }
  // The text side: every space or hyphen reads as the separator symbol, every digit as
  // the digit symbol (the walk then skips the rest of the run).
  const sep = symbol[SEP_CODE] ?? 0;
  const digit = symbol[DIGIT_CODE] ?? 0;
  symbol[32] = sep;
  symbol[45] = sep;
  for (let c = 48; c <= 57; c++) symbol[c] = digit;
  keyIndex = { symbol, width, next, ends };
  return keyIndex;
}

/** Where the symbol starting at `at` ends: after the whole run for a separator or a digit. */
function symbolEnd(text: string, at: number, c: number, n: number): number {
  let end = at + 1;
  if (isSepCode(c)) while (end < n && isSepCode(text.charCodeAt(end))) end++;
  else if (isDigitCode(c)) while (end < n && isDigitCode(text.charCodeAt(end))) end++;
  return end;
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
  const { symbol, width, next, ends } = index();
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((!isWordCode(c) && c !== 35) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
    // Walk the word's first symbols down the trie, trying the tables whose keys end there.
    let node = 0;
    let at = i;
    for (let k = 0; k < MAX_KEY && at < n; k++) {
      const ck = text.charCodeAt(at);
      const sym = ck < 128 ? (symbol[ck] ?? 0) : 0;
      if (sym === 0) break;
      node = next[node * width + sym] ?? 0;
      if (node === 0) break;
      tryList(ends[node], text, i);
      at = symbolEnd(text, at, ck, n);
    }
  }
}

/** Whether one of the table's keys starts at word start `i` (the walk of matchGated). */
function keyedAt(table: Table, text: string, i: number, { symbol, width, next, ends }: KeyIndex): boolean {
  const n = text.length;
  let node = 0;
  let at = i;
  for (let k = 0; k < MAX_KEY && at < n; k++) {
    const ck = text.charCodeAt(at);
    const sym = ck < 128 ? (symbol[ck] ?? 0) : 0;
    if (sym === 0) break;
    node = next[node * width + sym] ?? 0;
    if (node === 0) break;
    if (ends[node]?.includes(table) === true) return true;
    at = symbolEnd(text, at, ck, n);
  }
  return false;
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
