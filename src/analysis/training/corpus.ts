// The team-written inbox corpus (corpora/analysis/*.jsonl): one labelled message a line.
import { EMOTION_LABELS, INTENT_LABELS, SENTIMENT_LABELS, URGENCY_LABELS, type EmotionLabel, type Intent, type SentimentLabel, type Urgency } from '../types.js';

export interface CorpusMessage {
  id: string;
  text: string;
  lang: 'id' | 'en' | 'mixed';
  intents: Intent[];
  urgency: Urgency;
  sentiment: SentimentLabel;
  emotion: EmotionLabel;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string, id: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`corpus ${id}: bad ${what} ${JSON.stringify(value)}`);
}

/** Parses and checks a JSONL corpus; a malformed line stops training rather than skewing it. */
export function parseCorpus(content: string): CorpusMessage[] {
  return content.split('\n').filter((line) => line.trim() !== '').map((line) => {
    const row = JSON.parse(line) as Record<string, unknown>;
    const id = String(row.id);
    if (typeof row.text !== 'string' || !Array.isArray(row.intents)) throw new Error(`corpus ${id}: text and intents are required`);
    return {
      id,
      text: row.text,
      lang: oneOf(row.lang, ['id', 'en', 'mixed'] as const, 'lang', id),
      intents: row.intents.map((i) => oneOf(i, INTENT_LABELS, 'intent', id)),
      urgency: oneOf(row.urgency, URGENCY_LABELS, 'urgency', id),
      sentiment: oneOf(row.sentiment, SENTIMENT_LABELS, 'sentiment', id),
      emotion: oneOf(row.emotion, [...EMOTION_LABELS, 'none'] as const, 'emotion', id),
    };
  });
}
