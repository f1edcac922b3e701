// What ingest needs from text analysis. The real analyser (src/analysis) satisfies it;
// keeping the shape narrow lets ingest run before the models are loaded in tests.
export interface MessageUnderstanding {
  language: string;
  sentiment: { label: 'positive' | 'neutral' | 'negative' };
  emotion: { label: string };
  intents: string[];
  urgency: 'low' | 'normal' | 'high';
  reasons?: string[];
}

export type Understand = (text: string) => MessageUnderstanding;

/** A text's understanding together with the JSON stored on its message. */
export interface AnalysedText {
  understanding: MessageUnderstanding;
  stored: string;
}

function roundedCopy(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1000) / 1000;
  if (Array.isArray(value)) return value.map(roundedCopy);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = roundedCopy(inner);
  return copy;
}

/**
 * Scores to three decimals: the stored row stays small on the hot path, and nothing reads
 * more precision. (A rounded copy then a plain stringify: far cheaper than a replacer.)
 */
export function storedAnalysis(understanding: MessageUnderstanding): string {
  return JSON.stringify(roundedCopy(understanding));
}

export function analyseText(understand: Understand, text: string): AnalysedText {
  const understanding = understand(text);
  return { understanding, stored: storedAnalysis(understanding) };
}
