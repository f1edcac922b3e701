// The first-stage sentiment models of scripts/train-analysis.ts: the plain model (which intent and
// urgency stack), the tone model (which the emotion model and the stacker read), their
// cross-fitted twins, and the sources they learn from (the stacker's rows are the same sources).
import { createVector, type FeatureVector } from '../src/analysis/features/vector.js';
import type { LinearModel } from '../src/analysis/model/linear.js';
import { appendStacked } from '../src/analysis/pipeline.js';
import { MODEL_CLASSES } from '../src/analysis/resources.js';
import { cueAppender } from '../src/analysis/sentiment-cues.js';
import type { LabelledText } from '../src/analysis/training/datasets.js';
import { CONFIG } from './train-analysis-config.js';
import type { TrainingData } from './train-analysis-data.js';
import type { Extend, FeatureContext, SoftmaxOptions, Source } from './train-analysis-features.js';
import { crossFitted, freshSentimentBatches, freshSentimentRows, priorMatched } from './fresh-inbox-sentiment.js';

export interface SentimentStage {
  /** SmSA, NusaX English and the GoEmotions sentiment half, with their source weights. */
  sentimentSources: Source[];
  /** The team corpus' sentiment labels. */
  corpusSource: Source;
  /** The fresh writers' inbox batches (empty when their weight is 0). */
  freshAll: Source[];
  /** What the plain model learns. */
  plainSources: Source[];
  /** What the stackers' plain opinion learns (plainSources unless CONFIG.sentimentStack.ownPlain is on). */
  stackerPlainSources: Source[];
  /** The stackers' plain opinion (round thirteen): `sentiment` itself unless ownPlain is on. */
  stackerPlain: LinearModel;
  /** The stackers' plain opinion cross-fitted like the given plain model (its twin without the corpus, …). */
  stackerPlainTwin: (plainModel: LinearModel) => LinearModel;
  /** The training options of the stackers' plain opinion (its fold models use them too). */
  stackerPlainOptions: SoftmaxOptions;
  /** What the tone model learns. */
  allSentimentSources: Source[];
  corpusTexts: ReadonlySet<string>;
  corpusAs: (field: 'sentiment' | 'emotion') => LabelledText[];
  appendCues: ReturnType<typeof cueAppender>;
  /** Appends the sentiment cues of the text (what the sentiment models read beyond the words). */
  withCues: Extend;
  sentiment: LinearModel;
  sentimentWithoutCorpus: LinearModel;
  /** The plain model that did not learn `text`. */
  sentimentFor: (text: string) => LinearModel;
  /** The vector the sentiment models read (shared, overwritten by every reading). */
  sentimentScratch: FeatureVector;
  /** Appends the plain model's cross-fitted probabilities (what intent and urgency stack). */
  stackSentiment: Extend;
  tone: LinearModel | undefined;
  toneWithoutCorpus: LinearModel | undefined;
  toneOptions: SoftmaxOptions;
  /** The tone model that did not learn `text` (the plain one's when there is no tone model). */
  toneFor: (text: string) => LinearModel;
  /** Appends the tone model's cross-fitted probabilities (what the emotion model stacks). */
  stackTone: Extend;
}

