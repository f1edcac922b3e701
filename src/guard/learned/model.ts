// The learned second opinion's weights and scoring: a logistic regression per category
// over the features of features.ts. Pure data and arithmetic, so it runs in the browser.
import type { Category } from '../types.js';
import { CLAUSE_BREAKS, featuresOf, NEGATION_SCOPE, NEGATORS, type Feature } from './features.js';
import { COLUMN_BITS, COLUMN_MASK, packWeight, RowTable, SLOT_END, SLOT_STAMP, SLOT_START } from './row-table.js';
import { forEachScaledWeight, PACKED_FORMAT, unpackVocabulary, WEIGHT_SCALE, type PackedHead } from './weights-codec.js';
import { WEIGHTS } from './weights.js';

export const LEARNED_CATEGORIES: readonly Category[] = ['claim', 'disclosure', 'pressure'];
const C = LEARNED_CATEGORIES.length;
// Columns of a feature's row: the C category heads, then every rule head in WEIGHTS order.
const HEADS: readonly { category: number; rules: readonly string[]; weights: PackedHead }[] = LEARNED_CATEGORIES.flatMap((category, c) =>
  (WEIGHTS.categories[category]?.heads ?? []).map((h) => ({ category: c, rules: h.rules, weights: h })),
);
const W = C + HEADS.length;

// Scoring runs on every check, so it builds no strings: each word is hashed as it is read
// (the same shaping as features.ts: an @handle is "@", a digit run is "0"), and unigrams
// and bigrams are found by hash in open-addressed tables (row-table.ts). Each feature is a
// row of weights (one per head it has any for); its slot's stamp marks it counted in a draft.
const FNV_START = 0x811c9dc5 | 0;
const step = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);
const pair = (a: number, b: number): number => Math.imul(a ^ 0x5bd1e995, 0x2f) ^ b;

function hashString(text: string): number {
  return hashRange(text, 0, text.length);
}

function hashRange(text: string, start: number, end: number): number {
  let h = FNV_START;
  for (let i = start; i < end; i++) h = step(h, text.charCodeAt(i));
  return h;
}

if (WEIGHTS.format !== PACKED_FORMAT) throw new Error(`learned second opinion: weights.ts is in format "${WEIGHTS.format}", not "${PACKED_FORMAT}"`);
// A row per key of the shared vocabulary (weights-codec.ts), in its sorted order.
const VOCABULARY = unpackVocabulary(WEIGHTS.vocabulary);
const KEY_ROW = new Map<string, number>(VOCABULARY.map((key, row) => [key, row]));
const BIAS = new Float64Array(W);
const THRESHOLD = new Float64Array(C);
const uni: [number, number][] = [];
const bigrams: [number, number][] = [];
const negated: [number, number][] = [];
VOCABULARY.forEach((key, row) => {
  const body = key.slice(2);
  if (key.startsWith('w:')) uni.push([hashString(body), row]);
  else if (key.startsWith('n:')) negated.push([hashString(body), row]);
  else {
    const [first = '', second = ''] = body.split(' ');
    bigrams.push([pair(hashString(first), hashString(second)), row]);
  }
});
// Each feature's weights are stored sparsely: a row holds only its non-zero columns (about 4 of the
// 25), each one packed integer (row-table.ts) in ENTRIES, row r at ROW_START[r] … ROW_START[r + 1].
// A dense row of every column (2.5 MB in all) made each feature found in a draft read some 200
// bytes spread over four cache lines, mostly zeros. Adding only the non-zero weights, in the same
// row order, gives every column bit for bit the sum the dense rows gave (x + 0 is x), and a packed
// integer divided by WEIGHT_SCALE is the very double the stored weight decodes to.
const columnsOfRow: number[][] = VOCABULARY.map(() => []);
function addColumn(column: number, head: PackedHead): void {
  BIAS[column] = head.bias;
  forEachScaledWeight(head, (row, scaled) => columnsOfRow[row]?.push(packWeight(column, scaled)));
}
LEARNED_CATEGORIES.forEach((category, c) => {
  const w = WEIGHTS.categories[category];
  THRESHOLD[c] = w?.threshold ?? 1;
  addColumn(c, w ?? { bias: 0, keys: '', weights: '' });
});
HEADS.forEach((head, h) => addColumn(C + h, head.weights));
const ROW_START = new Int32Array(VOCABULARY.length + 1);
const ENTRIES = new Int32Array(columnsOfRow.reduce((sum, row) => sum + row.length, 0));
columnsOfRow.forEach((entries, row) => {
  let at = ROW_START[row] ?? 0;
  // Ascending columns, so a row reads its weights in the order the dense rows did.
  for (const packed of entries.sort((a, b) => (a & COLUMN_MASK) - (b & COLUMN_MASK))) ENTRIES[at++] = packed;
  ROW_START[row + 1] = at;
});

/** A row's weight in a column (0 when it has none). */
function weightOf(row: number, column: number): number {
  const end = ROW_START[row + 1] ?? 0;
  for (let at = ROW_START[row] ?? 0; at < end; at++) {
    const packed = ENTRIES[at] ?? 0;
    if ((packed & COLUMN_MASK) === column) return (packed >> COLUMN_BITS) / WEIGHT_SCALE;
  }
  return 0;
}
const rowsOf = (entries: readonly (readonly [number, number])[]): [number, number, number][] =>
  entries.map(([hash, row]) => [hash, ROW_START[row] ?? 0, ROW_START[row + 1] ?? 0]);
