// Turns model probabilities and rule findings into the public labels. Rules are precise
// but narrow; the models are broad but soft. A strong rule decides on its own, a model
// decides when it is confident, and each label carries the reasons that produced it.
import { type RuleFindings } from './rules/detect.js';
import { HIGH_URGENCY_REASONS, NEEDS_UNHAPPY_TONE } from './rules/urgency-rules.js';
import { EMOTION_LABELS, INTENT_LABELS, SENTIMENT_LABELS, type EmotionResult, type Intent, type SentimentLabel, type SentimentResult, type Urgency } from './types.js';

export interface Decision {
  intents: Intent[];
  urgency: Urgency;
  reasons: string[];
}

interface Thresholds {
  intent: readonly number[];
  praiseTone: number;
  urgencyHigh: number;
  urgencyHead: number;
  urgencyHeadMix: number;
  urgencyHeadNeedsReply: boolean;
  emotionNone: number;
  neutralNone: number;
}

// Read once per settings object: decide() runs on every message.
const thresholdCache = new WeakMap<Record<string, number>, Thresholds>();

function thresholdsOf(settings: Record<string, number>): Thresholds {
  let found = thresholdCache.get(settings);
  if (!found) {
    found = {
      intent: INTENT_LABELS.map((intent) => settings[`intentThreshold.${intent}`] ?? 0.5),
      praiseTone: settings.praiseToneThreshold ?? 0.9,
      urgencyHigh: settings.urgencyHighThreshold ?? 0.7,
      urgencyHead: settings.urgencyHeadThreshold ?? 0.5,
      urgencyHeadMix: settings.urgencyHeadMix ?? 0,
      urgencyHeadNeedsReply: (settings.urgencyHeadNeedsReply ?? 1) !== 0,
      emotionNone: settings.emotionNoneThreshold ?? 0.5,
      neutralNone: settings.neutralNoneThreshold ?? 1.01,
    };
    thresholdCache.set(settings, found);
  }
  return found;
}

export interface SentimentCues {
  sarcasm: boolean;
  /** A rule found a failed order or service as a plain fact ("the package never arrived"). */
  complaintFact: boolean;
  /** Every complaint word is negated and no praise word is ("nggak pernah kecewa"). */
  negatedNegativesOnly?: boolean;
}

const NO_CUES: SentimentCues = { sarcasm: false, complaintFact: false };

export function decideSentiment(probabilities: Float64Array, cues: SentimentCues = NO_CUES): SentimentResult {
  let positive = probabilities[0] ?? 0;
  let neutral = probabilities[1] ?? 0;
  let negative = probabilities[2] ?? 0;
  // Sarcasm praises a failure: the praise is the negative part.
  if (cues.sarcasm && positive > negative) [positive, negative] = [negative, positive];
  // A reported failure is not neutral, however flatly it is told.
  // Negated complaint words are praise: the model, trained on reviews, reads the complaint
  // words, and a complaint rule may have read "tidak ada yang rusak" as a damage report.
  if (cues.negatedNegativesOnly === true && !cues.sarcasm) {
    if (negative > positive && negative >= neutral) [positive, negative] = [negative, positive];
    else if (neutral > positive && neutral > negative) [positive, neutral] = [neutral, positive];
  } else if (cues.complaintFact && neutral > negative && neutral > positive) [neutral, negative] = [negative, neutral];
  const scores = { positive, neutral, negative };
  let label: SentimentLabel = 'positive';
  for (const name of SENTIMENT_LABELS) if (scores[name] > scores[label]) label = name;
  return { label, scores };
}

export interface EmotionContext {
  sarcasm: boolean;
  /** The sentiment model's neutral probability. */
  neutral: number;
  /** The text holds an emotion word or an emoji (team lists). */
  emotionCue: boolean;
  /**
   * A short message whose only complaint words are negated ("belum pernah ada keluhan"): the
   * emotion model reads "keluhan" as anger, the writer is content.
   */
  praiseByNegation?: boolean;
}

/** Messages up to this many words count as praise by negation for the emotion label. */
export const PRAISE_BY_NEGATION_MAX_WORDS = 12;

/**
 * The emotion model has a sixth class, `none`; the five emotion scores are renormalised.
 * A confidently neutral text without any emotion word or emoji is `none` too: the emotion
 * training data (tweets chosen for their emotion) has few plain statements. Sarcasm praises
 * in words what angers in fact: joy and love then count as anger. Praise by negation is the
 * mirror case: anger, fear and sadness then count as joy.
 */
export function decideEmotion(probabilities: Float64Array, settings: Record<string, number>, context: EmotionContext = { sarcasm: false, neutral: 0, emotionCue: true }): EmotionResult {
  const sarcasm = context.sarcasm;
  const none = probabilities[EMOTION_LABELS.length] ?? 0;
  const rest = 1 - none;
  const scores = { anger: 0, fear: 0, joy: 0, love: 0, sadness: 0 };
  let best: (typeof EMOTION_LABELS)[number] = 'anger';
  EMOTION_LABELS.forEach((name, c) => {
    scores[name] = rest > 0 ? (probabilities[c] ?? 0) / rest : 1 / EMOTION_LABELS.length;
  });
  if (sarcasm) {
    scores.anger += scores.joy + scores.love;
    scores.joy = 0;
    scores.love = 0;
  } else if (context.praiseByNegation === true) {
    scores.joy += scores.anger + scores.fear + scores.sadness;
    scores.anger = 0;
    scores.fear = 0;
    scores.sadness = 0;
  }
  for (const name of EMOTION_LABELS) if (scores[name] > scores[best]) best = name;
  const thresholds = thresholdsOf(settings);
  const plain = !context.emotionCue && !sarcasm && context.neutral >= thresholds.neutralNone;
  const label = none >= thresholds.emotionNone || plain ? 'none' : best;
  return { label, scores };
}

