// analyze(): one follower message in, its public Analysis out. Synchronous once the
// weights are loaded (lazily, on the first call). Never throws on any input.
import { decide, decideEmotion, decideSentiment } from './decide.js';
import { createVector } from './features/vector.js';
import { extractKeywords } from './keywords.js';
import { detectLanguage } from './language.js';
import { loadAnalysisModels } from './load-models.js';
import { finishModel, scoreShared } from './model/fused.js';
import { findPii } from './pii.js';
import { appendReasons, appendStacked, baseVector, prepareText } from './pipeline.js';
import { allReasons, detectRules } from './rules/detect.js';
import { SENTIMENT_LABELS, type Analysis } from './types.js';

// Scratch buffers reused by every call: analyze() is synchronous, so no call can interleave.
const vector = createVector();
const sentimentOut = new Float64Array(8);
const emotionOut = new Float64Array(8);
const intentOut = new Float64Array(8);
const urgencyOut = new Float64Array(8);
const textSums = new Float64Array(16);
const inboxSums = new Float64Array(16);

export function analyze(text: string): Analysis {
  const resources = loadAnalysisModels();
  const { models, settings, fusedText, fusedInbox } = resources;
  const prepared = prepareText(text, resources.vocabulary);
  const base = baseVector(prepared.tokens, resources.idf, vector);
  // The order matters and matches training: emotion also sees the sentiment probabilities;
  // intent and urgency see the word-level features, those probabilities and the rule reasons.
  scoreShared(fusedText, vector, base.length, textSums);
  scoreShared(fusedInbox, vector, base.wordLevel, inboxSums);
  finishModel(fusedText, models.sentiment, textSums, vector, base.length, sentimentOut);
  appendStacked(vector, 'sentiment', SENTIMENT_LABELS, sentimentOut, settings.stackWeight ?? 1);
  finishModel(fusedText, models.emotion, textSums, vector, base.length, emotionOut);
  const findings = detectRules(prepared.ruleText);
  appendReasons(vector, allReasons(findings), settings.reasonWeight ?? 1);
  finishModel(fusedInbox, models.intent, inboxSums, vector, base.length, intentOut);
  finishModel(fusedInbox, models.urgency, inboxSums, vector, base.length, urgencyOut);
  const decision = decide(findings, intentOut, urgencyOut, settings);
  return {
    language: detectLanguage(prepared.tokens, resources.languages),
    sentiment: decideSentiment(sentimentOut, findings.sarcasm),
    emotion: decideEmotion(emotionOut, settings),
    intents: decision.intents,
    urgency: decision.urgency,
    reasons: decision.reasons,
    keywords: extractKeywords(prepared.tokens),
    pii: findPii(prepared.text),
    truncated: prepared.truncated,
  };
}
