// Scores in-memory sentiment and emotion models on the validation sets the way analyze()
// does (same features, same rule cues, same decisions), without writing weights or training
// the intent and urgency models: the fast loop of `train-analysis.ts --experiment`.
// Valid sets only (SmSA, EmoT, NusaX English) and the team corpus test split as a check;
// never the blind sets or the published test splits.
import { decideEmotion, decideSentiment, praisedByNegation } from '../src/analysis/decide.js';
import { extractFeatures, featureArray } from '../src/analysis/features/extract.js';
import { createVector, vectorize, type IdfTable } from '../src/analysis/features/vector.js';
import { probabilitiesInto, type LinearModel } from '../src/analysis/model/linear.js';
import { appendStacked, prepareText, withoutCharGrams } from '../src/analysis/pipeline.js';
import { type KnownWords, type Token } from '../src/analysis/text/normalize.js';
import { hasEmotionCue } from '../src/analysis/text/emotion-words.js';
import { COMPLAINT_FACTS } from '../src/analysis/text/polarity-words.js';
import { detectRules } from '../src/analysis/rules/detect.js';
import { onlyNegatedNegatives } from '../src/analysis/rules/negation-cue.js';
import { type LabelledText } from '../src/analysis/training/datasets.js';
import { macroF1 } from '../src/analysis/training/metrics.js';
import { EMOTION_LABELS, SENTIMENT_LABELS, type SentimentLabel } from '../src/analysis/types.js';
import { type SentimentCueAppender } from '../src/analysis/sentiment-cues.js';
import { INBOX_SHARE_SLOT, mixByShare, splitLogitsInto, stackerInto, stackInputsInto, STACK_INPUTS, wordCount, type Stacker, type StackInputs } from '../src/analysis/model/stacker.js';
import { type RuleFindings } from '../src/analysis/rules/detect.js';
import { detectLanguage } from '../src/analysis/language.js';

export interface TextModels {
  sentiment: LinearModel;
  emotion: LinearModel;
  idf: IdfTable;
  vocabulary: KnownWords;
  settings: Record<string, number>;
  appendCues: SentimentCueAppender;
  /** The second-stage sentiment model (round eight), when trained. */
  stacker?: Stacker;
  /** The NB-scaled tone model (round nine) that emotion and the stacker read instead of `sentiment`. */
  tone?: LinearModel;
  /** The tone model is the stacker's main input and the emotion decision's first stage (else the plain model). */
  toneFirst?: boolean;
  /** The stacker also reads the other first-stage model's probabilities (with a tone model). */
  secondOpinion?: boolean;
  /** The inbox opinion (round ten): a sentiment model of the fresh inbox batches, read by the stacker. */
  inbox?: LinearModel;
  /** The inbox model reads the word-level features only. */
  inboxWordLevel?: boolean;
  /** The domain model (round ten): how inbox-like a text is, for the stacker; gateInbox scales the inbox opinion by it. */
  domain?: LinearModel;
  gateInbox?: boolean;
  /** Round ten mixture: a second stacker for inbox messages, mixed with `stacker` by the domain share. */
  inboxStacker?: Stacker;
  /** Round thirteen: the stackers' own plain model (else they read `sentiment`). */
  stackerPlain?: LinearModel;
  /** Round thirteen (smsa3b): the inbox stacker reads the shared plain model `sentiment`, not `stackerPlain`. */
  inboxStackerShared?: boolean;
}

interface Labels {
  sentiment: SentimentLabel;
  emotion: string;
}

const scratch = createVector();
const sentimentOut = new Float64Array(8);
const emotionOut = new Float64Array(8);

/** The sentiment and emotion labels analyze() would give with these models. */
/** Scores one text as analyze() does, up to the emotion model: fills `emotionOut`, and answers the
 * sentiment and the context the emotion decision reads. */
