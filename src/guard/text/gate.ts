// A cheap gate in front of each phrase table: every phrase starts at a word start with
// known symbols, so a table none of whose keys ("terbaik", "no risk", "#1") starts at a
// word start of the draft cannot match there, and its regex is not run. Most drafts
// touch only a few tables; this keeps check() fast enough for every keystroke.
// Keys are derived in gate-keys.ts.
import { DIGIT, MAX_KEY, SEP } from './gate-keys.js';
import { buildKeyTrie, childOf, COUNT_MASK, DENSE, VALUES_SHIFT, valuesAt, type KeyTrie } from './key-trie.js';

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

let keyIndex: KeyTrie<Table> | undefined;

export function registerTable(global: RegExp, keys: Set<string> | null): void {
  const table: Table = { global, sticky: new RegExp(global.source, 'y'), keys, generation: 0, triedAt: -1, resumeAt: 0, spans: [] };
  tables.push(table);
  byGlobal.set(global, table);
  keyIndex = undefined;
}

const isSepCode = (c: number): boolean => c === 32 || c === 45;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function* keyEntries(): Generator<readonly [string, Table]> {
  for (const table of tables) for (const key of table.keys ?? []) yield [key, table];
}

function index(): KeyTrie<Table> {
  if (keyIndex !== undefined) return keyIndex;
  const trie = buildKeyTrie(keyEntries());
  // The text side: every space or hyphen reads as the separator symbol, every digit as
  // the digit symbol (the walk then skips the rest of the run).
  const { symbol } = trie;
  const sep = symbol[SEP.charCodeAt(0)] ?? 0;
  const digit = symbol[DIGIT.charCodeAt(0)] ?? 0;
  symbol[32] = sep;
  symbol[45] = sep;
  for (let c = 48; c <= 57; c++) symbol[c] = digit;
  keyIndex = trie;
  return trie;
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

/**
 * Matches of every gated table in one pass: at each word start, only the tables whose
 * first characters fit are tried, anchored there. Same results as scanning each table
 * with its global regex (leftmost, non-overlapping), at a fraction of the cost.
 */
function matchGated(text: string): void {
  if (text === lastText) return;
  generation++;
  lastText = text;
  const trie = index();
  // The walk of childOf/valuesAt written out over local arrays, and the previous
  // character's class carried along: this loop runs at every word start of every draft,
  // and the calls and re-reads were a fifth of its time.
  const { symbol, cells, values } = trie;
  const n = text.length;
  let previousIsWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const isWord = isWordCode(c);
    const wordStart = (isWord || c === 35) && !previousIsWord;
    previousIsWord = isWord;
    if (!wordStart) continue;
    // Walk the word's first symbols down the trie, trying the tables whose keys end there.
    let node = 0;
    let at = i;
    for (let k = 0; k < MAX_KEY && at < n; k++) {
      const ck = text.charCodeAt(at);
      const sym = ck < 128 ? (symbol[ck] ?? 0) : 0;
      if (sym === 0) break;
      const header = cells[node] ?? 0;
      let child = 0;
      if ((header & DENSE) !== 0) child = cells[node + sym] ?? 0;
      else {
        const to = node + 1 + (header & COUNT_MASK);
        for (let e = node + 1; e < to; e++) {
          const cell = cells[e] ?? 0;
          if ((cell & 0xff) === sym) {
            child = cell >>> 8;
            break;
          }
        }
      }
      if (child === 0) break;
      node = child;
      const id = (cells[node] ?? 0) >>> VALUES_SHIFT;
      if (id !== 0) for (const table of values[id] ?? NO_TABLES) tryAt(table, text, i);
      at = symbolEnd(text, at, ck, n);
    }
  }
}

const NO_TABLES: readonly Table[] = Object.freeze([]);

/** Whether one of the table's keys starts at word start `i` (the walk of matchGated). */
function keyedAt(table: Table, text: string, i: number, trie: KeyTrie<Table>): boolean {
  const { symbol } = trie;
  const n = text.length;
  let node = 0;
  let at = i;
  for (let k = 0; k < MAX_KEY && at < n; k++) {
    const ck = text.charCodeAt(at);
    const sym = ck < 128 ? (symbol[ck] ?? 0) : 0;
    if (sym === 0) break;
    node = childOf(trie, node, sym);
    if (node === 0) break;
    if (valuesAt(trie, node)?.includes(table) === true) return true;
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
