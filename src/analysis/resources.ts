// The trained resources analyze() needs, built from the weights file and the word lists.
import { type IdfTable } from './features/vector.js';
import { decodeWeights } from './model/format.js';
import { fuseModels, type FusedModels } from './model/fused.js';
import { type LinearModel } from './model/linear.js';
import { INBOX_STACK_HIDDEN, INBOX_STACK_OUTPUT, stackerOf, type Stacker } from './model/stacker.js';
import { slangCanonicalWords, type LanguageHint } from './text/slang.js';
import { EMOTION_LABELS, INTENT_LABELS, SENTIMENT_LABELS, URGENCY_LABELS } from './types.js';

/** Class order of each model; decide.ts reads probabilities by these positions. */
export const MODEL_CLASSES = {
  sentiment: SENTIMENT_LABELS,
  emotion: [...EMOTION_LABELS, 'none'],
  intent: INTENT_LABELS,
  urgency: URGENCY_LABELS,
} as const;
export type ModelName = keyof typeof MODEL_CLASSES;

/**
 * The dedicated high-urgency head (round seven): a one-class sigmoid over every base feature,
 * character n-grams included (they survive slang and typos), plus the stacked sentiment and the
 * rule reasons. Optional, so older weights files still load (the urgency model then decides).
 */
export const URGENCY_HEAD = 'urgencyHigh';
export const URGENCY_HEAD_CLASSES = ['high'] as const;

/**
 * Round nine: the tone model, an NB-scaled twin of the sentiment model (sentiment classes). The
 * sentiment decision, the emotion model and the stacker read it; intent and urgency keep stacking
 * the plain sentiment model. Optional: without it everything reads `sentiment`, as before.
 */
export const SENTIMENT_TONE = 'sentimentTone';

/**
 * Round ten: the inbox opinion (a sentiment model of the fresh writers' inbox batches only) and the
 * domain model (how inbox-like a text is: classes inbox, other). The inbox stacker reads both; its
 * reading and the first stacker's are mixed by the domain share. Optional: older weights lack them.
 */
export const SENTIMENT_INBOX = 'sentimentInbox';
export const SENTIMENT_DOMAIN = 'sentimentDomain';
export const DOMAIN_CLASSES = ['inbox', 'other'] as const;

export interface LexiconFile {
  version: 1;
  /** Words that lean Indonesian, lean English, or are common to both (known, no vote). */
  id: string[];
  en: string[];
  shared: string[];
}

export interface Resources {
  idf: IdfTable;
  models: Record<ModelName, LinearModel>;
  /** The high-urgency head, fused into the text group (it reads the character n-grams). */
  urgencyHead?: LinearModel;
  /** The tone model (round nine), fused into the text group after the sentiment model. */
  sentimentTone?: LinearModel;
  /** Round ten: the inbox opinion and the domain model, fused into the text group after the tone model. */
  sentimentInbox?: LinearModel;
  sentimentDomain?: LinearModel;
  /** Round ten: the inbox stacker (mixed with sentimentStacker by the domain share). */
  inboxStacker?: Stacker;
  /** The second-stage sentiment model (round eight; model/stacker.ts), when the weights carry it. */
  sentimentStacker?: Stacker;
  /** Sentiment and emotion read every base feature; intent and urgency the word-level ones. */
  fusedText: FusedModels;
  fusedInbox: FusedModels;
  settings: Record<string, number>;
  vocabulary: ReadonlyMap<string, LanguageHint | undefined>;
}

/** Every known word, with the language it leans to (undefined for shared words). */
export function buildVocabulary(lists: Pick<LexiconFile, 'id' | 'en' | 'shared'>): Map<string, LanguageHint | undefined> {
  const vocabulary = new Map<string, LanguageHint | undefined>();
  for (const word of slangCanonicalWords()) vocabulary.set(word, undefined);
  for (const word of lists.shared) vocabulary.set(word, undefined);
  for (const word of lists.id) vocabulary.set(word, 'id');
  for (const word of lists.en) vocabulary.set(word, 'en');
  return vocabulary;
}

export function buildResources(weights: Uint8Array, lexicon: LexiconFile): Resources {
  const bundle = decodeWeights(weights);
  const model = (name: ModelName): LinearModel => {
    const found = bundle.models.get(name);
    if (!found) throw new Error(`analysis weights: model "${name}" is missing`);
    if (found.classes.join() !== MODEL_CLASSES[name].join()) throw new Error(`analysis weights: model "${name}" has classes ${found.classes.join()}`);
    return found;
  };
  const models = { sentiment: model('sentiment'), emotion: model('emotion'), intent: model('intent'), urgency: model('urgency') };
  const urgencyHead = bundle.models.get(URGENCY_HEAD);
  if (urgencyHead && urgencyHead.classes.join() !== URGENCY_HEAD_CLASSES.join()) throw new Error(`analysis weights: model "${URGENCY_HEAD}" has classes ${urgencyHead.classes.join()}`);
  const tone = bundle.models.get(SENTIMENT_TONE);
  if (tone && tone.classes.join() !== SENTIMENT_LABELS.join()) throw new Error(`analysis weights: model "${SENTIMENT_TONE}" has classes ${tone.classes.join()}`);
  const inbox = bundle.models.get(SENTIMENT_INBOX);
  if (inbox && inbox.classes.join() !== SENTIMENT_LABELS.join()) throw new Error(`analysis weights: model "${SENTIMENT_INBOX}" has classes ${inbox.classes.join()}`);
  const domain = bundle.models.get(SENTIMENT_DOMAIN);
  if (domain && domain.classes.join() !== DOMAIN_CLASSES.join()) throw new Error(`analysis weights: model "${SENTIMENT_DOMAIN}" has classes ${domain.classes.join()}`);
  const textModels = [models.sentiment, ...(tone ? [tone] : []), ...(inbox ? [inbox] : []), ...(domain ? [domain] : []), models.emotion, ...(urgencyHead ? [urgencyHead] : [])];
  return {
    idf: bundle.idf,
    models,
    urgencyHead,
    sentimentTone: tone,
    sentimentStacker: stackerOf(bundle.models),
    sentimentInbox: inbox,
    sentimentDomain: domain,
    inboxStacker: stackerOf(bundle.models, INBOX_STACK_HIDDEN, INBOX_STACK_OUTPUT),
    fusedText: fuseModels(textModels, bundle.idf),
    fusedInbox: fuseModels([models.intent, models.urgency]),
    settings: bundle.settings,
    vocabulary: buildVocabulary(lexicon),
  };
}
