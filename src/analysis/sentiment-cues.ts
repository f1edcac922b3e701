// Rule cues as features of the sentiment and emotion models. The decisions in decide.ts
// swap labels on a cue; as features the models also learn how far each cue moves the
// scores (a sarcastic review in SmSA, a complaint fact told flatly, a negated complaint
// word). Appended after the TF-IDF vector like the stacked probabilities; a weight of 0
// (weights trained before these features) appends nothing.
import { hashString, SEED_WORD } from './features/hash.js';
import { appendFeature, type FeatureVector } from './features/vector.js';
import { type SentimentCues } from './decide.js';
import { type RuleFindings } from './rules/detect.js';
import { COMPLAINT_FACTS } from './text/polarity-words.js';

export type SentimentCueAppender = (vector: FeatureVector, findings: RuleFindings, cues: SentimentCues) => void;

const SARCASM = hashString('cue:sarcasm', SEED_WORD);
const COMPLAINT_FACT = hashString('cue:complaint_fact', SEED_WORD);
const NEGATED_NEGATIVES = hashString('cue:negated_negatives', SEED_WORD);
const COMPLAINT = hashString('cue:complaint', SEED_WORD);
const URGENT = hashString('cue:urgent', SEED_WORD);

/** The cues of one message as features of weight `weight` (nothing when 0). */
export function appendSentimentCues(vector: FeatureVector, findings: RuleFindings, cues: SentimentCues, weight: number): void {
  if (weight === 0) return;
  if (cues.sarcasm) appendFeature(vector, SARCASM, weight);
  if (cues.negatedNegativesOnly === true) appendFeature(vector, NEGATED_NEGATIVES, weight);
  if (findings.complaint.some((r) => COMPLAINT_FACTS.has(r))) appendFeature(vector, COMPLAINT_FACT, weight);
  else if (findings.complaint.length > 0) appendFeature(vector, COMPLAINT, weight);
  if (findings.urgent.length > 0) appendFeature(vector, URGENT, weight);
}

/** An appender bound to a weight (the training script and the eval harness pass it around). */
export function cueAppender(weight: number): SentimentCueAppender {
  return (vector, findings, cues) => appendSentimentCues(vector, findings, cues, weight);
}
