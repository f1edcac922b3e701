// Hashed features shared by training and inference: word unigrams (negation-marked),
// word bigrams, and character 3–5-grams of each word (they carry affixes — me-, di-, -kan —
// and misspellings that whole words miss). Each feature is a 32-bit hash; every model masks
// it to its own bucket count, so one extraction serves all models.
import { type Token } from '../text/normalize.js';
import { emotionOfWord } from '../text/emotion-words.js';
import { polarityOfWord } from '../text/polarity-words.js';
import { combine, finalize, hashString, SEED_BIGRAM, SEED_CHARS, SEED_NEGATED, SEED_WORD } from './hash.js';

const MIN_GRAM = 3;
const MAX_GRAM = 5;
const CACHE_LIMIT = 200_000;

// Per-word feature lists (unigram first, then character n-grams) are memoised: follower
// messages reuse a small vocabulary, and the n-grams are most of the cost.
const wordCache = new Map<string, Uint32Array>();

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

function wordFeatures(text: string, withChars: boolean): Uint32Array {
  const key = withChars ? text : `\u0000${text}`;
  const cached = wordCache.get(key);
  if (cached) return cached;
  const list = [hashString(text, SEED_WORD)];
  if (withChars) charGrams(text, list);
  const features = Uint32Array.from(list);
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
  wordCache.set(key, features);
  return features;
}

function featureText(token: Token): string {
  return token.kind === 'number' ? '_num' : token.text;
}

/** Appends the features of `tokens` to `out` (cleared first) and returns it. */
export function extractFeatures(tokens: readonly Token[], out: number[] = []): number[] {
  out.length = 0;
  let previous = 0;
  for (const token of tokens) {
    if (token.kind === 'break') {
      previous = 0;
      continue;
    }
    const text = featureText(token);
    const own = wordFeatures(text, token.kind === 'word');
    const unigram = own[0] ?? 0;
    out.push(token.negated ? hashString(text, SEED_NEGATED) : unigram);
    for (let i = 1; i < own.length; i += 1) out.push(own[i] ?? 0);
    if (previous !== 0) out.push(combine(previous, unigram, SEED_BIGRAM));
    const emotion = emotionOfWord(token.text);
    if (emotion !== undefined) out.push(hashString(`lexicon:${emotion}${token.negated ? ':negated' : ''}`, SEED_WORD));
    const polarity = polarityOfWord(token.text);
    if (polarity !== undefined) out.push(hashString(`polarity:${polarity}${token.negated ? ':negated' : ''}`, SEED_WORD));
    previous = unigram;
  }
  return out;
}
