// Sentiment on a labelled inbox set (corpora/blind-2026-12/inbox.jsonl): macro-F1 over all
// messages and accuracy per family, so the issue-11 families (negated negatives, sarcasm,
// English complaint facts) show up on their own instead of vanishing in an average.
import { SENTIMENT_LABELS, type SentimentLabel } from '../types.js';
import { macroF1 } from './metrics.js';

export interface SentimentMessage {
  id: string;
  text: string;
  sentiment: SentimentLabel;
  family: string;
}

export function parseSentimentSet(content: string): SentimentMessage[] {
  return content.split('\n').filter((line) => line.trim() !== '').map((line) => {
    const row = JSON.parse(line) as Record<string, unknown>;
    const id = String(row.id);
    if (typeof row.text !== 'string') throw new Error(`sentiment set ${id}: text is required`);
    if (!(SENTIMENT_LABELS as readonly unknown[]).includes(row.sentiment)) throw new Error(`sentiment set ${id}: bad sentiment ${JSON.stringify(row.sentiment)}`);
    return { id, text: row.text, sentiment: row.sentiment as SentimentLabel, family: typeof row.family === 'string' ? row.family : 'unlabelled' };
  });
}

export interface SentimentSetScore {
  n: number;
  macroF1: number;
  /** Share of messages per family whose sentiment label was right. */
  accuracyByFamily: Map<string, { right: number; total: number }>;
  misses: { message: SentimentMessage; predicted: SentimentLabel }[];
}

/** `analyzer`: analyze(), or anything that gives a sentiment label (the trainer's in-memory models). */
export function scoreSentimentSet(messages: readonly SentimentMessage[], analyzer: (text: string) => { sentiment: { label: SentimentLabel } }): SentimentSetScore {
  const predicted = messages.map((m) => analyzer(m.text).sentiment.label);
  const accuracyByFamily = new Map<string, { right: number; total: number }>();
  const misses: SentimentSetScore['misses'] = [];
  messages.forEach((m, i) => {
    const guess = predicted[i] ?? 'neutral';
    const family = accuracyByFamily.get(m.family) ?? { right: 0, total: 0 };
    family.total += 1;
    if (guess === m.sentiment) family.right += 1;
    else misses.push({ message: m, predicted: guess });
    accuracyByFamily.set(m.family, family);
  });
  return { n: messages.length, macroF1: macroF1(messages.map((m) => m.sentiment), predicted, SENTIMENT_LABELS), accuracyByFamily, misses };
}

export function formatSentimentSet(name: string, score: SentimentSetScore): string {
  const families = [...score.accuracyByFamily].map(([family, r]) => `${family} ${r.right}/${r.total}`).join(', ');
  return `${name.padEnd(34)} n=${String(score.n).padEnd(5)} sentiment macro-F1 ${score.macroF1.toFixed(3)}  (right per family: ${families})`;
}