export function trainSentimentStage(data: TrainingData, ctx: FeatureContext): SentimentStage {
  const { smsa, nusaxEn, corpus, goSentiment } = data;
  const { cuesByText, vectorOf, trainSoftmax, probabilities, sentimentScale: SENTIMENT_SCALE } = ctx;
  const W = CONFIG.sourceWeight;
  const appendCues = cueAppender(CONFIG.settings.sentimentCueWeight);
  const withCues = (text: string, vector: FeatureVector): void => {
    const found = cuesByText.get(text);
    if (found) appendCues(vector, found.findings, found.cues);
  };
  const corpusAs = (field: 'sentiment' | 'emotion'): LabelledText[] => corpus.map((m) => ({ text: m.text, label: m[field] }));
  const sentimentSources: Source[] = [
    { rows: smsa, weight: W.smsa, extend: withCues, charScale: SENTIMENT_SCALE },
    { rows: nusaxEn, weight: W.nusaxEn, extend: withCues, charScale: SENTIMENT_SCALE },
    { rows: goSentiment, weight: W.goEmotionsSentiment, extend: withCues, charScale: SENTIMENT_SCALE },
  ];
  const corpusTexts = new Set(corpus.map((m) => m.text));
  // Round nine (senti4): the fresh writers' inbox batches (scripts/fresh-inbox-sentiment.ts), weight 0: off.
  const freshRows = W.freshInbox > 0 ? freshSentimentRows(freshSentimentBatches(CONFIG.freshInbox.batches), corpusTexts, CONFIG.freshInbox.withoutHigh > 0) : [];
  const referenceRows = [...sentimentSources, { rows: corpusAs('sentiment'), weight: W.corpus }].flatMap((source) => source.rows.map((r) => ({ label: r.label, weight: source.weight })));
  const freshParts = CONFIG.freshInbox.priorMatched > 0 ? priorMatched(freshRows, W.freshInbox, referenceRows) : [{ rows: freshRows, weight: W.freshInbox }];
  const freshAll: Source[] = freshRows.length > 0 ? freshParts.map((part) => ({ ...part, extend: withCues, charScale: SENTIMENT_SCALE })) : [];
  // firstStage 0 / stacker 0: only the stacker / only the first-stage models learn from them.
  const freshSources = CONFIG.freshInbox.firstStage > 0 ? freshAll : [];
  // plain 0: only the tone model learns from them (intent and urgency stack the plain model).
  const plainFresh = CONFIG.freshInbox.plain > 0 ? freshSources : [];
  const freshTexts = new Set(freshAll.length > 0 ? freshRows.map((r) => r.text) : []);
  const corpusSource: Source = { rows: corpusAs('sentiment'), weight: W.corpus, extend: withCues, charScale: SENTIMENT_SCALE };
  // goEmotionsPlain (round twelve): the GoEmotions weight in the plain model and its twins alone (the
  // tone model, which emotion reads, the stacker's rows and the domain model keep goEmotionsSentiment).
  const plainSentimentSources: Source[] = sentimentSources.map((source) => (source.rows === goSentiment ? { ...source, weight: W.goEmotionsPlain } : source));
  const plainSources: Source[] = [...plainSentimentSources, corpusSource, ...plainFresh];
  const sentiment = trainSoftmax('sentiment', plainSources, MODEL_CLASSES.sentiment, CONFIG.sentiment, CONFIG.bias.sentiment);
  // Cross-fitting: a second model that has not seen the corpus supplies the stacked
  // sentiment for corpus examples, so later models do not learn to over-trust it; likewise a
  // model without the fresh batches for their rows (the urgency head and urgency model train on them).
  const sentimentWithoutCorpus = trainSoftmax('sentiment-without-corpus', [...plainSentimentSources, ...plainFresh], MODEL_CLASSES.sentiment, CONFIG.sentiment, CONFIG.bias.sentiment);
  const sentimentWithoutFresh = plainFresh.length > 0 ? trainSoftmax('sentiment-without-fresh', [...plainSentimentSources, corpusSource], MODEL_CLASSES.sentiment, CONFIG.sentiment, CONFIG.bias.sentiment) : sentiment;
  const sentimentFor = crossFitted({ full: sentiment, withoutCorpus: sentimentWithoutCorpus, withoutFresh: sentimentWithoutFresh }, corpusTexts, freshTexts);
  const sentimentScratch = createVector();
  const stackSentiment = (text: string, vector: FeatureVector): void => {
    const model = sentimentFor(text);
    // The cues are features of the sentiment label only: the later models see the sentiment
    // probabilities without them (with them the intent model lost 0.01 on the corpus test split:
    // it reads the same rules as reasons already).
    // The sentiment model reads its own vector (its charScale), as in analyze().
    appendStacked(vector, 'sentiment', MODEL_CLASSES.sentiment, probabilities(model, vectorOf(text, SENTIMENT_SCALE, sentimentScratch)), CONFIG.settings.stackWeight);
  };
  // Round nine: the tone model, an NB-scaled twin of the sentiment model (CONFIG.sentimentTone).
  // The emotion model and the stacker read it; intent and urgency keep stacking the plain model
  // above, so their features do not change. nbMix 0: no tone model, everything reads `sentiment`.
  const TONE = CONFIG.sentimentTone;
  const toneOptions = { ...CONFIG.sentiment, nb: { mix: TONE.nbMix, alpha: CONFIG.sentiment.nb.alpha }, seed: TONE.seed, seeds: TONE.seeds };
  const allSentimentSources: Source[] = [...sentimentSources, corpusSource, ...freshSources];
  const tone = TONE.nbMix > 0 ? trainSoftmax('sentimentTone', allSentimentSources, MODEL_CLASSES.sentiment, toneOptions, CONFIG.bias.sentiment) : undefined;
  const toneWithoutCorpus = TONE.nbMix > 0 ? trainSoftmax('sentimentTone-without-corpus', [...sentimentSources, ...freshSources], MODEL_CLASSES.sentiment, toneOptions, CONFIG.bias.sentiment) : undefined;
  const toneWithoutFresh = TONE.nbMix > 0 && freshSources.length > 0 ? trainSoftmax('sentimentTone-without-fresh', [...sentimentSources, corpusSource], MODEL_CLASSES.sentiment, toneOptions, CONFIG.bias.sentiment) : tone;
  const toneFor = (tone && toneWithoutCorpus && toneWithoutFresh) ? crossFitted({ full: tone, withoutCorpus: toneWithoutCorpus, withoutFresh: toneWithoutFresh }, corpusTexts, freshTexts) : sentimentFor;
  // Round thirteen (smsa3): the stackers' own plain model, GoEmotions at ownPlain.goEmotions (smsa2 found
  // the stacker does better on SmSA without it, while intent and long texts need the shared plain model
  // as it is). Twins cross-fitted like the plain ones, so the urgency stage's readings stay out-of-sample.
  const OWN_PLAIN = CONFIG.sentimentStack.ownPlain;
  const stackerPlainBase = OWN_PLAIN.on > 0 ? sentimentSources.map((source) => (source.rows === goSentiment ? { ...source, weight: OWN_PLAIN.goEmotions } : source)) : plainSentimentSources;
  const stackerPlainSources: Source[] = OWN_PLAIN.on > 0 ? [...stackerPlainBase, corpusSource, ...plainFresh] : plainSources;
  const stackerPlainOptions = { ...CONFIG.sentiment, seed: OWN_PLAIN.on > 0 ? OWN_PLAIN.seed : CONFIG.sentiment.seed };
  const twins = new Map<LinearModel, LinearModel>();
  if (OWN_PLAIN.on > 0) {
    twins.set(sentiment, trainSoftmax('sentimentStackerPlain', stackerPlainSources, MODEL_CLASSES.sentiment, stackerPlainOptions, CONFIG.bias.sentiment));
    twins.set(sentimentWithoutCorpus, trainSoftmax('sentimentStackerPlain-without-corpus', [...stackerPlainBase, ...plainFresh], MODEL_CLASSES.sentiment, stackerPlainOptions, CONFIG.bias.sentiment));
    if (sentimentWithoutFresh !== sentiment) twins.set(sentimentWithoutFresh, trainSoftmax('sentimentStackerPlain-without-fresh', [...stackerPlainBase, corpusSource], MODEL_CLASSES.sentiment, stackerPlainOptions, CONFIG.bias.sentiment));
  }
  const stackerPlainTwin = (plainModel: LinearModel): LinearModel => twins.get(plainModel) ?? plainModel;
  const stackTone = (text: string, vector: FeatureVector): void => {
    const model = toneFor(text);
    appendStacked(vector, 'sentiment', MODEL_CLASSES.sentiment, probabilities(model, vectorOf(text, SENTIMENT_SCALE, sentimentScratch)), CONFIG.settings.stackWeight);
  };
  return {
    sentimentSources,
    corpusSource,
    freshAll,
    plainSources,
    stackerPlainSources,
    stackerPlain: stackerPlainTwin(sentiment),
    stackerPlainTwin,
    stackerPlainOptions,
    allSentimentSources,
    corpusTexts,
    corpusAs,
    appendCues,
    withCues,
    sentiment,
    sentimentWithoutCorpus,
    sentimentFor,
    sentimentScratch,
    stackSentiment,
    tone,
    toneWithoutCorpus,
    toneOptions,
    toneFor,
    stackTone,
  };
}
