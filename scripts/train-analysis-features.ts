// The lexicon and the feature context of scripts/train-analysis.ts: every training text's hashed
// features, rule findings and sentiment cues, computed once; the IDF table; the vectors the models
// read; and the softmax trainer every stage shares (one log, one scratch vector, as analyze() reads).
import { extractFeatures, featureArray } from '../src/analysis/features/extract.js';
import { compactVector, createVector, vectorize, type FeatureVector, type IdfTable } from '../src/analysis/features/vector.js';
import { quantizeIdf, quantizeModel } from '../src/analysis/model/format.js';
import { probabilitiesInto, type LinearModel } from '../src/analysis/model/linear.js';
import { prepareText, withoutCharGrams } from '../src/analysis/pipeline.js';
import { buildVocabulary, type LexiconFile } from '../src/analysis/resources.js';
import type { SentimentCues } from '../src/analysis/decide.js';
import { allReasons, detectRules, type RuleFindings } from '../src/analysis/rules/detect.js';
import { onlyNegatedNegatives } from '../src/analysis/rules/negation-cue.js';
import { COMPLAINT_FACTS } from '../src/analysis/text/polarity-words.js';
import type { CorpusMessage } from '../src/analysis/training/corpus.js';
import type { LabelledText } from '../src/analysis/training/datasets.js';
import { classWeights, computeIdf } from '../src/analysis/training/examples.js';
import { buildLexicon, countWords } from '../src/analysis/training/lexicon-build.js';
import { averageModels, trainLinear, type TrainingExample, type TrainingOptions } from '../src/analysis/training/trainer.js';
import { viewOf, type FeatureView } from '../src/analysis/training/views.js';
import { nbFeatureScale, type NbScaleOptions } from '../src/analysis/training/nb-scale.js';
import { detectLanguage } from '../src/analysis/language.js';
import type { Language } from '../src/analysis/types.js';
import { wordCount } from '../src/analysis/model/stacker.js';
import { CONFIG } from './train-analysis-config.js';
import type { Log, TrainingData } from './train-analysis-data.js';

export interface TextFeatures {
  hashes: number[];
  wordLevel: number;
  words: number;
  language: Language;
}

export type Extend = (text: string, vector: FeatureVector) => void;

export interface Source {
  rows: readonly LabelledText[];
  weight: number;
  /** Extra features after the base vector (stacked probabilities, rule reasons). */
  extend?: Extend;
  /** Drop character n-grams (what the intent and urgency models see). */
  wordLevelOnly?: boolean;
  /** Weight of the character n-grams (see CONFIG.settings). */
  charScale?: number;
}

export type SoftmaxOptions = Omit<TrainingOptions, 'name' | 'kind' | 'classes'> & { classPower: number; seeds?: number; views?: Partial<Record<FeatureView, number>>; nb?: NbScaleOptions };

export interface FeatureContext {
  log: Log;
  lexicon: LexiconFile;
  vocabulary: ReturnType<typeof buildVocabulary>;
  idf: IdfTable;
  featuresOf: (text: string) => TextFeatures;
  reasonsByText: ReadonlyMap<string, string[]>;
  cuesByText: ReadonlyMap<string, { findings: RuleFindings; cues: SentimentCues }>;
  /** The text's vector in `into` (the shared scratch vector by default; overwritten by the next call). */
  vectorOf: (text: string, charScale: number, into?: FeatureVector) => FeatureVector;
  withExtras: (text: string, extend?: Extend, wordLevelOnly?: boolean, view?: FeatureView, charScale?: number) => FeatureVector;
  trainSoftmax: (name: string, sources: readonly Source[], classes: readonly string[], options: SoftmaxOptions, offsets?: readonly number[]) => LinearModel;
  /** The model's class probabilities (a fresh array). */
  probabilities: (model: LinearModel, vector: FeatureVector) => Float64Array;
  sentimentScale: number;
  emotionScale: number;
}

