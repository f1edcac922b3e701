// Hashed features shared by training and inference: word unigrams (negation-marked),
// word bigrams, character 4-grams of each word (they carry affixes — me-, di-, -kan —
// and misspellings that whole words miss), and pooled lexicon features (`lexicon:anger`,
// `polarity:negative`) from the team's word lists. Each feature is a 32-bit hash; the
// vector folds it into buckets.
import { emotionOfWord } from '../text/emotion-words.js';
import { type Token } from '../text/normalize.js';
import { polarityOfWord } from '../text/polarity-words.js';
import { combine, finalize, hashString, SEED_BIGRAM, SEED_CHARS, SEED_NEGATED, SEED_WORD } from './hash.js';

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

function pooledFeatures(word: string, negated: boolean): Uint32Array {
  const names: string[] = [];
  const suffix = negated ? ':negated' : '';
  const emotion = emotionOfWord(word);
  if (emotion !== undefined) names.push(`lexicon:${emotion}${suffix}`);
  const polarity = polarityOfWord(word);
  if (polarity !== undefined) names.push(`polarity:${polarity}${suffix}`);
  return Uint32Array.from(names, (name) => hashString(name, SEED_WORD));
}

function wordEntry(text: string, withGrams: boolean): WordEntry {
  const key = withGrams ? text : `\u0000${text}`;
  let entry = wordCache.get(key);
  if (!entry) {
    const grams: number[] = [];
    if (withGrams) charGrams(text, grams);
    entry = { unigram: hashString(text, SEED_WORD), negated: hashString(text, SEED_NEGATED), grams: Uint32Array.from(grams), pooled: pooledFeatures(text, false), pooledNegated: pooledFeatures(text, true) };
    if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
    wordCache.set(key, entry);
  }
  return entry;
}

export interface FeatureList {
  /** Word-level features first (unigrams, bigrams, pooled lexicon), then character n-grams. */
  hashes: number[];
  /** How many of `hashes` are word-level: the intent and urgency models read only those. */
  wordLevel: number;
}

const gramScratch: number[] = [];

/** The features of `tokens`, written into `into` (reused to spare allocations). */
export function extractFeatures(tokens: readonly Token[], into: FeatureList = { hashes: [], wordLevel: 0 }): FeatureList {
  const out = into.hashes;
  out.length = 0;
  gramScratch.length = 0;
  let previous = 0;
  for (const token of tokens) {
    if (token.kind === 'break') {
      previous = 0;
      continue;
    }
    const entry = wordEntry(token.kind === 'number' ? '_num' : token.text, token.kind === 'word');
    out.push(token.negated ? entry.negated : entry.unigram);
    if (previous !== 0) out.push(combine(previous, entry.unigram, SEED_BIGRAM));
    for (const pooled of token.negated ? entry.pooledNegated : entry.pooled) out.push(pooled);
    for (const gram of entry.grams) gramScratch.push(gram);
    previous = entry.unigram;
  }
  into.wordLevel = out.length;
  for (const gram of gramScratch) out.push(gram);
  return into;
}