function scoreText(models: TextModels, text: string) {
  const prepared = prepareText(text, models.vocabulary);
  const list = extractFeatures(prepared.tokens);
  const hashes = featureArray(list);
  const vector = vectorize(hashes, models.idf, scratch, list.wordLevel, models.settings['charScale.sentiment'] ?? 1);
  const findings = detectRules(prepared.ruleText);
  const negatedNegativesOnly = findings.urgent.length === 0 && onlyNegatedNegatives(prepared.tokens);
  const complaintFact = findings.complaint.some((r) => COMPLAINT_FACTS.has(r)) || findings.urgent.length > 0;
  const cues = { sarcasm: findings.sarcasm, complaintFact, negatedNegativesOnly };
  const base = vector.length;
  models.appendCues(vector, findings, cues);
  // With a tone model (round nine) the sentiment path reads it; the plain model is what intent
  // and urgency stack (not scored here) and a second opinion for the stacker.
  const first = models.tone && models.toneFirst ? models.tone : models.sentiment;
  probabilitiesInto(first, vector, cuedOut);
  // The later models stack the probabilities without the cues (see analyze.ts). Round thirteen: the
  // stacker reads its own plain model, where there is one, in the plain model's place.
  vector.length = base;
  const secondOut = readPlain(models, models.stackerPlain ?? models.sentiment, vector, list.wordLevel);
  let inboxOpinion: Float64Array | undefined;
  let inboxShare: number | undefined;
  if (models.inbox) {
    const inboxVector = models.inboxWordLevel ? withoutCharGrams(vector, list.wordLevel, base) : vector;
    probabilitiesInto(models.inbox, inboxVector, inboxOut);
    inboxOpinion = inboxOut;
    if (models.domain) {
      probabilitiesInto(models.domain, inboxVector, domainOut);
      inboxShare = domainOut[0];
    }
  }
  // The emotion model stacks the tone model's probabilities when there is one, else the plain model's.
  probabilitiesInto(models.tone ?? models.sentiment, vector, toneOut);
  const emotionStacks = toneOut;
  // Emotion reads its own vector (its charScale) and the stacked sentiment.
  const emotionVector = vectorize(hashes, models.idf, scratch, list.wordLevel, models.settings['charScale.emotion'] ?? 1);
  appendStacked(emotionVector, 'sentiment', SENTIMENT_LABELS, emotionStacks, models.settings.stackWeight ?? 1);
  probabilitiesInto(models.emotion, emotionVector, emotionOut);
  const firstStage = decideSentiment(cuedOut, cues);
  // The inbox stacker re-reads the shared plain model when it does not read the stackers' own (smsa3b);
  // the bare sentiment vector is rebuilt because the emotion vector took its scratch.
  const rereadShared = models.stackerPlain && models.inboxStackerShared ? (): Float64Array | undefined => readPlain(models, models.sentiment, vectorize(hashes, models.idf, scratch, list.wordLevel, models.settings['charScale.sentiment'] ?? 1), list.wordLevel) : undefined;
  const decided = models.stacker ? stacked(models.stacker, findings, cues, prepared.tokens, secondOut, { inboxOpinion, inboxShare, gateInbox: models.gateInbox === true }, models.inboxStacker, rereadShared) : cuedOut;
  const sentiment = decideSentiment(decided, cues);
  // The emotion decision reads the first stage's neutral score, as analyze() does.
  return { sentiment, probabilities: decided, cues, context: { sarcasm: findings.sarcasm, neutral: firstStage.scores.neutral, emotionCue: hasEmotionCue(prepared.tokens), praiseByNegation: praisedByNegation(negatedNegativesOnly, prepared.tokens) } };
}

const stackInputs = new Float64Array(STACK_INPUTS);
const inboxStackInputs = new Float64Array(STACK_INPUTS);
const wordLogits = new Float64Array(3);
const charLogits = new Float64Array(3);
const cuedOut = new Float64Array(8);
const plainOut = new Float64Array(8);
const toneOut = new Float64Array(8);
const inboxOut = new Float64Array(8);
const domainOut = new Float64Array(8);
const inboxStackOut = new Float64Array(8);
const stackOut = new Float64Array(8);

/** Fills sentimentOut, wordLogits and charLogits from the stacker's first model with `plain` as the plain model; answers the second opinion. */
function readPlain(models: TextModels, plain: LinearModel, vector: ReturnType<typeof createVector>, wordLevel: number): Float64Array | undefined {
  const stackerFirst = models.tone && models.toneFirst ? models.tone : plain;
  const second = models.tone ? (models.toneFirst ? plain : models.tone) : undefined;
  probabilitiesInto(stackerFirst, vector, sentimentOut);
  splitLogitsInto(stackerFirst, vector, wordLevel, wordLogits, charLogits);
  if (!second || !models.secondOpinion) return undefined;
  probabilitiesInto(second, vector, plainOut);
  return plainOut;
}

