// Hashed features shared by training and inference: word unigrams (negation-marked),
// word bigrams, character 4-grams of each word (they carry affixes — me-, di-, -kan —
// and misspellings that whole words miss), and pooled lexicon features (`lexicon:anger`,
// `polarity:negative`) from the team's word lists. Each feature is a 32-bit hash; the
// vector folds it into buckets.
import { emotionOfWord } from '../text/emotion-words.js';
import { setTokenMemo, tokenMemo, type Token } from '../text/normalize.js';
import { polarityOfWord } from '../text/polarity-words.js';
import { stemIndonesian } from '../text/stem-id.js';
import { combine, finalize, hashString, SEED_BIGRAM, SEED_CHARS, SEED_NEGATED, SEED_STEM, SEED_WORD } from './hash.js';

const MIN_GRAM = 4;
const MAX_GRAM = 4;
const CACHE_LIMIT = 200_000;

/** Everything a word contributes, whatever its neighbours: memoised per word. */
interface WordEntry {
  unigram: number;
  negated: number;
  /** Character n-grams (words only; emoji meanings and numbers have none). */
  grams: Uint32Array;
  /** Pooled lexicon features, plain and under negation (empty when the word is in no list). */
  pooled: Uint32Array;
  pooledNegated: Uint32Array;
}

const wordCache = new Map<string, WordEntry>();

let stemFeatures = false;
/** Experiment switch: Indonesian stems as features (training only; call before any extraction). */
export function useStemFeatures(on: boolean): void {
  stemFeatures = on;
  wordCache.clear();
}

function charGrams(word: string, into: number[]): void {
  // Boundaries as in fastText: "<kak>" so prefixes and suffixes are features of their own.
  const padded = `<${word}>`;
  for (let start = 0; start + MIN_GRAM <= padded.length; start += 1) {
    let h = SEED_CHARS;
    const end = Math.min(padded.length, start + MAX_GRAM);
    for (let i = start; i < end; i += 1) {
      h ^= padded.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
      if (i - start + 1 >= MIN_GRAM) into.push(finalize(h + (i - start)));
    }
  }
}

// Hashes of the pooled feature names, made once per name: most words are in no list, and
// the few names recur (`lexicon:joy`, `polarity:negative:negated`).
const pooledHashes = new Map<string, number>();
const NO_POOLED = new Uint32Array(0);

function pooledHash(name: string): number {
  let hash = pooledHashes.get(name);
  if (hash === undefined) {
    hash = hashString(name, SEED_WORD);
    pooledHashes.set(name, hash);
  }
  return hash;
}

function pooledFeatures(word: string, negated: boolean): Uint32Array {
  const emotion = emotionOfWord(word);
  const polarity = polarityOfWord(word);
  if (emotion === undefined && polarity === undefined) return NO_POOLED;
  const names: string[] = [];
  const suffix = negated ? ':negated' : '';
  if (emotion !== undefined) names.push(`lexicon:${emotion}${suffix}`);
  if (polarity !== undefined) names.push(`polarity:${polarity}${suffix}`);
  return Uint32Array.from(names, pooledHash);
}

function wordEntry(text: string, withGrams: boolean): WordEntry {
  const key = withGrams ? text : `\u0000${text}`;
  let entry = wordCache.get(key);
  if (!entry) {
    const grams: number[] = [];
    if (withGrams) charGrams(text, grams);
    // The stem sits with the n-grams (sub-word evidence the intent and urgency models skip).
    if (withGrams && stemFeatures) {
      const stem = stemIndonesian(text);
      if (stem !== text) grams.push(hashString(stem, SEED_STEM));
    }
    entry = { unigram: hashString(text, SEED_WORD), negated: hashString(text, SEED_NEGATED), grams: Uint32Array.from(grams), pooled: pooledFeatures(text, false), pooledNegated: pooledFeatures(text, true) };
    if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
    wordCache.set(key, entry);
  }
  return entry;
}

/** The entry of a token, kept on the token itself: cached tokens recur in message after message. */
function entryOf(token: Token): WordEntry {
  const memo = tokenMemo(token) as WordEntry | undefined;
  if (memo !== undefined) return memo;
  const entry = wordEntry(token.kind === 'number' ? '_num' : token.text, token.kind === 'word');
  setTokenMemo(token, entry);
  return entry;
}

export interface FeatureList {
  /** Word-level features first (unigrams, bigrams, pooled lexicon), then character n-grams. */
  hashes: Uint32Array;
  length: number;
  /** How many of `hashes` are word-level: the intent and urgency models read only those. */
  wordLevel: number;
}

export function createFeatureList(capacity = 512): FeatureList {
  return { hashes: new Uint32Array(capacity), length: 0, wordLevel: 0 };
}

/** The features as a plain array (training keeps one per text). */
export function featureArray(list: FeatureList): number[] {
  return Array.from(list.hashes.subarray(0, list.length));
}

function reserve(list: FeatureList, needed: number): void {
  if (needed <= list.hashes.length) return;
  const grown = new Uint32Array(Math.max(needed, list.hashes.length * 2));
  grown.set(list.hashes.subarray(0, list.length));
  list.hashes = grown;
}

const gramEntries: WordEntry[] = [];

/** The features of `tokens`, written into `into` (reused to spare allocations). */
export function extractFeatures(tokens: readonly Token[], into: FeatureList = createFeatureList()): FeatureList {
  // Word level: at most 1 unigram + 1 bigram + 2 pooled features per token.
  reserve(into, tokens.length * 4);
  const out = into.hashes;
  let n = 0;
  let previous = 0;
  gramEntries.length = 0;
  for (const token of tokens) {
    if (token.kind === 'break') {
      previous = 0;
      continue;
    }
    const entry = entryOf(token);
    out[n++] = token.negated ? entry.negated : entry.unigram;
    if (previous !== 0) out[n++] = combine(previous, entry.unigram, SEED_BIGRAM);
    const pooled = token.negated ? entry.pooledNegated : entry.pooled;
    for (let i = 0; i < pooled.length; i += 1) out[n++] = pooled[i] ?? 0;
    if (entry.grams.length > 0) gramEntries.push(entry);
    previous = entry.unigram;
  }
  into.wordLevel = n;
  into.length = n;
  let grams = 0;
  for (const entry of gramEntries) grams += entry.grams.length;
  reserve(into, n + grams);
  // A plain loop: a word has a handful of n-grams, too few for TypedArray.set's call to pay off.
  const all = into.hashes;
  let length = into.length;
  for (const entry of gramEntries) {
    const wordGrams = entry.grams;
    for (let i = 0; i < wordGrams.length; i += 1) all[length++] = wordGrams[i] ?? 0;
  }
  into.length = length;
  return into;
}