const UNI = new RowTable(rowsOf(uni));
const BI = new RowTable(rowsOf(bigrams));
// Words in a negator's scope (features.ts): looked up only for the few words after a negator.
const NEG = new RowTable(rowsOf(negated));
// The negators as a small open-addressed table of their hashes, like UNI (no weights): a Set of
// numbers hashed every word of every draft (round twelve's profile), the typed table probes one or two slots.
const NEGATOR_HASHES = new RowTable([...NEGATORS].map((w) => [hashString(w), 0, 0] as const));
// Clause breaks by character code in a typed table, read for every non-word character of a draft.
const CLAUSE_BREAK_CODE = new Uint8Array(128);
for (const c of CLAUSE_BREAKS) CLAUSE_BREAK_CODE[c.charCodeAt(0)] = 1;
const isClauseBreak = (c: number): boolean => c < 128 && CLAUSE_BREAK_CODE[c] === 1;
// A draft's stamp: a slot whose SLOT_STAMP equals it was counted in this draft already.
let stampGeneration = 0;

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Adds the weights of the feature in slot `at` of `slots` (-1: not a feature) once per draft. */
function add(z: Float64Array, slots: Int32Array, at: number): void {
  if (at < 0 || slots[at + SLOT_STAMP] === stampGeneration) return;
  slots[at + SLOT_STAMP] = stampGeneration;
  const end = slots[at + SLOT_END] ?? 0;
  for (let e = (slots[at + SLOT_START] ?? 1) - 1; e < end; e++) {
    const packed = ENTRIES[e] ?? 0;
    const column = packed & COLUMN_MASK;
    z[column] = (z[column] ?? 0) + (packed >> COLUMN_BITS) / WEIGHT_SCALE;
  }
}

// a-z, 0-9 and % # @ $ ' & (the TOKEN class of features.ts).
const isTokenCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37 || c === 35 || c === 64 || c === 36 || c === 39 || c === 38;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

const z = new Float64Array(W);
// Each category's strongest rule head in the current draft: scratch, reused by every check.
const BEST = new Float64Array(C);

/**
 * Probability per category (in LEARNED_CATEGORIES order) for a normalised draft: the fast path of
 * check(). With `strongest`, each category's strongest rule head (its index for ruleHeadOf, or -1)
 * is written there.
 */
export function probabilities(normalised: string, strongest?: Int32Array): Float64Array {
  z.set(BIAS);
  // Int32, as the slots store it; never 0, the stamp of a slot not yet counted.
  stampGeneration = (stampGeneration + 1) | 0 || 1;
  const n = normalised.length;
  let previous = 0;
  let hasPrevious = false;
  // Words left in a negator's scope, and whether a clause ended since the last word (as featuresOf).
  let negatedLeft = 0;
  let clauseEnded = false;
  let i = 0;
  while (i < n) {
    let c = normalised.charCodeAt(i);
    if (!isTokenCode(c)) {
      if (isClauseBreak(c)) clauseEnded = true;
      i++;
      continue;
    }
    if (clauseEnded) negatedLeft = 0;
    clauseEnded = false;
    let h = FNV_START;
    if (c === 64) {
      h = step(h, 64);
      while (i < n && isTokenCode(normalised.charCodeAt(i))) i++;
    } else {
      while (i < n && isTokenCode((c = normalised.charCodeAt(i)))) {
        if (isDigitCode(c)) {
          h = step(h, 48);
          while (i < n && isDigitCode(normalised.charCodeAt(i))) i++;
        } else {
          h = step(h, c);
          i++;
        }
      }
    }
    add(z, UNI.slots, UNI.find(h));
    if (hasPrevious) add(z, BI.slots, BI.find(pair(previous, h)));
    if (NEGATOR_HASHES.find(h) >= 0) negatedLeft = NEGATION_SCOPE;
    else if (negatedLeft > 0) {
      add(z, NEG.slots, NEG.find(h));
      negatedLeft--;
    }
    previous = h;
    hasPrevious = true;
  }
  const out = new Float64Array(C);
  for (let c = 0; c < C; c++) out[c] = sigmoid(z[c] ?? 0);
  const best = BEST.fill(-1);
  if (strongest !== undefined) strongest.fill(-1);
  for (let h = 0; h < HEADS.length; h++) {
    const c = HEADS[h]?.category ?? 0;
    const p = sigmoid(z[C + h] ?? 0);
    if (p <= (best[c] ?? 0)) continue;
    best[c] = p;
    if (strongest !== undefined) strongest[c] = h;
  }
  for (let c = 0; c < C; c++) if ((best[c] ?? -1) >= 0) out[c] = ((out[c] ?? 0) + (best[c] ?? 0)) / 2;
  return out;
}

/** The rules a rule head stands for (from probabilities' `strongest`). */
export function ruleHeadOf(head: number): readonly string[] {
  return HEADS[head]?.rules ?? [];
}

export function thresholdOf(category: Category): number {
  return THRESHOLD[LEARNED_CATEGORIES.indexOf(category)] ?? 1;
}

/**
 * The features that pushed a draft towards a category, strongest first (each key once): by the
 * category head's weight, plus the given rule head's (the strongest, from probabilities) if any.
 */
export function driversOf(category: Category, features: readonly Feature[], head = -1): { feature: Feature; weight: number }[] {
  const c = LEARNED_CATEGORIES.indexOf(category);
  const seen = new Set<string>();
  const drivers: { feature: Feature; weight: number }[] = [];
  for (const f of features) {
    const row = KEY_ROW.get(f.key);
    const w = row === undefined ? undefined : weightOf(row, c) + (head < 0 ? 0 : weightOf(row, C + head));
    if (w === undefined || w <= 0 || seen.has(f.key)) continue;
    seen.add(f.key);
    drivers.push({ feature: f, weight: w });
  }
  return drivers.sort((a, b) => b.weight - a.weight);
}

export { featuresOf };
