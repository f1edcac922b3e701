// The second-stage sentiment model (round eight): a one-hidden-layer network over a handful of
// dense inputs — the linear sentiment model's log-probabilities, the emotion model's
// probabilities, the rule cues and the message length — with a linear path from the inputs to
// the output beside the hidden layer. The hashed linear models read words; this stage reads how
// far to trust them: when an angry or sad reading should pull a "positive" review down, when a
// complaint fact outweighs a cheerful word, how short texts lean. It is trained out-of-fold
// (training/stacker-train.ts), so it learns from readings like the ones it will see.
// Stored as two small linear models in the weights file (input → hidden, [hidden, inputs] →
// classes); the cost is a few hundred multiply-adds per message.
import { type FeatureVector } from '../features/vector.js';
import { type Language } from '../types.js';
import { type LinearModel, sigmoid, softmaxInPlace } from './linear.js';

/** Names of the stacker's models in the weights file. */
export const SENTIMENT_STACK_HIDDEN = 'sentimentStack.hidden';
export const SENTIMENT_STACK_OUTPUT = 'sentimentStack.output';
/** Round ten: the inbox stacker, mixed with the first by the domain share (mixByShare). */
export const INBOX_STACK_HIDDEN = 'sentimentStackInbox.hidden';
export const INBOX_STACK_OUTPUT = 'sentimentStackInbox.output';

export interface Stacker {
  /** input → hidden units (sigmoid); weights[input * hidden + unit]. */
  hidden: LinearModel;
  /** [hidden units, inputs] → classes (softmax); weights[slot * classes + class]. */
  output: LinearModel;
}

/** What the sentiment stacker reads of one message. */
export interface StackInputs {
  /** The linear sentiment model's probabilities (positive, neutral, negative), without cue features. */
  sentiment: ArrayLike<number>;
  /** The emotion model's probabilities (anger, fear, joy, love, sadness, none). */
  emotion: ArrayLike<number>;
  sarcasm: boolean;
  complaintFact: boolean;
  negatedNegativesOnly: boolean;
  /** A complaint rule fired that is not a complaint fact. */
  otherComplaint: boolean;
  /** An urgency rule fired. */
  urgent: boolean;
  words: number;
  language: Language;
  /** The first-stage logits from the word-level features alone and from the character n-grams alone (no bias). */
  wordLogits: ArrayLike<number>;
  charLogits: ArrayLike<number>;
  /**
   * Round nine: the other first-stage sentiment model's probabilities as a second opinion (the
   * plain model when `sentiment` is the NB-scaled tone model, or the other way round); absent: zeros.
   */
  secondSentiment?: ArrayLike<number>;
  /**
   * Round ten: the inbox opinion, a first-stage sentiment model trained only on the fresh writers'
   * inbox batches (its probabilities; absent: zeros). The stacker learns where to trust it.
   */
  inboxOpinion?: ArrayLike<number>;
  /**
   * Round ten: how inbox-like the text is (a small domain model: fresh inbox batches against the
   * review and tweet corpora), so the stacker knows which regime it reads. With `gateInbox` the
   * inbox opinion's slots are scaled by it: on a review-like text the third opinion fades out.
   */
  inboxShare?: number;
  gateInbox?: boolean;
}

/**
 * Dense input slots. Weights trained before round ten use the first 26; their slots 26–28 are
 * zero-padded (the hidden layer has 32 input rows), so reading four more slots changes nothing.
 */
export const STACK_INPUTS = 30;
/** The slot of the domain share (how inbox-like the text is). */
export const INBOX_SHARE_SLOT = 29;
/** Slots of a stacker without the inbox opinion (round eight and nine). */
export const STACK_INPUTS_WITHOUT_INBOX = 26;
const FLOOR = 1e-6;
/**
 * Round thirteen: the length input stops growing here. No training text is longer (SmSA's longest
 * has 110 words), so beyond it the stacker would extrapolate its length weights: with its own plain
 * model a 4,000-character repeated praise (about 460 words) read neutral.
 */
export const STACK_MAX_WORDS = 128;
/**
 * Round thirteen: the split logits are read within ±STACK_MAX_LOGIT. The linear models' logits grow
 * with the square root of a repetition (the norm is taken per feature occurrence), and a text
 * repeated a hundred times reaches 30, where the stacker never learned (its training rows stay within
 * about ±8.2): there it read a repeated praise as neutral. The bound is above every training row.
 */
export const STACK_MAX_LOGIT = 12;
const boundedLogit = (value: number): number => Math.min(STACK_MAX_LOGIT, Math.max(-STACK_MAX_LOGIT, value));

