// The sentiment stacker of scripts/train-analysis.ts (round eight) and the inbox stacker mixed with
// it (round ten).
//
// The second stage reads the first stage's probabilities, the emotion model's and the rule cues
// (model/stacker.ts). Its training rows are the sentiment rows scored by first-stage models that
// did not see them (folds by a hash of the text, so a text repeated across sources stays in one
// fold); the emotion model reads those out-of-fold probabilities as it would at inference.
import { createVector } from '../src/analysis/features/vector.js';
import { quantizeModel } from '../src/analysis/model/format.js';
import type { LinearModel } from '../src/analysis/model/linear.js';
import { appendStacked } from '../src/analysis/pipeline.js';
import { MODEL_CLASSES } from '../src/analysis/resources.js';
import { decideSentiment } from '../src/analysis/decide.js';
import { INBOX_SHARE_SLOT, mixByShare, splitLogitsInto, stackerInto, stackInputsInto, STACK_INPUTS, STACK_INPUTS_WITHOUT_INBOX, type Stacker } from '../src/analysis/model/stacker.js';
import { trainStacker, type StackExample } from '../src/analysis/training/stacker-train.js';
import { crossValidateStacker, type CrossValidationRow } from '../src/analysis/training/stacker-cv.js';
import { searchOffsets, type CalibrationRow } from '../src/analysis/training/calibrate.js';
import { classWeights } from '../src/analysis/training/examples.js';
import type { LabelledText } from '../src/analysis/training/datasets.js';
import { SENTIMENT_LABELS } from '../src/analysis/types.js';
import { CONFIG } from './train-analysis-config.js';
import type { TrainingData } from './train-analysis-data.js';
import type { FeatureContext } from './train-analysis-features.js';
import type { InboxStage } from './train-analysis-inbox.js';
import type { SentimentStage } from './train-analysis-sentiment.js';

export interface StackerStage {
  sentimentStacker: Stacker | undefined;
  /** The inbox stacker, mixed with the first by the domain share (mixture 1). */
  inboxStacker: Stacker | undefined;
  /**
   * The sentiment probabilities analyze() decides on: the stacker's when there is one (`sentimentModel`:
   * the plain model or a cross-fitted twin of it; the stackers read their own plain opinion's matching twin).
   * `mixed` false: the first stacker's reading alone (what praise by tone reads, see decide()).
   */
  finalSentiment: (text: string, sentimentModel?: LinearModel, toneModel?: LinearModel, mixed?: boolean) => Float64Array;
}

export interface StackerInputs {
  data: TrainingData;
  ctx: FeatureContext;
  sentiment: SentimentStage;
  emotion: LinearModel;
  inbox: InboxStage;
  /** Seeds of the stacker's cross-validation on SmSA train asked for on the command line (--experiment --cv N), else 0. */
  cvSeeds: number;
}

