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
