// One phrase table matched on its own, walking only its own keys: on a text other than the
// draft's (a sentence, a few words), or on the draft at the word starts its one pass recorded
// (a lazy table, or a table the pass stopped at its first match). The same walk and tries as
// the pass (gate.ts), so the same leftmost, non-overlapping matches.
import { buildKeyTrie, type KeyTrie } from './key-trie.js';
import { keyedAt, readRuns } from './key-walk.js';

export interface Span {
  start: number;
  end: number;
}

/** What matching a table on its own needs of it. */
export interface OwnTable {
  readonly index: number;
  readonly keys: Set<string> | null;
  readonly sticky: RegExp;
}

const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Whether a word starts at `i` (as the pass reads it: a letter, a digit or "#" after none of the first two). */
export function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (isWordCode(c) || c === 35) && (i === 0 || !isWordCode(text.charCodeAt(i - 1)));
}

/**
 * Each table's own key trie, built on first use: a walk there stops as soon as none of this
 * table's keys fits, instead of walking every table's keys and asking each node whether one
 * of them is this table's.
 */
const ownTries: (KeyTrie<true> | undefined)[] = [];

export function ownTrie(table: OwnTable): KeyTrie<true> {
  let trie = ownTries[table.index];
  if (trie === undefined) {
    trie = readRuns(buildKeyTrie([...(table.keys ?? [])].map((key): readonly [string, true] => [key, true])));
    ownTries[table.index] = trie;
  }
  return trie;
}

/** Try the table at `at` if one of its keys starts there; the match's end, or -1. */
function tryKeyed(table: OwnTable, keys: KeyTrie<true>, text: string, at: number): number {
  if (!keyedAt(text, at, keys)) return -1;
  const sticky = table.sticky;
  sticky.lastIndex = at;
  if (!sticky.test(text)) return -1;
  const end = sticky.lastIndex;
  return end > at ? end : -1;
}

/** The table over a whole text of its own: every word start is tried where a key fits. */
export function matchOne(table: OwnTable, text: string): Span[] | undefined {
  const keys = ownTrie(table);
  let spans: Span[] | undefined;
  let resumeFrom = 0;
  for (let i = 0; i < text.length; i++) {
    if (i < resumeFrom || !isWordStart(text, i)) continue;
    const end = tryKeyed(table, keys, text, i);
    if (end < 0) continue;
    (spans ??= []).push({ start: i, end });
    resumeFrom = end;
  }
  return spans;
}

/** The draft's word starts as the pass recorded them, with the codes of each one's first two and three symbols. */
export interface WordStarts {
  readonly at: Int32Array;
  readonly pairCodes: Int32Array;
  readonly tripleCodes: Int32Array;
  readonly count: number;
}

/** Which word starts can begin one of a table's keys, by their first symbols (gate-keys.ts). */
export interface StartFilter {
  /** Every key's first two symbols. */
  readonly pairs: Int32Array;
  /** The first two symbols of its keys of one or two symbols (undefined: none). */
  readonly shortPairs: Int32Array | undefined;
  /** The hashed first three symbols of its longer keys. */
  readonly triples: Int32Array;
}

const hasBit = (bits: Int32Array, code: number): boolean => ((bits[code >>> 5] ?? 0) & (1 << (code & 31))) !== 0;

/** Whether recorded word start `w` may begin one of the filter's keys (never false where one does). */
function mayStartKey(filter: StartFilter, starts: WordStarts, w: number): boolean {
  const pair = starts.pairCodes[w] ?? 0;
  if (!hasBit(filter.pairs, pair)) return false;
  if (filter.shortPairs !== undefined && hasBit(filter.shortPairs, pair)) return true;
  return hasBit(filter.triples, starts.tripleCodes[w] ?? 0);
}

/**
 * The table at the recorded word starts from `from` on, appending to `spans`; with a filter,
 * only where a start's first symbols may begin one of its keys (a walk costs far less than a
 * failed try, and the bit tests less than a walk).
 */
export function matchAtStarts(table: OwnTable, text: string, starts: WordStarts, from: number, filter: StartFilter | undefined, spans: Span[] | undefined): Span[] | undefined {
  const keys = ownTrie(table);
  let resumeFrom = from;
  for (let w = 0; w < starts.count; w++) {
    const at = starts.at[w] ?? 0;
    if (at < resumeFrom) continue;
    if (filter !== undefined && !mayStartKey(filter, starts, w)) continue;
    const end = tryKeyed(table, keys, text, at);
    if (end < 0) continue;
    (spans ??= []).push({ start: at, end });
    resumeFrom = end;
  }
  return spans;
}
