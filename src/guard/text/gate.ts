// A cheap gate in front of each phrase table: every phrase starts at a word start with
// known symbols, so a table none of whose keys ("terbaik", "no risk", "#1") starts at a
// word start of the draft cannot match there, and its regex is not run. Most drafts
// touch only a few tables; this keeps check() fast enough for every keystroke.
// Keys are derived in gate-keys.ts.
import { MAX_KEY, pairBitsOf, pairCode, shortPairBitsOf, tripleBitsOf, tripleCode } from './gate-keys.js';
import { matchAtStarts, matchOne, type Span, type StartFilter, type WordStarts } from './gate-starts.js';
import { buildKeyTrie, COUNT_MASK, DENSE, VALUES_SHIFT, type KeyTrie } from './key-trie.js';
import { readRuns, symbolEnd } from './key-walk.js';

export { leadingKeys, tableKeys } from './gate-keys.js';

/**
 * A phrase table: its global regex, a sticky twin, its gate keys (null: always scan), its place in `tables`.
 * A lone table (a lazy one, read only after some cue) stays out of the draft's pass: asked about
 * on the draft, it is tried at the pass's word starts whose first two symbols begin one of its keys.
 */
interface Table {
  global: RegExp;
  plain: RegExp;
  sticky: RegExp;
  keys: Set<string> | null;
  index: number;
  lone: boolean;
  /** A lone table's keys, derived on its first use on a draft (most never are: start-up stays short). */
  deriveKeys: (() => Set<string> | null) | undefined;
  /** For a lone table: the bitmaps of its keys' first symbols (gate-starts.ts). */
  startFilter: StartFilter | undefined;
}

export type { Span } from './gate-starts.js';

const tables: Table[] = [];
/** Each table's sticky regex by table index: the pass's tries read it without loading the table object. */
const stickies: RegExp[] = [];
// A registered regex carries its table under a symbol: a property load, where a WeakMap
// lookup (some 105 a check) cost about two cache misses each. The tag takes the regex off
// V8's fast path for exec() and test(), so scans run on `plain`, an untagged twin (same
// source and flags: V8 shares the compiled code).
const TABLE = Symbol('gate table');
type TaggedRegExp = RegExp & { [TABLE]?: Table };

/**
 * The key trie with its value lists flattened: the tables whose keys end at a node are
 * valueTables[valueStarts[id] … valueStarts[id + 1]) (table indices), id from the node's
 * header. Plain integers, so trying a node's tables reads no JS array or table object.
 */
interface GateIndex {
  trie: KeyTrie<Table>;
  valueStarts: Int32Array;
  valueTables: Int32Array;
}

let gateIndex: GateIndex | undefined;

// Per-pass state of each table, by table index (typed arrays, reset at the start of a
// pass): the last word start tried, where its last match ended, and its matches so far.
let triedAt = new Int32Array(0);
let resumeAt = new Int32Array(0);
const spansOf: (Span[] | undefined)[] = [];
/** Tables with matches in the current pass, so the next pass clears only those. */
const matchedTables: number[] = [];
/**
 * One bit per table that matched in the draft's pass (tryAt sets it): a detector family asks
 * whether any of its anchor tables matched with a few word ANDs (anyAnchorMatched), without
 * touching a regex or table object, and is skipped whole when none did.
 */
let matchedBits = new Int32Array(0);

// Tables only ever asked whether they match (matchesAnywhere: a cue, a signal) need no more than
// their first match, so the pass stops trying such a table there; the first time a table's spans
// are asked for, the rest of them is found at the word starts past its first match (the same
// tries the pass would have made) and from then on the pass finds them all. Results never depend
// on this; the pass saves the tries after a cue's first match (some 4.5 a bench draft).
let spansWanted = new Uint8Array(0);
/** The pass in which each table stopped at its first match. */
let stoppedIn = new Int32Array(0);

// Tables nobody asks about on a draft: some tables are only ever read on a few words
// before a match (negation, wishes) or on one sentence, never on the whole draft, so
// trying them in the draft's pass is wasted. A table not asked about on a draft for
// IDLE_PASSES passes sleeps: the pass no longer tries it. If it is asked about after
// all, it is matched on its own then (matchOne: the same walk, the same matches) and
// stays awake for good, so results never depend on this.
const IDLE_PASSES = 256;
let passes = 0;
/** The pass in which each table was last asked about on the draft. */
let askedIn = new Int32Array(0);
let sleeping = new Uint8Array(0);
let everWoken = new Uint8Array(0);
const NEVER_TRY = 0x7fffffff;

