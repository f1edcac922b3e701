// Public result types of `analyze()`. The field names and labels are a public contract:
// the CLI and the API expose them unchanged, so rename nothing here lightly.

export type Language = 'id' | 'en' | 'mixed' | 'other';

export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const EMOTION_LABELS = ['anger', 'fear', 'joy', 'love', 'sadness'] as const;
export type EmotionName = (typeof EMOTION_LABELS)[number];
/** `none` when no emotion is clear, for example a plain question. */
export type EmotionLabel = EmotionName | 'none';

export const INTENT_LABELS = ['question', 'complaint', 'praise', 'purchase_intent', 'spam'] as const;
export type Intent = (typeof INTENT_LABELS)[number];

export const URGENCY_LABELS = ['low', 'normal', 'high'] as const;
export type Urgency = (typeof URGENCY_LABELS)[number];

export interface SentimentResult {
  label: SentimentLabel;
  /** Probabilities; they sum to 1. */
  scores: Record<SentimentLabel, number>;
}

export interface EmotionResult {
  label: EmotionLabel;
  /**
   * Probability of each emotion given that the text carries one; they sum to 1.
   * The label is `none` when the model finds no emotion clear enough, whatever these say.
   */
  scores: Record<EmotionName, number>;
}

export type PiiType = 'phone' | 'email' | 'order_number';

/** A span of the input text, in UTF-16 code units (`text.slice(start, end)` is the match). */
export interface PiiSpan {
  type: PiiType;
  start: number;
  end: number;
  text: string;
}

export interface Analysis {
  language: Language;
  sentiment: SentimentResult;
  emotion: EmotionResult;
  /** Zero or more intents, in the order of INTENT_LABELS. */
  intents: Intent[];
  urgency: Urgency;
  /** Short machine-readable reasons behind the intents and the urgency, e.g. `asks_price`. */
  reasons: string[];
  /** Up to eight content words, normalised (slang expanded, lower case), in order of appearance. */
  keywords: string[];
  /** Phone numbers, e-mail addresses and order numbers, for redaction. */
  pii: PiiSpan[];
  /** True when the text was longer than MAX_ANALYZED_CHARS and only its start was analysed. */
  truncated: boolean;
}
