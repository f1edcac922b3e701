// The steps from raw input to model input, shared by analyze() and the training script so
// that training and inference can never drift apart.
import { extractFeatures } from './features/extract.js';
import { hashString, SEED_WORD } from './features/hash.js';
import { appendFeature, vectorize, type FeatureVector, type IdfTable } from './features/vector.js';
import { type RuleText } from './rules/rule.js';
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
  let normalized = '';
  for (const token of tokens) normalized += normalized ? ` ${token.text}` : token.text;
  return { text, truncated, tokens, ruleText: { normalized, raw } };
}

const hashScratch: number[] = [];

export function baseVector(tokens: readonly Token[], idf: IdfTable, into: FeatureVector): FeatureVector {
  return vectorize(extractFeatures(tokens, hashScratch), idf, into);
}

const hashCache = new Map<string, number>();

function namedFeature(name: string): number {
  let hash = hashCache.get(name);
  if (hash === undefined) {
    hash = hashString(name, SEED_WORD);
    hashCache.set(name, hash);
  }
  return hash;
}

/** Feeds another model's probabilities in as features (stacking): `stack:<model>:<class>`. */
export function appendStacked(vector: FeatureVector, model: string, classes: readonly string[], probabilities: ArrayLike<number>, weight: number): void {
  for (let c = 0; c < classes.length; c += 1) appendFeature(vector, namedFeature(`stack:${model}:${classes[c] ?? ''}`), (probabilities[c] ?? 0) * weight);
}

/** Rule reasons as features, so the intent and urgency models learn how far to trust them. */
export function appendReasons(vector: FeatureVector, reasons: readonly string[], weight: number): void {
  for (const reason of reasons) appendFeature(vector, namedFeature(`rule:${reason}`), weight);
}
