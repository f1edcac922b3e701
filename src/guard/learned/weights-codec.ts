// The stored form of the learned second opinion's weights (models/guard/second-opinion.json and
// its TS twin weights.ts; format described in models/guard/NOTICE). The weights ship in the web
// bundle, so they are stored compactly: round nine's 22 heads hold 50,000 weights over 12,638
// feature keys, about 1 MB as plain `{ key: weight }` maps, a quarter of that packed.
//
// - `vocabulary`: every feature key of any head, sorted (JS string order) and front-coded: each
//   key is one capital letter, A = 0 … Z = 25, saying how many leading characters it shares with
//   the key before it, then the rest of the key. Feature keys are lower case (features.ts), so the
//   capitals also mark where each key begins.
// - per head, `keys` and `weights`: parallel lists in ascending key order, each number written as
//   a base64 VLQ (the source-map encoding: sign in the lowest bit, 5 bits a digit, least
//   significant digit first, 32 = more digits follow). `keys` holds the gaps between successive
//   vocabulary indices (the first is the index itself), `weights` the weights times 10,000.
// Training rounds every weight to 4 decimals, so the integers are exact, and integer / 10,000 is
// the very double JSON.parse reads from the 4-decimal literal (both are the correctly rounded
// quotient): scoring is bit for bit what it was with the plain maps. Biases and thresholds (a
// few numbers) stay plain.

/** A head as trained and as scoring means it: a bias and a weight per feature key. */
export interface HeadWeights {
  bias: number;
  weights: Record<string, number>;
}

/** A head trained on some of a category's rules only (round nine): the rules it stands for. */
export interface RuleHeadWeights extends HeadWeights {
  rules: string[];
}

export interface CategoryWeights extends HeadWeights {
  /** Probability at or above which the model speaks (chosen out-of-fold by the training script). */
  threshold: number;
  /**
   * Rule heads of the category. With them, the category's probability is the mean of its own
   * head's and the strongest rule head's: one linear model must weigh rankings, safety, fees and
   * competitors together, a rule head knows one of them (scripts/lobo-guard-heads.ts).
   */
  heads?: RuleHeadWeights[];
}

export interface SecondOpinionWeights {
  trainedOn: string[];
  drafts: number;
  categories: Record<string, CategoryWeights>;
}

/** A head as stored: key indices into the vocabulary and weights ×10,000, both VLQ strings. */
export interface PackedHead {
  bias: number;
  keys: string;
  weights: string;
}

export interface PackedRuleHead extends PackedHead {
  rules: string[];
}

export interface PackedCategory extends PackedHead {
  threshold: number;
  heads?: PackedRuleHead[];
}

export const PACKED_FORMAT = 'sapa-guard-second-opinion/2 (models/guard/NOTICE)';

export interface PackedSecondOpinion {
  format: string;
  trainedOn: string[];
  drafts: number;
  vocabulary: string;
  categories: Record<string, PackedCategory>;
}

const SCALE = 10_000;
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;
const MAX_SHARED = 25;
const A = 65;
const isCapital = (code: number): boolean => code >= 65 && code <= 90;

function vlq(n: number): string {
  let rest = n < 0 ? -2 * n + 1 : 2 * n;
  let out = '';
  do {
    let digit = rest % 32;
    rest = Math.floor(rest / 32);
    if (rest > 0) digit += 32;
    out += DIGITS[digit] ?? '';
  } while (rest > 0);
  return out;
}

// Where readNumber stopped: decoding runs once at start-up in the browser, so it reads straight
// from the strings, with no arrays in between.
let next = 0;

/** The VLQ number of `text` that starts at `at` (its end in `next`). */
function readNumber(text: string, at: number): number {
  let value = 0;
  let shift = 1;
  for (let i = at; ; i++) {
    const digit = DIGIT_VALUE[text.charCodeAt(i)] ?? -1;
    if (digit < 0) throw new Error(`second-opinion weights: no VLQ digit at ${i} of "${text.slice(at, i + 1)}"`);
    value += (digit & 31) * shift;
    if ((digit & 32) === 0) {
      next = i + 1;
      return value % 2 === 1 ? -(value - 1) / 2 : value / 2;
    }
    shift *= 32;
  }
}

/** The numbers of a VLQ string, in order. */
export function unpackNumbers(text: string): number[] {
  const out: number[] = [];
  for (let at = 0; at < text.length; at = next) out.push(readNumber(text, at));
  return out;
}

function packVocabulary(sorted: readonly string[]): string {
  let previous = '';
  let out = '';
  for (const key of sorted) {
    if (!/^[^A-Z]+$/.test(key)) throw new Error(`second-opinion weights: feature key "${key}" is empty or has capitals`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < key.length && key[shared] === previous[shared]) shared++;
    out += String.fromCharCode(A + shared) + key.slice(shared);
    previous = key;
  }
  return out;
}