// The draft's word starts, recorded by the pass, with the codes of each one's first two and
// first three symbols: a lone table is tried only where they begin one of its keys (bitmaps,
// gate-keys.ts). A scan of the whole draft by a lazy table's global regex cost 0.6–3.7 µs; a
// try at a word start, some 0.1 µs.
let wordStarts = new Int32Array(64);
let pairCodes = new Int32Array(64);
let tripleCodes = new Int32Array(64);
let wordStartCount = 0;
/** The pass's word starts as gate-starts.ts reads them (arrays replaced when they grow). */
const draftStarts = (): WordStarts => ({ at: wordStarts, pairCodes, tripleCodes, count: wordStartCount });
/** The pass in which each lone table was last matched on the draft (its spans then sit in spansOf). */
let loneDoneIn = new Int32Array(0);

function grown<A extends Int32Array | Uint8Array>(old: A, make: (n: number) => A): A {
  const array = make(tables.length);
  array.set(old);
  return array;
}

export function registerTable(global: RegExp, keys: Set<string> | null): void {
  addTable(global, keys, undefined);
}

/** A lazy table: out of the draft's pass; on the draft, tried where its keys (derived on first use) allow. */
export function registerLoneTable(global: RegExp, deriveKeys: () => Set<string> | null): void {
  addTable(global, null, deriveKeys);
}

function addTable(global: RegExp, keys: Set<string> | null, deriveKeys: (() => Set<string> | null) | undefined): void {
  const lone = deriveKeys !== undefined;
  const table: Table = { global, plain: new RegExp(global.source, global.flags), sticky: new RegExp(global.source, 'y'), keys, index: tables.length, lone, deriveKeys, startFilter: undefined };
  tables.push(table);
  stickies.push(table.sticky);
  Object.defineProperty(global, TABLE, { value: table });
  triedAt = new Int32Array(tables.length);
  resumeAt = new Int32Array(tables.length);
  matchedBits = new Int32Array((tables.length + 31) >>> 5);
  askedIn = grown(askedIn, (n) => new Int32Array(n));
  askedIn[table.index] = passes;
  sleeping = grown(sleeping, (n) => new Uint8Array(n));
  everWoken = grown(everWoken, (n) => new Uint8Array(n));
  // A lone table never sleeps: it is not in the pass.
  if (lone) everWoken[table.index] = 1;
  loneDoneIn = grown(loneDoneIn, (n) => new Int32Array(n));
  loneDoneIn[table.index] = -1;
  spansWanted = grown(spansWanted, (n) => new Uint8Array(n));
  stoppedIn = grown(stoppedIn, (n) => new Int32Array(n));
  stoppedIn[table.index] = -1;
  spansOf.push(undefined);
  if (!lone) gateIndex = undefined;
}

function* keyEntries(): Generator<readonly [string, Table]> {
  for (const table of tables) if (!table.lone) for (const key of table.keys ?? []) yield [key, table];
}