function addIntent(intents: Set<Intent>, reasons: string[], intent: Intent, because: readonly string[]): void {
  intents.add(intent);
  for (const reason of because) if (!reasons.includes(reason)) reasons.push(reason);
}

/** Intents the rules establish on their own, each with its reasons (spam excludes the rest). */
export function ruleIntents(findings: RuleFindings): Map<Intent, string[]> {
  const found = new Map<Intent, string[]>();
  if (findings.spam.length > 0) return found.set('spam', findings.spam);
  const urgent = findings.urgent.filter((r) => HIGH_URGENCY_REASONS.has(r));
  if (findings.question.length > 0) found.set('question', findings.question);
  if (findings.complaint.length > 0 || findings.sarcasm || urgent.length > 0) found.set('complaint', findings.sarcasm ? ['sarcasm', ...findings.complaint] : findings.complaint);
  if (findings.purchase.length > 0) found.set('purchase_intent', findings.purchase);
  return found;
}

/**
 * The head alone raises only a message that a rule already reads as needing a reply (a
 * question, complaint or purchase intent; the intent model's guess is not enough) and that is
 * not praise: thanks, chit-chat, glowing posts and a profession named in passing stay as they
 * are (the tone-gated rules do the same), which keeps short calm messages from turning urgent.
 */
function headSaysHigh(headHigh: number, urgencyProbabilities: Float64Array, thresholds: Thresholds, eligible: boolean, heldBack?: () => boolean): boolean {
  if (!eligible) return false;
  const score = (1 - thresholds.urgencyHeadMix) * headHigh + thresholds.urgencyHeadMix * (urgencyProbabilities[2] ?? 0);
  return score >= thresholds.urgencyHead && heldBack?.() !== true;
}

/**
 * Labels from rules and models. Thresholds come from the weights file, where the training
 * script stored the values chosen out-of-fold on the training data. `headHigh` is the
 * high-urgency head's probability (round seven); when the weights carry the head, its mean
 * with the urgency model's high class (`urgencyHeadMix`) decides model-only `high`, unless
 * `headHeldBack` says the text is a what-if question or names a profession in passing.
 */
/**
 * `praiseTone`: the positive score praise by tone reads (default: the sentiment's). Round ten
 * passes the round-nine stacker's, whose scale praiseToneThreshold was cross-validated on.
 */
export function decide(findings: RuleFindings, intentProbabilities: Float64Array, urgencyProbabilities: Float64Array, sentiment: SentimentResult, settings: Record<string, number>, headHigh?: number, headHeldBack?: () => boolean, praiseTone?: number): Decision {
  const thresholds = thresholdsOf(settings);
  const intents = new Set<Intent>();
  const reasons: string[] = [];
  for (const [intent, because] of ruleIntents(findings)) addIntent(intents, reasons, intent, because);
  // Spam that asks a question or praises the brand is still spam: nothing else applies.
  if (intents.has('spam')) return { intents: ['spam'], urgency: 'low', reasons };
  INTENT_LABELS.forEach((intent, c) => {
    if (intents.has(intent) || (intent === 'praise' && (findings.sarcasm || intents.has('complaint'))) || (intent === 'spam' && findings.reportsHarm)) return;
    if ((intentProbabilities[c] ?? 0) >= (thresholds.intent[c] ?? 0.5)) addIntent(intents, reasons, intent, [`model_${intent}`]);
  });
  if (!intents.has('praise') && !intents.has('complaint') && !intents.has('spam') && (praiseTone ?? sentiment.scores.positive) >= thresholds.praiseTone) {
    addIntent(intents, reasons, 'praise', ['positive_tone']);
  }
  if (intents.has('spam')) return { intents: ['spam'], urgency: 'low', reasons: reasons.filter((r) => r === 'model_spam') };
  let urgency: Urgency = intents.has('question') || intents.has('complaint') || intents.has('purchase_intent') ? 'normal' : 'low';
  // Posting a glowing review on TikTok is not a threat: going public is urgent only when unhappy.
  const praising = sentiment.label === 'positive' && !findings.sarcasm;
  const urgent = findings.urgent.filter((r) => HIGH_URGENCY_REASONS.has(r) && !(praising && NEEDS_UNHAPPY_TONE.has(r)));
  if (urgent.length > 0) {
    urgency = 'high';
    for (const reason of urgent) if (!reasons.includes(reason)) reasons.push(reason);
  } else if (headHigh !== undefined ? headSaysHigh(headHigh, urgencyProbabilities, thresholds, !praising && (urgency === 'normal' || !thresholds.urgencyHeadNeedsReply), headHeldBack) : (urgencyProbabilities[2] ?? 0) >= thresholds.urgencyHigh) {
    urgency = 'high';
    reasons.push('model_high_urgency');
  }
  return { intents: INTENT_LABELS.filter((i) => intents.has(i)), urgency, reasons };
}

/** Praise by negation for the emotion decision: the negation cue on a short message. */
export function praisedByNegation(negatedNegativesOnly: boolean, tokens: ReadonlyArray<{ kind: string }>): boolean {
  if (!negatedNegativesOnly) return false;
  let words = 0;
  for (const token of tokens) if (token.kind === 'word') words += 1;
  return words <= PRAISE_BY_NEGATION_MAX_WORDS;
}
