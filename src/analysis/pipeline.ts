// The steps from raw input to model input, shared by analyze() and the training script so
// that training and inference can never drift apart.
import { createFeatureList, extractFeatures, type FeatureList } from './features/extract.js';
import { hashString, SEED_WORD } from './features/hash.js';
import { appendFeature, type FeatureVector } from './features/vector.js';
import { triggerWords, type RuleText } from './rules/rule.js';
import { normalizeTokens, type KnownWords, type Token } from './text/normalize.js';
import { sanitize } from './text/sanitize.js';

export interface PreparedText {
  /** Sanitised and truncated input; PII offsets refer to it (and so to the input). */
  text: string;
  truncated: boolean;
  tokens: Token[];
  ruleText: RuleText;
}

export function prepareText(input: unknown, vocabulary: KnownWords): PreparedText {
  const { text, truncated } = sanitize(input);
  const raw = text.toLowerCase();
  const tokens = normalizeTokens(raw, vocabulary);
  const texts = tokens.map((token) => token.text);
  return { text, truncated, tokens, ruleText: { normalized: texts.join(' '), raw, words: triggerWords(texts) } };
}

const featureScratch: FeatureList = createFeatureList();

/** The feature hashes of the tokens (a shared buffer: valid until the next call). */
export function featuresOf(tokens: readonly Token[]): FeatureList {
  return extractFeatures(tokens, featureScratch);
}

/**
 * What the intent and urgency models see of a vector: word-level features and anything
 * appended after the base (`base.length`), without the character n-grams between.
 */
export function withoutCharGrams(vector: FeatureVector, wordLevel: number, baseLength: number): FeatureVector {
  const keep = (i: number): boolean => i < wordLevel || i >= baseLength;
  const indexes = [...Array(vector.length).keys()].filter(keep);
  return { buckets: Uint32Array.from(indexes, (i) => vector.buckets[i] ?? 0), values: Float64Array.from(indexes, (i) => vector.values[i] ?? 0), length: indexes.length };
}

// Hashes of the named features, computed once: these run on every message.
const stackHashes = new Map<string, readonly number[]>();
const reasonHashes = new Map<string, number>();

function stackedFeatures(model: string, classes: readonly string[]): readonly number[] {
  let hashes = stackHashes.get(model);
  if (!hashes) {
    hashes = classes.map((name) => hashString(`stack:${model}:${name}`, SEED_WORD));
    stackHashes.set(model, hashes);
  }
  return hashes;
}

/** Feeds another model's probabilities in as features (stacking): `stack:<model>:<class>`. */
export function appendStacked(vector: FeatureVector, model: string, classes: readonly string[], probabilities: ArrayLike<number>, weight: number): void {
  const hashes = stackedFeatures(model, classes);
  for (let c = 0; c < classes.length; c += 1) appendFeature(vector, hashes[c] ?? 0, (probabilities[c] ?? 0) * weight);
}

/** Rule reasons as features, so the intent and urgency models learn how far to trust them. */
export function appendReasons(vector: FeatureVector, reasons: readonly string[], weight: number): void {
  for (const reason of reasons) {
    let hash = reasonHashes.get(reason);
    if (hash === undefined) {
      hash = hashString(`rule:${reason}`, SEED_WORD);
      reasonHashes.set(reason, hash);
    }
    appendFeature(vector, hash, weight);
  }
}
