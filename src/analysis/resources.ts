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

/**
 * Round thirteen: the stackers' own plain sentiment model (GoEmotions left out: the stacker reads SmSA
 * better without it), fused into the text group after the tone model. Only the stackers read it; intent,
 * urgency and the emotion decision keep the plain model. Optional: without it the stackers read `sentiment`.
 */
export const SENTIMENT_STACKER_PLAIN = 'sentimentStackerPlain';

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
  /** Round thirteen: the stackers' own plain model, fused into the text group after the tone model. */
  sentimentStackerPlain?: LinearModel;
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
  /** An optional model of the bundle (older weights lack it), checked for its classes when present. */
  const optional = (name: string, classes: readonly string[]): LinearModel | undefined => {
    const found = bundle.models.get(name);
    if (found && found.classes.join() !== classes.join()) throw new Error(`analysis weights: model "${name}" has classes ${found.classes.join()}`);
    return found;
  };
  const urgencyHead = optional(URGENCY_HEAD, URGENCY_HEAD_CLASSES);
  const tone = optional(SENTIMENT_TONE, SENTIMENT_LABELS);
  const inbox = optional(SENTIMENT_INBOX, SENTIMENT_LABELS);
  const domain = optional(SENTIMENT_DOMAIN, DOMAIN_CLASSES);
  const stackerPlain = optional(SENTIMENT_STACKER_PLAIN, SENTIMENT_LABELS);
  const textModels = [models.sentiment, ...(tone ? [tone] : []), ...(stackerPlain ? [stackerPlain] : []), ...(inbox ? [inbox] : []), ...(domain ? [domain] : []), models.emotion, ...(urgencyHead ? [urgencyHead] : [])];
  return {
    idf: bundle.idf,
    models,
    urgencyHead,
    sentimentTone: tone,
    sentimentStackerPlain: stackerPlain,
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