/** The sorted feature keys of a front-coded vocabulary (index = position). */
export function unpackVocabulary(text: string): string[] {
  if (text === '') return [];
  if (!isCapital(text.charCodeAt(0))) throw new Error('second-opinion weights: the vocabulary does not start with a key');
  let previous = '';
  // Native split at each capital (a key's start), then one slice and concatenation a key.
  return text.split(/(?=[A-Z])/).map((part) => (previous = previous.slice(0, part.charCodeAt(0) - A) + part.slice(1)));
}

/** The stored weights are integers over this: weight = integer / WEIGHT_SCALE, exactly. */
export const WEIGHT_SCALE = SCALE;

/**
 * Calls `visit` with each (vocabulary index, weight × WEIGHT_SCALE) of a packed head, in ascending
 * index order: the integer as stored, for scoring that keeps it in a packed integer and divides
 * when it adds (the same division as forEachWeight's, so the very same double).
 */
export function forEachScaledWeight(head: PackedHead, visit: (index: number, scaled: number) => void): void {
  const { keys, weights } = head;
  let index = 0;
  let k = 0;
  let w = 0;
  while (k < keys.length) {
    index += readNumber(keys, k);
    k = next;
    if (w >= weights.length) throw new Error('second-opinion weights: fewer weights than keys');
    visit(index, readNumber(weights, w));
    w = next;
  }
  if (w !== weights.length) throw new Error('second-opinion weights: more weights than keys');
}

/** Calls `visit` with each (vocabulary index, weight) of a packed head, in ascending index order. */
export function forEachWeight(head: PackedHead, visit: (index: number, weight: number) => void): void {
  // Division, not × 0.0001: integer / 10,000 is the correctly rounded value of the 4-decimal weight.
  forEachScaledWeight(head, (index, scaled) => visit(index, scaled / SCALE));
}

function packHead(head: HeadWeights, indexOf: ReadonlyMap<string, number>): PackedHead {
  const entries = Object.entries(head.weights)
    .map(([key, weight]) => [indexOf.get(key) ?? -1, weight] as const)
    .sort((a, b) => a[0] - b[0]);
  let keys = '';
  let weights = '';
  let previous = 0;
  for (const [index, weight] of entries) {
    const scaled = Math.round(weight * SCALE);
    if (scaled / SCALE !== weight || scaled === 0) throw new Error(`second-opinion weights: ${weight} is not a non-zero multiple of 1/${SCALE}`);
    keys += vlq(index - previous);
    weights += vlq(scaled);
    previous = index;
  }
  return { bias: head.bias, keys, weights };
}

/** The stored form of trained weights (what train-guard.ts writes). */
export function packWeights(model: SecondOpinionWeights): PackedSecondOpinion {
  const all = Object.values(model.categories).flatMap((c) => [c, ...(c.heads ?? [])]);
  const sorted = [...new Set(all.flatMap((h) => Object.keys(h.weights)))].sort();
  const indexOf = new Map(sorted.map((key, i) => [key, i]));
  const categories: Record<string, PackedCategory> = {};
  for (const [name, c] of Object.entries(model.categories)) {
    const own = packHead(c, indexOf);
    const packed: PackedCategory = { bias: own.bias, threshold: c.threshold, keys: own.keys, weights: own.weights };
    if (c.heads !== undefined) packed.heads = c.heads.map((h) => ({ rules: h.rules, ...packHead(h, indexOf) }));
    categories[name] = packed;
  }
  return { format: PACKED_FORMAT, trainedOn: model.trainedOn, drafts: model.drafts, vocabulary: packVocabulary(sorted), categories };
}

/** Trained weights back from the stored form (tests and tools; scoring reads the packed form directly). */
export function unpackWeights(packed: PackedSecondOpinion): SecondOpinionWeights {
  if (packed.format !== PACKED_FORMAT) throw new Error(`second-opinion weights: unknown format "${packed.format}"`);
  const vocabulary = unpackVocabulary(packed.vocabulary);
  const unpackHead = (head: PackedHead): HeadWeights => {
    const weights: Record<string, number> = {};
    forEachWeight(head, (index, weight) => (weights[vocabulary[index] ?? ''] = weight));
    return { bias: head.bias, weights };
  };
  const categories: Record<string, CategoryWeights> = {};
  for (const [name, c] of Object.entries(packed.categories)) {
    const own = unpackHead(c);
    const category: CategoryWeights = { bias: own.bias, threshold: c.threshold, weights: own.weights };
    if (c.heads !== undefined) category.heads = c.heads.map((h) => ({ rules: h.rules, ...unpackHead(h) }));
    categories[name] = category;
  }
  return { trainedOn: packed.trainedOn, drafts: packed.drafts, categories };
}
