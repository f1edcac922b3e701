// The inbox opinion and the domain model of scripts/train-analysis.ts (round ten), each with the
// fold models that read the stacker's rows they learned.
//
// The inbox opinion: a first-stage sentiment model that learns only the fresh writers' inbox batches
// (and the corpus with CONFIG.inboxOpinion.corpus), read by the stacker as a third opinion: the inbox
// wording gets a voice without moving the plain and tone models that SmSA, NusaX and EmoT depend on.
// The stacker's rows are read by fold models that did not learn them (the stacker's folds), and so is
// any row of its own when a later model trains on the stacker's output (inboxFor).
import type { FeatureVector } from '../src/analysis/features/vector.js';
import type { LinearModel } from '../src/analysis/model/linear.js';
import { DOMAIN_CLASSES, MODEL_CLASSES, SENTIMENT_DOMAIN, SENTIMENT_INBOX } from '../src/analysis/resources.js';
import { hashString } from '../src/analysis/features/hash.js';
import type { LabelledText } from '../src/analysis/training/datasets.js';
import { CONFIG } from './train-analysis-config.js';
import type { FeatureContext } from './train-analysis-features.js';
import type { SentimentStage } from './train-analysis-sentiment.js';
import { freshSentimentBatches, freshSentimentRows } from './fresh-inbox-sentiment.js';

export interface InboxStage {
  /** The stacker's fold of a text (a hash of the text, so a text repeated across sources stays in one fold). */
  stackFoldOf: (text: string) => number;
  inboxModel: LinearModel | undefined;
  inboxFolds: LinearModel[];
  /** The inbox model reads the word-level part of the sentiment vector only. */
  inboxWordLevel: boolean;
  /** The inbox model that did not learn `text` (a fold model for its own rows). */
  inboxFor: (text: string) => LinearModel | undefined;
  domainModel: LinearModel | undefined;
  domainFolds: LinearModel[];
  /** The domain model that did not learn `text`. */
  domainFor: (text: string) => LinearModel | undefined;
  /** The inbox model's vector: the sentiment vector, or its word-level part (wordLevel 1). */
  inboxVector: (text: string) => FeatureVector;
}

export function trainInboxStage(ctx: FeatureContext, stage: SentimentStage): InboxStage {
  const { withExtras, trainSoftmax, sentimentScale: SENTIMENT_SCALE } = ctx;
  const { corpusTexts, corpusAs, withCues, sentimentSources } = stage;
  const INBOX = CONFIG.inboxOpinion;
  const inboxRows = INBOX.on > 0 ? [...freshSentimentRows(freshSentimentBatches(CONFIG.freshInbox.batches), corpusTexts), ...(INBOX.corpus > 0 ? corpusAs('sentiment') : [])] : [];
  const inboxWordLevel = INBOX.wordLevel > 0;
  const inboxOptions = { ...CONFIG.sentiment, bits: INBOX.bits, epochs: INBOX.epochs, learningRate: INBOX.learningRate, l2: INBOX.l2, classPower: INBOX.classPower, seed: INBOX.seed, seeds: 1, views: { full: 1 }, nb: { mix: INBOX.nbMix, alpha: CONFIG.sentiment.nb.alpha } };
  const trainInbox = (name: string, rows: readonly LabelledText[]): LinearModel => trainSoftmax(name, [{ rows, weight: 1, extend: withCues, charScale: SENTIMENT_SCALE, wordLevelOnly: inboxWordLevel }], MODEL_CLASSES.sentiment, inboxOptions);
  const stackFoldOf = (text: string): number => hashString(text, 0x2f6b3c11) % CONFIG.sentimentStack.folds;
  const inboxModel = inboxRows.length > 0 ? trainInbox(SENTIMENT_INBOX, inboxRows) : undefined;
  const inboxFolds = inboxModel ? Array.from({ length: CONFIG.sentimentStack.folds }, (_, fold) => trainInbox(`sentimentInbox fold ${fold}`, inboxRows.filter((r) => stackFoldOf(r.text) !== fold))) : [];
  const inboxTexts = new Set(inboxRows.map((r) => r.text));
  const inboxFor = (text: string): LinearModel | undefined => (inboxModel && inboxTexts.has(text) ? inboxFolds[stackFoldOf(text)] : inboxModel);
  // The domain model: inbox (fresh batches, corpus) against other (reviews, tweets, Reddit), cross-fitted the same way.
  // domainWeighted 1: the other side's rows carry their sentiment source weights (SmSA 2.5, NusaX
  // English 2, GoEmotions 0.2), so English reviews are not drowned by Reddit comments.
  const domainRows = ((): Array<LabelledText & { weight: number }> => {
    if (!inboxModel || INBOX.domain <= 0) return [];
    const byText = new Map<string, { label: string; weight: number }>();
    const inboxSide = [...inboxRows, ...(INBOX.domainCorpus > 0 ? corpusAs('sentiment') : [])];
    // domainFreshWeight (round fourteen, sent4): the fresh rows' weight on the inbox side, so that more
    // batches need not move the share every review-like text is read with (the corpus rows keep 1).
    const freshTexts = new Set(inboxRows.map((r) => r.text));
    for (const r of inboxSide) if (!byText.has(r.text)) byText.set(r.text, { label: 'inbox', weight: freshTexts.has(r.text) && INBOX.corpus <= 0 ? INBOX.domainFreshWeight : 1 });
    for (const source of sentimentSources) for (const r of source.rows) if (!byText.has(r.text)) byText.set(r.text, { label: 'other', weight: INBOX.domainWeighted > 0 ? source.weight : 1 });
    return [...byText].map(([text, row]) => ({ text, ...row }));
  })();
  const trainDomain = (name: string, rows: ReadonlyArray<LabelledText & { weight: number }>): LinearModel => {
    const weights = [...new Set(rows.map((r) => r.weight))].sort((a, b) => a - b);
    const sources = weights.map((weight) => ({ rows: rows.filter((r) => r.weight === weight), weight, extend: withCues, charScale: SENTIMENT_SCALE, wordLevelOnly: inboxWordLevel }));
    return trainSoftmax(name, sources, DOMAIN_CLASSES, inboxOptions);
  };
  const domainModel = domainRows.length > 0 ? trainDomain(SENTIMENT_DOMAIN, domainRows) : undefined;
  const domainFolds = domainModel ? Array.from({ length: CONFIG.sentimentStack.folds }, (_, fold) => trainDomain(`sentimentDomain fold ${fold}`, domainRows.filter((r) => stackFoldOf(r.text) !== fold))) : [];
  const domainTexts = new Set(domainRows.map((r) => r.text));
  const domainFor = (text: string): LinearModel | undefined => (domainModel && domainTexts.has(text) ? domainFolds[stackFoldOf(text)] : domainModel);
  const inboxVector = (text: string): FeatureVector => withExtras(text, withCues, inboxWordLevel, 'full', SENTIMENT_SCALE);
  return { stackFoldOf, inboxModel, inboxFolds, inboxWordLevel, inboxFor, domainModel, domainFolds, domainFor, inboxVector };
}