function index(): GateIndex {
  if (gateIndex !== undefined) return gateIndex;
  // The text side: every space or hyphen reads as the separator symbol, every digit as
  // the digit symbol (the walk then skips the rest of the run).
  const trie = readRuns(buildKeyTrie(keyEntries()));
  const valueStarts = new Int32Array(trie.values.length + 1);
  const flat: number[] = [];
  trie.values.forEach((list, id) => {
    valueStarts[id] = flat.length;
    for (const table of list) flat.push(table.index);
  });
  valueStarts[trie.values.length] = flat.length;
  gateIndex = { trie, valueStarts, valueTables: Int32Array.from(flat) };
  return gateIndex;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

let lastText: string | undefined;

/** Try table `t` anchored at word start `at` of the draft's text (once per start; never inside its last match). */
function tryAt(t: number, text: string, at: number): void {
  if (triedAt[t] === at || (resumeAt[t] ?? 0) > at) return;
  triedAt[t] = at;
  const sticky = stickies[t] as RegExp;
  // test() on a sticky regex leaves lastIndex at the match end and allocates nothing.
  sticky.lastIndex = at;
  if (!sticky.test(text)) return;
  const end = sticky.lastIndex;
  if (end <= at) return;
  let spans = spansOf[t];
  if (spans === undefined) {
    // Allocated on the first match only: most tables tried on a draft match nothing.
    spans = spansOf[t] = [];
    matchedTables.push(t);
    matchedBits[t >>> 5] = (matchedBits[t >>> 5] ?? 0) | (1 << (t & 31));
  }
  spans.push({ start: at, end });
  if (spansWanted[t] === 1) resumeAt[t] = end;
  else {
    resumeAt[t] = NEVER_TRY;
    stoppedIn[t] = passes;
  }
}

/** Forget the previous draft's pass. */
function resetPass(): void {
  passes++;
  triedAt.fill(-1);
  resumeAt.fill(0);
  for (const t of matchedTables) spansOf[t] = undefined;
  matchedTables.length = 0;
  matchedBits.fill(0);
  if (passes % IDLE_PASSES === 0) {
    for (let t = 0; t < tables.length; t++) if (everWoken[t] === 0 && passes - (askedIn[t] ?? 0) >= IDLE_PASSES) sleeping[t] = 1;
  }
  // A sleeping table is never tried: its resume point lies past any text.
  for (let t = 0; t < tables.length; t++) if (sleeping[t] === 1) resumeAt[t] = NEVER_TRY;
}

/**
 * Matches of every gated table in one pass: at each word start, only the tables whose
 * first characters fit are tried, anchored there. Same results as scanning each table
 * with its global regex (leftmost, non-overlapping), at a fraction of the cost.
 */
function matchGated(text: string): void {
  if (text === lastText) return;
  lastText = text;
  resetPass();
  const { trie, valueStarts, valueTables } = index();
  // The walk of childOf/valuesAt written out over local arrays, and the previous
  // character's class carried along: this loop runs at every word start of every draft,
  // and the calls and re-reads were a fifth of its time.
  const { symbol, cells } = trie;
  const n = text.length;
  if (wordStarts.length < n) {
    wordStarts = new Int32Array(n);
    pairCodes = new Int32Array(n);
    tripleCodes = new Int32Array(n);
  }
  wordStartCount = 0;
  let previousIsWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const isWord = isWordCode(c);
    const wordStart = (isWord || c === 35) && !previousIsWord;
    previousIsWord = isWord;
    if (!wordStart) continue;
    const secondAt = symbolEnd(text, i, c, n);
    const second = secondAt < n ? text.charCodeAt(secondAt) : 0;
    const thirdAt = secondAt < n ? symbolEnd(text, secondAt, second, n) : n;
    const pair = pairCode(c, second);
    wordStarts[wordStartCount] = i;
    pairCodes[wordStartCount] = pair;
    tripleCodes[wordStartCount++] = tripleCode(pair, thirdAt < n ? text.charCodeAt(thirdAt) : 0);
    // Walk the word's first symbols down the trie, trying the tables whose keys end there.
    let node = 0;
    let header = cells[0] ?? 0;
    let at = i;
    for (let k = 0; k < MAX_KEY && at < n; k++) {
      const ck = text.charCodeAt(at);
      const sym = ck < 128 ? (symbol[ck] ?? 0) : 0;
      if (sym === 0) break;
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
      header = cells[node] ?? 0;
      const id = header >>> VALUES_SHIFT;
      if (id !== 0) {
        const to = valueStarts[id + 1] ?? 0;
        for (let v = valueStarts[id] ?? 0; v < to; v++) tryAt(valueTables[v] ?? 0, text, i);
      }
      at = symbolEnd(text, at, ck, n);
    }
  }
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
  const table = (pattern as TaggedRegExp)[TABLE];
  if (table === undefined) return undefined;
  // A lone table on another text (a few words, a sentence): its own scan, as before.
  if (table.lone) return text === lastText ? loneMatches(table, text) : undefined;
  if (table.keys === null) return undefined;
  if (text !== lastText) return matchOne(table, text) ?? NONE;
  const t = table.index;
  askedIn[t] = passes;
  if (sleeping[t] === 1) return wake(table, text);
  spansWanted[t] = 1;
  const spans = spansOf[t];
  if (spans === undefined) return NONE;
  if (stoppedIn[t] === passes) {
    // The pass stopped at the first match: the rest from there, as the pass would have found them.
    stoppedIn[t] = -1;
    matchAtStarts(table, text, draftStarts(), spans[spans.length - 1]?.end ?? 0, undefined, spans);
  }
  return spans;
}

