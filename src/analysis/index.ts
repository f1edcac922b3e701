// Public entry of the text-understanding library. Pure: it imports nothing from the app
// and reads nothing but its own weights (models/analysis).
export { analyze } from './analyze.js';
export { loadAnalysisModels } from './load-models.js';
export { MAX_ANALYZED_CHARS } from './text/sanitize.js';
export {
  EMOTION_LABELS,
  INTENT_LABELS,
  SENTIMENT_LABELS,
  URGENCY_LABELS,
  type Analysis,
  type EmotionLabel,
  type EmotionName,
  type EmotionResult,
  type Intent,
  type Language,
  type PiiSpan,
  type PiiType,
  type SentimentLabel,
  type SentimentResult,
  type Urgency,
} from './types.js';