/** Fills `into` (length ≥ STACK_INPUTS) with the dense inputs, in the order training used. */
export function stackInputsInto(inputs: StackInputs, into: Float64Array): Float64Array {
  const gate = inputs.gateInbox ? (inputs.inboxShare ?? 1) : 1;
  for (let c = 0; c < 3; c += 1) into[c] = Math.log(Math.max(FLOOR, inputs.sentiment[c] ?? 0));
  for (let c = 0; c < 6; c += 1) into[3 + c] = inputs.emotion[c] ?? 0;
  into[9] = inputs.sarcasm ? 1 : 0;
  into[10] = inputs.complaintFact ? 1 : 0;
  into[11] = inputs.negatedNegativesOnly ? 1 : 0;
  into[12] = inputs.otherComplaint ? 1 : 0;
  into[13] = inputs.urgent ? 1 : 0;
  into[14] = Math.log1p(Math.min(inputs.words, STACK_MAX_WORDS)) / 4;
  into[15] = inputs.language === 'id' ? 1 : inputs.language === 'mixed' ? 0.5 : 0;
  into[16] = inputs.language === 'en' ? 1 : inputs.language === 'mixed' ? 0.5 : 0;
  for (let c = 0; c < 3; c += 1) {
    into[17 + c] = boundedLogit(inputs.wordLogits[c] ?? 0);
    into[20 + c] = boundedLogit(inputs.charLogits[c] ?? 0);
    into[23 + c] = inputs.secondSentiment ? Math.log(Math.max(FLOOR, inputs.secondSentiment[c] ?? 0)) : 0;
    into[26 + c] = inputs.inboxOpinion ? gate * Math.log(Math.max(FLOOR, inputs.inboxOpinion[c] ?? 0)) : 0;
  }
  into[INBOX_SHARE_SLOT] = inputs.inboxShare ?? 0;
  return into;
}

const hiddenScratch = new Float64Array(64);

/** The stacker's class probabilities for dense `inputs` (see stackInputsInto) into `out`. */
export function stackerInto(stacker: Stacker, inputs: ArrayLike<number>, out: Float64Array): Float64Array {
  const { hidden, output } = stacker;
  const units = hidden.classes.length;
  const classes = output.classes.length;
  for (let h = 0; h < units; h += 1) {
    let z = 0;
    for (let i = 0; i < STACK_INPUTS; i += 1) z += (hidden.weights[i * units + h] ?? 0) * (inputs[i] ?? 0);
    hiddenScratch[h] = sigmoid(z * hidden.scale + (hidden.bias[h] ?? 0));
  }
  for (let c = 0; c < classes; c += 1) {
    let z = 0;
    for (let h = 0; h < units; h += 1) z += (output.weights[h * classes + c] ?? 0) * (hiddenScratch[h] ?? 0);
    for (let i = 0; i < STACK_INPUTS; i += 1) z += (output.weights[(units + i) * classes + c] ?? 0) * (inputs[i] ?? 0);
    out[c] = z * output.scale + (output.bias[c] ?? 0);
  }
  softmaxInPlace(out, classes);
  return out;
}

/**
 * Round ten: the reading of the round-nine stacker (`base`) and the inbox stacker mixed by the
 * domain share, into `inbox` (which is returned): a review-like text (share near 0) keeps the first
 * reading, an inbox message (near 1) takes the second.
 */
export function mixByShare(base: ArrayLike<number>, inbox: Float64Array, share: number): Float64Array {
  const s = Math.min(1, Math.max(0, share));
  for (let c = 0; c < 3; c += 1) inbox[c] = (1 - s) * (base[c] ?? 0) + s * (inbox[c] ?? 0);
  return inbox;
}

/** The stacker stored in a weights bundle, or undefined (older weights: the linear model decides). */
export function stackerOf(models: ReadonlyMap<string, LinearModel>, hiddenName = SENTIMENT_STACK_HIDDEN, outputName = SENTIMENT_STACK_OUTPUT): Stacker | undefined {
  const hidden = models.get(hiddenName);
  const output = models.get(outputName);
  if (!hidden || !output) return undefined;
  if (hidden.mask + 1 < STACK_INPUTS || output.mask + 1 < hidden.classes.length + STACK_INPUTS) throw new Error('analysis weights: the sentiment stacker has too few input slots');
  return { hidden, output };
}

/** Words among the tokens (the stacker's length input). */
export function wordCount(tokens: ReadonlyArray<{ kind: string }>): number {
  let words = 0;
  for (const token of tokens) if (token.kind === 'word') words += 1;
  return words;
}

/**
 * The logits of `model` (no bias) over the word-level part of a unit-length vector (features
 * before `wordLevel`) and over the rest (character n-grams and anything appended): training's
 * and the report's way to the split inputs; analyze() gets them from its split sums.
 */
export function splitLogitsInto(model: LinearModel, vector: FeatureVector, wordLevel: number, wordOut: Float64Array, charOut: Float64Array): void {
  const width = model.classes.length;
  wordOut.fill(0, 0, width);
  charOut.fill(0, 0, width);
  for (let i = 0; i < vector.length; i += 1) {
    const base = ((vector.buckets[i] ?? 0) & model.mask) * width;
    const value = (vector.values[i] ?? 0) * model.scale;
    const out = i < wordLevel ? wordOut : charOut;
    for (let c = 0; c < width; c += 1) out[c] = (out[c] ?? 0) + (model.weights[base + c] ?? 0) * value;
  }
}