/** Whether a registered table matches `text` (undefined for a regex the gate does not know): no spans needed. */
export function gatedAny(pattern: RegExp, text: string): boolean | undefined {
  const table = (pattern as TaggedRegExp)[TABLE];
  if (table === undefined || table.lone || table.keys === null || text !== lastText) {
    const spans = gatedMatches(pattern, text);
    return spans === undefined ? undefined : spans.length > 0;
  }
  const t = table.index;
  askedIn[t] = passes;
  if (sleeping[t] === 1) return wake(table, text).length > 0;
  return spansOf[t] !== undefined;
}

/**
 * A lone table on the draft: tried at the pass's word starts where its keys' first two
 * symbols, then a whole key, fit. Undefined when its regex cannot be gated (then scanned).
 */
function loneMatches(table: Table, text: string): readonly Span[] | undefined {
  const t = table.index;
  if (table.deriveKeys !== undefined) {
    table.keys = table.deriveKeys();
    table.deriveKeys = undefined;
    if (table.keys !== null) table.startFilter = { pairs: pairBitsOf(table.keys), shortPairs: shortPairBitsOf(table.keys), triples: tripleBitsOf(table.keys) };
  }
  const filter = table.startFilter;
  if (filter === undefined) return undefined;
  if (loneDoneIn[t] === passes) return spansOf[t] ?? NONE;
  loneDoneIn[t] = passes;
  const spans = matchAtStarts(table, text, draftStarts(), 0, filter, undefined);
  if (spans === undefined) return NONE;
  spansOf[t] = spans;
  matchedTables.push(t);
  return spans;
}

/** A sleeping table asked about on the draft: match it now, on its own, and keep it awake. */
function wake(table: Table, text: string): readonly Span[] {
  const t = table.index;
  sleeping[t] = 0;
  everWoken[t] = 1;
  const spans = matchOne(table, text);
  if (spans === undefined) return NONE;
  spansOf[t] = spans;
  matchedTables.push(t);
  return spans;
}

/** A detector family's anchor tables as a mask over table indices (see anyAnchorMatched). */
export interface Anchors {
  readonly mask: Int32Array;
}

/**
 * Anchor tables: tables of the draft's pass (not lazy, gated) such that a family finds
 * nothing unless one of them matches on the draft. They never sleep, so the pass always
 * tries them and its bits are exact.
 */
export function anchors(patterns: readonly RegExp[]): Anchors {
  const mask = new Int32Array((tables.length + 31) >>> 5);
  for (const pattern of patterns) {
    const table = (pattern as TaggedRegExp)[TABLE];
    if (table === undefined || table.lone || table.keys === null) throw new Error(`anchor ${pattern.source.slice(0, 60)} is not a gated table of the draft's pass`);
    const t = table.index;
    everWoken[t] = 1;
    mask[t >>> 5] = (mask[t >>> 5] ?? 0) | (1 << (t & 31));
  }
  return { mask };
}

/** Whether one of the anchors matched in the pass over `text` (true when the last pass was over another text: then nothing is known). */
export function anyAnchorMatched(set: Anchors, text: string): boolean {
  if (text !== lastText) return true;
  const mask = set.mask;
  for (let w = 0; w < mask.length; w++) if (((mask[w] ?? 0) & (matchedBits[w] ?? 0)) !== 0) return true;
  return false;
}

/** The regex to run a scan with: a registered one's untagged twin, any other as it is. */
export function scannable(pattern: RegExp): RegExp {
  return (pattern as TaggedRegExp)[TABLE]?.plain ?? pattern;
}

/** Every registered table's global regex (for tests). */
export function registeredTables(): RegExp[] {
  return tables.map((t) => t.global);
}

/** Tables that cannot be gated (for tests and tuning). */
export function ungatedTables(): RegExp[] {
  return tables.filter((t) => !t.lone && t.keys === null).map((t) => t.global);
}