/** The second stage over sentimentOut and emotionOut (as analyze() computes it). `rereadShared`: refills them for the inbox stacker. */
function stacked(stacker: Stacker, findings: RuleFindings, cues: { sarcasm: boolean; complaintFact: boolean; negatedNegativesOnly: boolean }, tokens: readonly Token[], secondSentiment?: ArrayLike<number>, inbox: Pick<StackInputs, 'inboxOpinion' | 'inboxShare' | 'gateInbox'> = {}, inboxStacker?: Stacker, rereadShared?: () => Float64Array | undefined): Float64Array {
  const fill = (second: ArrayLike<number> | undefined, into: Float64Array): Float64Array => stackInputsInto({ sentiment: sentimentOut, emotion: emotionOut, ...cues, otherComplaint: findings.complaint.length > 0 && !cues.complaintFact, urgent: findings.urgent.length > 0, words: wordCount(tokens), language: detectLanguage(tokens), wordLogits, charLogits, secondSentiment: second, ...inbox }, into);
  fill(secondSentiment, stackInputs);
  const base = stackerInto(stacker, stackInputs, stackOut);
  if (!inboxStacker) return base;
  const inboxInputs = rereadShared ? fill(rereadShared(), inboxStackInputs) : stackInputs;
  return mixByShare(base, stackerInto(inboxStacker, inboxInputs, inboxStackOut), stackInputs[INBOX_SHARE_SLOT] ?? 0);
}

export function labelText(models: TextModels, text: string): Labels {
  const scored = scoreText(models, text);
  const emotion = decideEmotion(emotionOut, models.settings, scored.context);
  return { sentiment: scored.sentiment.label, emotion: emotion.label };
}

export interface ValidSets {
  smsa: readonly LabelledText[];
  emot: readonly LabelledText[];
  nusaxEn: readonly LabelledText[];
  corpusSentiment: readonly LabelledText[];
  /** The corpus test split's emotion labels, `none` included. */
  corpusEmotion: readonly LabelledText[];
}

/** Macro-F1 per set, as the eval prints them (EmoT: `none` counts as an error). */
export function reportTextModels(models: TextModels, sets: ValidSets): Record<string, number> {
  const sentimentF1 = (rows: readonly LabelledText[]): number => macroF1(rows.map((r) => r.label), rows.map((r) => labelText(models, r.text).sentiment), SENTIMENT_LABELS);
  return {
    smsaValid: sentimentF1(sets.smsa),
    emotValid: macroF1(sets.emot.map((r) => r.label), sets.emot.map((r) => labelText(models, r.text).emotion), EMOTION_LABELS),
    nusaxEnValid: sentimentF1(sets.nusaxEn),
    corpusTestSentiment: sentimentF1(sets.corpusSentiment),
    corpusTestEmotion: macroF1(sets.corpusEmotion.map((r) => r.label), sets.corpusEmotion.map((r) => labelText(models, r.text).emotion), [...EMOTION_LABELS, 'none']),
    emotValidNone: sets.emot.filter((r) => labelText(models, r.text).emotion === 'none').length,
  };
}

/** Macro-F1 of the sentiment sets when `offsets` are added to the model's logits (positive, neutral, negative). */
export interface BiasSearch {
  offsets: [number, number, number];
  figures: { smsaValid: number; nusaxEnValid: number; corpusTestSentiment: number };
}

/**
 * Searches logit offsets for the sentiment classes on SmSA valid (the tuning set), keeping
 * only offsets that cost NusaX English valid and the corpus test split nothing. The offsets
 * move the class priors the training data set (SmSA reviews are mostly positive).
 */