export function trainStackerStage({ data, ctx, sentiment: stage, emotion, inbox: inboxStage, cvSeeds }: StackerInputs): StackerStage {
  const { smsa } = data;
  const { log, featuresOf, cuesByText, vectorOf, probabilities, sentimentScale: SENTIMENT_SCALE, emotionScale: EMOTION_SCALE } = ctx;
  const { sentimentSources, corpusSource, freshAll, plainSources, stackerPlainSources, stackerPlainTwin, stackerPlainOptions, allSentimentSources, sentiment, tone, toneOptions, sentimentScratch } = stage;
  const { stackFoldOf, inboxModel, inboxFolds, inboxFor, domainModel, domainFolds, domainFor, inboxVector } = inboxStage;
  const W = CONFIG.sourceWeight;
  const TONE = CONFIG.sentimentTone;
  const INBOX = CONFIG.inboxOpinion;
  const stackScratch = createVector();
  const wordLogits = new Float64Array(3);
  const charLogits = new Float64Array(3);
  /** `sentimentModel`: the plain model; `toneModel`: the tone model (round nine), which the emotion model reads. */
  const stackInputsOf = (text: string, sentimentModel: LinearModel, toneModel?: LinearModel, inbox?: LinearModel, domain?: LinearModel, into = new Float64Array(STACK_INPUTS)): Float64Array => {
    const features = featuresOf(text);
    const found = cuesByText.get(text);
    const sentimentVector = vectorOf(text, SENTIMENT_SCALE, sentimentScratch);
    const firstModel = toneModel && TONE.toneFirst ? toneModel : sentimentModel;
    const secondModel = toneModel ? (TONE.toneFirst ? sentimentModel : toneModel) : undefined;
    splitLogitsInto(firstModel, sentimentVector, features.wordLevel, wordLogits, charLogits);
    const sentimentProbabilities = probabilities(firstModel, sentimentVector);
    const secondSentiment = secondModel && TONE.secondOpinion ? probabilities(secondModel, sentimentVector) : undefined;
    const emotionStacks = toneModel ? probabilities(toneModel, sentimentVector) : sentimentProbabilities;
    const emotionVector = vectorOf(text, EMOTION_SCALE, stackScratch);
    appendStacked(emotionVector, 'sentiment', MODEL_CLASSES.sentiment, emotionStacks, CONFIG.settings.stackWeight);
    const emotionProbabilities = probabilities(emotion, emotionVector);
    const findings = found?.findings;
    const cues = found?.cues;
    return stackInputsInto(
      {
        sentiment: sentimentProbabilities,
        emotion: emotionProbabilities,
        sarcasm: cues?.sarcasm ?? false,
        complaintFact: cues?.complaintFact ?? false,
        negatedNegativesOnly: cues?.negatedNegativesOnly ?? false,
        otherComplaint: (findings?.complaint.length ?? 0) > 0 && !(cues?.complaintFact ?? false),
        urgent: (findings?.urgent.length ?? 0) > 0,
        words: features.words,
        language: features.language,
        wordLogits,
        charLogits,
        secondSentiment,
        inboxOpinion: inbox ? probabilities(inbox, inboxVector(text)) : undefined,
        inboxShare: domain ? probabilities(domain, inboxVector(text))[0] : undefined,
        gateInbox: INBOX.domain > 1,
      },
      into,
    );
  };
  // The stacker folds' first-stage models (they learn what the shipped first stage learns, minus the
  // fold), trained once and shared by the stackers.
  // Round thirteen: with ownPlain.inbox 0 the inbox stacker reads the shared plain model (`shared`), the
  // round-nine stacker the own plain one (`plain`); otherwise both read `plain`.
  const sharedForInbox = CONFIG.sentimentStack.ownPlain.on > 0 && CONFIG.sentimentStack.ownPlain.inbox === 0;
  const foldModelCache = new Map<number, { plain: LinearModel; shared: LinearModel; tone?: LinearModel }>();
  function stackFoldModels(fold: number): { plain: LinearModel; shared: LinearModel; tone?: LinearModel } {
    const cached = foldModelCache.get(fold);
    if (cached) return cached;
    const options = CONFIG.sentimentStack;
    const inFold = (r: LabelledText): boolean => stackFoldOf(r.text) === fold;
    const foldSources = allSentimentSources.map((source) => ({ ...source, rows: source.rows.filter((r) => !inFold(r)) }));
    // The stackers' plain opinion (the shared plain model's sources unless ownPlain is on).
    const plain = ctx.trainSoftmax(`sentiment fold ${fold}`, stackerPlainSources.map((source) => ({ ...source, rows: source.rows.filter((r) => !inFold(r)) })), MODEL_CLASSES.sentiment, { ...stackerPlainOptions, seeds: options.foldSeeds }, CONFIG.bias.sentiment);
    const foldTone = tone ? ctx.trainSoftmax(`sentimentTone fold ${fold}`, foldSources, MODEL_CLASSES.sentiment, { ...toneOptions, seeds: options.foldSeeds }, CONFIG.bias.sentiment) : undefined;
    const shared = sharedForInbox ? ctx.trainSoftmax(`sentiment (shared) fold ${fold}`, plainSources.map((source) => ({ ...source, rows: source.rows.filter((r) => !inFold(r)) })), MODEL_CLASSES.sentiment, { ...CONFIG.sentiment, seeds: options.foldSeeds }, CONFIG.bias.sentiment) : plain;
    const models = { plain, shared, tone: foldTone };
    foldModelCache.set(fold, models);
    return models;
  }
  /**
   * The stacker's training rows: every sentiment row (and the fresh rows when they are a stacker
   * source) read by fold models that did not learn it. `withInbox`: the rows carry the inbox opinion
   * and the domain share; without, they are the round-nine rows (fresh rows left out when `mixture`).
   */
  function trainSentimentStacker(withInbox: boolean, withFresh: boolean): Stacker | undefined {
    const options = CONFIG.sentimentStack;
    if (options.hidden <= 0) return undefined;
    const sources = [...sentimentSources, corpusSource, ...(withFresh && CONFIG.freshInbox.stacker > 0 ? freshAll : [])];
    const foldOfText = stackFoldOf;
    const examples: StackExample[] = [];
    const exampleFolds: number[] = [];
    const exampleTexts: string[] = [];
    const smsaTexts = new Set(smsa.map((r) => r.text));
    const calibration: Array<{ example: StackExample; text: string }> = [];
    const rows = sources.flatMap((source) => source.rows.map((r) => ({ ...r, weight: source.weight })));
    const perClass = classWeights(rows.map((r) => r.label), rows.map((r) => r.weight), CONFIG.sentiment.classPower);
    for (let fold = 0; fold < options.folds; fold += 1) {
      const inFold = (r: LabelledText): boolean => foldOfText(r.text) === fold;
      const { plain: ownFoldModel, shared: sharedFoldModel, tone: foldTone } = stackFoldModels(fold);
      const foldModel = withInbox ? sharedFoldModel : ownFoldModel;
      for (const r of rows) {
        if (!inFold(r)) continue;
        const example = { inputs: stackInputsOf(r.text, foldModel, foldTone, withInbox ? inboxFolds[fold] : undefined, withInbox ? domainFolds[fold] : undefined), target: MODEL_CLASSES.sentiment.indexOf(r.label as never), weight: r.weight * (perClass.get(r.label) ?? 1) };
        examples.push(example);
        exampleFolds.push(fold);
        exampleTexts.push(r.text);
        if (smsaTexts.has(r.text) && r.weight === W.smsa) calibration.push({ example, text: r.text });
      }
    }
    const trained = trainStacker(examples, MODEL_CLASSES.sentiment, { ...options, inputs: withInbox ? STACK_INPUTS : STACK_INPUTS_WITHOUT_INBOX });
    // --cv N (with --experiment): the stacker cross-validated on its own rows over N seeds, scored on
    // the SmSA TRAIN rows (src/analysis/training/stacker-cv.ts); the round-nine stacker only, which
    // is what a review-like SmSA text reads. calibrate 2 takes its offsets from those out-of-fold
    // readings (calibrateSeeds seeds); the inbox stacker keeps none (inbox texts are not SmSA's).
    const cvSeedCount = Math.max(cvSeeds, options.calibrate === 2 ? options.calibrateSeeds : 0);
    if (cvSeedCount > 0 && !withInbox) {
      const scoredExamples = new Set(calibration.map((c) => c.example));
      const cvRows: Array<CrossValidationRow & { text: string }> = [];
      for (const [i, example] of examples.entries()) cvRows.push({ example, fold: exampleFolds[i] ?? 0, scored: scoredExamples.has(example), text: exampleTexts[i] ?? '' });
      const seeds = Array.from({ length: cvSeedCount }, (_, k) => options.seed + k);
      const cv = crossValidateStacker(cvRows, MODEL_CLASSES.sentiment, { ...options, inputs: STACK_INPUTS_WITHOUT_INBOX }, seeds, (p, i) => decideSentiment(p, cuesByText.get(cvRows[i]?.text ?? '')?.cues).label);
      console.log(`SmSA train CV (stacker, ${seeds.length} seeds): ${cv.mean.toFixed(4)} [${cv.perSeed.map((f) => f.toFixed(4)).join(', ')}]`);
      // Per-class offsets chosen on these out-of-fold SmSA TRAIN readings (never valid).
      const cvDecide = (shifted: Float64Array, k: number): string => decideSentiment(shifted, cuesByText.get(cvRows[cv.outOfFold[k]?.row ?? 0]?.text ?? '')?.cues).label;
      const found = searchOffsets(cv.outOfFold, 3, SENTIMENT_LABELS, cvDecide, { free: [1, 2], ...CONFIG.calibration });
      console.log(`SmSA train CV offsets (seed-mean readings): ${JSON.stringify(found.offsets)} ${found.before.toFixed(4)} -> ${found.after.toFixed(4)}`);
      if (options.calibrate === 2) {
        found.offsets.forEach((offset, c) => {
          trained.output.bias[c] = (trained.output.bias[c] ?? 0) + offset;
        });
        log(`sentiment stacker offsets ${JSON.stringify(found.offsets)} from its cross-validated SmSA train readings`);
      }
    }
    if (options.calibrate === 1) {
      // Offsets for neutral and negative, chosen on the out-of-fold SmSA TRAIN readings (never valid).
      const out = new Float64Array(8);
      const calibrationRows: CalibrationRow[] = calibration.map(({ example }) => ({ probabilities: stackerInto({ hidden: quantizeModel(trained.hidden), output: quantizeModel(trained.output) }, example.inputs, out).slice(0, 3), gold: MODEL_CLASSES.sentiment[example.target] ?? 'neutral' }));
      const cuesOf = calibration.map(({ text }) => cuesByText.get(text)?.cues);
      const found = searchOffsets(calibrationRows, 3, SENTIMENT_LABELS, (shifted, i) => decideSentiment(shifted, cuesOf[i]).label, { free: [1, 2], ...CONFIG.calibration });
      found.offsets.forEach((offset, c) => {
        trained.output.bias[c] = (trained.output.bias[c] ?? 0) + offset;
      });
      log(`sentiment stacker offsets ${JSON.stringify(found.offsets)} on ${calibrationRows.length} out-of-fold SmSA train rows: macro-F1 ${found.before.toFixed(4)} -> ${found.after.toFixed(4)}`);
    }
    log(`trained the sentiment stacker${withInbox ? ' (inbox)' : ''} on ${examples.length} out-of-fold readings (${options.hidden} hidden units)`);
    return { hidden: quantizeModel(trained.hidden), output: quantizeModel(trained.output) };
  }
  // mixture 1 (round ten): two stackers, the round-nine one (no fresh rows, no inbox inputs) and an
  // inbox one (fresh rows, inbox opinion, domain share), mixed by the domain share: a review-like
  // text gets the first's reading, an inbox message the second's.
  const mixture = inboxModel !== undefined && domainModel !== undefined && INBOX.mixture > 0;
  const sentimentStacker = trainSentimentStacker(inboxModel !== undefined && !mixture, !mixture);
  const inboxStacker = mixture ? trainSentimentStacker(true, true) : undefined;
  const stackedOut = new Float64Array(8);
  const finalSentiment = (text: string, sentimentModel: LinearModel = sentiment, toneModel: LinearModel | undefined = tone, mixed = true): Float64Array => {
    if (!sentimentStacker) return probabilities(toneModel && TONE.toneFirst ? toneModel : sentimentModel, vectorOf(text, SENTIMENT_SCALE, sentimentScratch));
    // Callers pass the plain model (or a cross-fitted twin); the stackers read their own plain opinion's matching twin.
    const inputs = stackInputsOf(text, stackerPlainTwin(sentimentModel), toneModel, inboxFor(text), domainFor(text));
    const base = stackerInto(sentimentStacker, inputs, stackedOut).slice(0, 3);
    if (!inboxStacker || !mixed) return base;
    const inboxInputs = sharedForInbox ? stackInputsOf(text, sentimentModel, toneModel, inboxFor(text), domainFor(text)) : inputs;
    return mixByShare(base, stackerInto(inboxStacker, inboxInputs, stackedOut), inputs[INBOX_SHARE_SLOT] ?? 0).slice(0, 3);
  };
  return { sentimentStacker, inboxStacker, finalSentiment };
}
