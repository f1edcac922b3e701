// analyze(): one follower message in, its public Analysis out. Synchronous once the
// weights are loaded (lazily, on the first call). Never throws on any input.
import { decide, decideEmotion, decideSentiment } from './decide.js';
import { createVector } from './features/vector.js';
import { extractKeywords } from './keywords.js';
import { detectLanguage } from './language.js';
import { loadAnalysisModels } from './load-models.js';
import { probabilitiesInto } from './model/linear.js';
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

export function analyze(text: string): Analysis {
  const resources = loadAnalysisModels();
  const { models, settings } = resources;
  const prepared = prepareText(text, resources.vocabulary);
  baseVector(prepared.tokens, resources.idf, vector);
  probabilitiesInto(models.sentiment, vector, sentimentOut);
  appendStacked(vector, 'sentiment', SENTIMENT_LABELS, sentimentOut, settings.stackWeight ?? 1);
  probabilitiesInto(models.emotion, vector, emotionOut);
  const findings = detectRules(prepared.ruleText);
  appendReasons(vector, allReasons(findings), settings.reasonWeight ?? 1);
  probabilitiesInto(models.intent, vector, intentOut);
  probabilitiesInto(models.urgency, vector, urgencyOut);
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