export function searchSentimentBias(models: TextModels, sets: ValidSets, grid: readonly number[]): BiasSearch {
  const inputs = (rows: readonly LabelledText[]) => rows.map((r) => ({ gold: r.label, ...sentimentInputs(models, r.text) }));
  const smsa = inputs(sets.smsa);
  const nusax = inputs(sets.nusaxEn);
  const corpus = inputs(sets.corpusSentiment);
  const shifted = new Float64Array(3);
  const f1 = (rows: ReturnType<typeof inputs>, offsets: readonly number[]): number =>
    macroF1(rows.map((r) => r.gold), rows.map((r) => {
      let sum = 0;
      for (let c = 0; c < 3; c += 1) sum += shifted[c] = (r.probabilities[c] ?? 0) * Math.exp(offsets[c] ?? 0);
      for (let c = 0; c < 3; c += 1) shifted[c] = (shifted[c] ?? 0) / sum;
      return decideSentiment(shifted, r.cues).label;
    }), SENTIMENT_LABELS);
  const figuresOf = (offsets: [number, number, number]) => ({ smsaValid: f1(smsa, offsets), nusaxEnValid: f1(nusax, offsets), corpusTestSentiment: f1(corpus, offsets) });
  let best: BiasSearch = { offsets: [0, 0, 0], figures: figuresOf([0, 0, 0]) };
  const floor = { ...best.figures };
  for (const neutral of grid) {
    for (const negative of grid) {
      const offsets: [number, number, number] = [0, neutral, negative];
      const figures = figuresOf(offsets);
      if (figures.nusaxEnValid < floor.nusaxEnValid || figures.corpusTestSentiment < floor.corpusTestSentiment) continue;
      if (figures.smsaValid > best.figures.smsaValid + 1e-9) best = { offsets, figures };
    }
  }
  return best;
}

function sentimentInputs(models: TextModels, text: string): { probabilities: Float64Array; cues: { sarcasm: boolean; complaintFact: boolean; negatedNegativesOnly: boolean } } {
  const scored = scoreText(models, text);
  return { probabilities: scored.probabilities.slice(0, 3), cues: scored.cues };
}

/**
 * Searches one logit offset per emotion (anger, fear, joy, love, sadness; `none` stays) on
 * EmoT valid (the tuning set), one class at a time over `grid`, twice round, keeping only
 * offsets that cost the corpus test split's emotion figure nothing.
 */
export function searchEmotionBias(models: TextModels, sets: ValidSets, grid: readonly number[]): { offsets: number[]; emotValid: number; corpusTestEmotion: number } {
  const inputs = (rows: readonly LabelledText[]) => rows.map((r) => ({ gold: r.label, ...emotionInputs(models, r.text) }));
  const emot = inputs(sets.emot);
  const corpus = inputs(sets.corpusEmotion);
  const shifted = new Float64Array(8);
  const f1 = (rows: ReturnType<typeof inputs>, offsets: readonly number[], labels: readonly string[]): number =>
    macroF1(rows.map((r) => r.gold), rows.map((r) => {
      let sum = 0;
      for (let c = 0; c < 6; c += 1) sum += shifted[c] = (r.probabilities[c] ?? 0) * Math.exp(offsets[c] ?? 0);
      for (let c = 0; c < 6; c += 1) shifted[c] = (shifted[c] ?? 0) / sum;
      return decideEmotion(shifted, models.settings, r.context).label;
    }), labels);
  const score = (offsets: readonly number[]) => ({ emotValid: f1(emot, offsets, EMOTION_LABELS), corpusTestEmotion: f1(corpus, offsets, [...EMOTION_LABELS, 'none']) });
  const offsets = [0, 0, 0, 0, 0, 0];
  const floor = score(offsets).corpusTestEmotion;
  let best = score(offsets);
  for (let round = 0; round < 2; round += 1) {
    for (let c = 0; c < 5; c += 1) {
      for (const value of grid) {
        const trial = offsets.map((o, i) => (i === c ? value : o));
        const figures = score(trial);
        if (figures.corpusTestEmotion < floor || figures.emotValid <= best.emotValid + 1e-9) continue;
        best = figures;
        offsets[c] = value;
      }
    }
  }
  return { offsets, ...best };
}

function emotionInputs(models: TextModels, text: string) {
  const { context } = scoreText(models, text);
  return { probabilities: emotionOut.slice(0, 6), context };
}