export function buildFeatureContext(data: TrainingData, log: Log): FeatureContext {
  const { smsa, nusaxEn, emot, goEmotions, corpus, goSentiment, goEmotion } = data;
  // ---- lexicon and features ----------------------------------------------------------------
  const isEnglish = (m: CorpusMessage): boolean => m.lang === 'en';
  const idCounts = countWords([...smsa, ...emot].map((r) => r.text).concat(corpus.filter((m) => m.lang === 'id').map((m) => m.text)));
  const enCounts = countWords([...goEmotions, ...nusaxEn].map((r) => r.text).concat(corpus.filter(isEnglish).map((m) => m.text)));
  const lists = buildLexicon(idCounts, enCounts, CONFIG.lexicon.minCount, CONFIG.lexicon.ratio);
  const lexicon: LexiconFile = { version: 1, ...lists };
  const vocabulary = buildVocabulary(lists);
  log(`lexicon: ${lists.id.length} id, ${lists.en.length} en, ${lists.shared.length} shared words`);

  const featuresByText = new Map<string, TextFeatures>();
  const reasonsByText = new Map<string, string[]>();
  const cuesByText = new Map<string, { findings: RuleFindings; cues: SentimentCues }>();
  const featuresOf = (text: string): TextFeatures => {
    let features = featuresByText.get(text);
    if (!features) {
      const { tokens, ruleText } = prepareText(text, vocabulary);
      const list = extractFeatures(tokens);
      features = { hashes: featureArray(list), wordLevel: list.wordLevel, words: wordCount(tokens), language: detectLanguage(tokens) };
      featuresByText.set(text, features);
      const findings = detectRules(ruleText);
      reasonsByText.set(text, allReasons(findings));
      // The same cues analyze() computes (see analyze.ts).
      const complaintFact = findings.complaint.some((r) => COMPLAINT_FACTS.has(r)) || findings.urgent.length > 0;
      cuesByText.set(text, { findings, cues: { sarcasm: findings.sarcasm, complaintFact, negatedNegativesOnly: findings.urgent.length === 0 && onlyNegatedNegatives(tokens) } });
    }
    return features;
  };
  const allTexts = [smsa, nusaxEn, goSentiment, emot, goEmotion, corpus].flatMap((set) => set.map((r) => r.text));
  for (const text of allTexts) featuresOf(text);
  const idf: IdfTable = quantizeIdf(computeIdf([...featuresByText.values()].map((f) => f.hashes)));
  log(`features for ${featuresByText.size} distinct texts`);

  const scratch = createVector();
  const vectorOf = (text: string, charScale: number, into = scratch): FeatureVector => {
    const features = featuresOf(text);
    return vectorize(features.hashes, idf, into, features.wordLevel, charScale);
  };
  const baseOf = (text: string, charScale = 1): FeatureVector => compactVector(vectorOf(text, charScale));

  // ---- training helpers ---------------------------------------------------------------------
  function withExtras(text: string, extend?: Extend, wordLevelOnly = false, view: FeatureView = 'full', charScale = 1): FeatureVector {
    if (view !== 'full') {
      const features = featuresOf(text);
      vectorOf(text, charScale);
      const baseLength = scratch.length;
      extend?.(text, scratch);
      return viewOf(scratch, view, features.wordLevel, baseLength);
    }
    if (!extend) return baseOf(text, charScale);
    const features = featuresOf(text);
    vectorOf(text, charScale);
    const baseLength = scratch.length;
    extend(text, scratch);
    return wordLevelOnly ? withoutCharGrams(scratch, features.wordLevel, baseLength) : compactVector(scratch);
  }

  function trainSoftmax(name: string, sources: readonly Source[], classes: readonly string[], options: SoftmaxOptions, offsets: readonly number[] = []): LinearModel {
    const rows = sources.filter((s) => s.weight > 0).flatMap((s) => s.rows.map((r) => ({ ...r, weight: s.weight, extend: s.extend, wordLevelOnly: s.wordLevelOnly, charScale: s.charScale })));
    const perClass = classWeights(rows.map((r) => r.label), rows.map((r) => r.weight), options.classPower);
    const views = Object.entries(options.views ?? { full: 1 }).filter(([, share]) => share > 0) as Array<[FeatureView, number]>;
    const seeds = Array.from({ length: options.seeds ?? 1 }, (_, i) => options.seed + i * 1000);
    const models: LinearModel[] = [];
    const shares: number[] = [];
    for (const [view, share] of views) {
      const examples: TrainingExample[] = rows.map((r) => ({ vector: withExtras(r.text, r.extend, r.wordLevelOnly, view, r.charScale), target: classes.indexOf(r.label), weight: r.weight * (perClass.get(r.label) ?? 1) }));
      if (examples.some((e) => e.target === -1)) throw new Error(`${name}: a label outside ${classes.join(', ')}`);
      const featureScale = options.nb && options.nb.mix > 0 ? nbFeatureScale(examples, classes.length, options.bits, options.nb) : undefined;
      for (const seed of seeds) {
        models.push(trainLinear(examples, { ...options, seed, name, kind: 'softmax', classes, featureScale }));
        shares.push(share);
      }
    }
    const model = averageModels(models, shares);
    log(`trained ${name} on ${rows.length} examples${models.length > 1 ? ` (weighted mean of ${models.length} models: ${views.map(([v, s]) => `${v} ${s}`).join(', ')})` : ''}`);
    offsets.forEach((offset, c) => {
      model.bias[c] = (model.bias[c] ?? 0) + offset;
    });
    return quantizeModel(model);
  }

  const out = new Float64Array(8);
  function probabilities(model: LinearModel, vector: FeatureVector): Float64Array {
    probabilitiesInto(model, vector, out);
    return out.slice(0, model.classes.length);
  }

  return {
    log,
    lexicon,
    vocabulary,
    idf,
    featuresOf,
    reasonsByText,
    cuesByText,
    vectorOf,
    withExtras,
    trainSoftmax,
    probabilities,
    sentimentScale: CONFIG.settings['charScale.sentiment'],
    emotionScale: CONFIG.settings['charScale.emotion'],
  };
}
