// Walking a key trie along a text, as the gate reads it (gate-keys.ts): a run of spaces
// and hyphens, or of digits, is one symbol. Shared by the draft's pass and lone matching.
import { DIGIT, MAX_KEY, SEP } from './gate-keys.js';
import { childOf, valuesAt, type KeyTrie } from './key-trie.js';

const isSepCode = (c: number): boolean => c === 32 || c === 45;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** Where the symbol starting at `at` ends: after the whole run for a separator or a digit. */
export function symbolEnd(text: string, at: number, c: number, n: number): number {
  let end = at + 1;
  if (isSepCode(c)) while (end < n && isSepCode(text.charCodeAt(end))) end++;
  else if (isDigitCode(c)) while (end < n && isDigitCode(text.charCodeAt(end))) end++;
  return end;
}

/** Read spaces and hyphens as the separator symbol, digits as the digit symbol (as keys are written). */
export function readRuns<T>(trie: KeyTrie<T>): KeyTrie<T> {
  const { symbol } = trie;
  const sep = symbol[SEP.charCodeAt(0)] ?? 0;
  const digit = symbol[DIGIT.charCodeAt(0)] ?? 0;
  symbol[32] = sep;
  symbol[45] = sep;
  for (let c = 48; c <= 57; c++) symbol[c] = digit;
  return trie;
}

/** Whether one of the table's keys starts at word start `i` (the walk of matchGated, in the table's own trie). */
export function keyedAt(text: string, i: number, trie: KeyTrie<true>): boolean {
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
    if (valuesAt(trie, node) !== undefined) return true;
    at = symbolEnd(text, at, ck, n);
  }
  return false;
}
