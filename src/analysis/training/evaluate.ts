// Scoring shared by the eval script and the eval sample in the unit tests, so the numbers
// the README quotes come from code the tests run.
import { type Analysis, EMOTION_LABELS, INTENT_LABELS, SENTIMENT_LABELS, URGENCY_LABELS } from '../types.js';
import { type CorpusMessage } from './corpus.js';
import { type LabelledText } from './datasets.js';
import { macroF1, multiLabelMacroF1 } from './metrics.js';

export type Analyzer = (text: string) => Analysis;

export interface ScoreRow {
  task: string;
  data: string;
  n: number;
  ours: number;
  /** Score of the npm package a user would otherwise pick, when one exists for the task. */
  baseline?: { name: string; score: number };
  /** Macro-F1 of always answering the most frequent class: the floor. */
  majority: number;
}

export function majorityMacroF1(gold: readonly string[], labels: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  return macroF1(gold, gold.map(() => top), labels);
}

export function scoreSentiment(rows: readonly LabelledText[], analyzer: Analyzer): number {
  return macroF1(rows.map((r) => r.label), rows.map((r) => analyzer(r.text).sentiment.label), SENTIMENT_LABELS);
}

/** EmoT has no `none`: a `none` answer counts as an error, as it would for any judge. */
export function scoreEmotion(rows: readonly LabelledText[], analyzer: Analyzer): number {
  return macroF1(rows.map((r) => r.label), rows.map((r) => analyzer(r.text).emotion.label), EMOTION_LABELS);
}

export interface CorpusScores {
  intents: number;
  urgency: number;
  sentiment: number;
  emotion: number;
  language: number;
}

export function scoreCorpus(messages: readonly CorpusMessage[], analyzer: Analyzer): CorpusScores {
  const results = messages.map((m) => analyzer(m.text));
  return {
    intents: multiLabelMacroF1(messages.map((m) => m.intents), results.map((r) => r.intents), INTENT_LABELS),
    urgency: macroF1(messages.map((m) => m.urgency), results.map((r) => r.urgency), URGENCY_LABELS),
    sentiment: macroF1(messages.map((m) => m.sentiment), results.map((r) => r.sentiment.label), SENTIMENT_LABELS),
    emotion: macroF1(messages.map((m) => m.emotion), results.map((r) => r.emotion.label), [...EMOTION_LABELS, 'none']),
    language: macroF1(messages.map((m) => m.lang), results.map((r) => r.language), ['id', 'en', 'mixed']),
  };
}

const pad = (text: string, width: number): string => text.padEnd(width);
const num = (value: number | undefined): string => (value === undefined ? '—' : value.toFixed(3));

export function formatTable(rows: readonly ScoreRow[]): string {
  const header = `${pad('task', 24)}${pad('data', 28)}${pad('n', 6)}${pad('Sapa', 8)}${pad('npm baseline', 40)}majority`;
  const lines = rows.map((r) => {
    const baseline = r.baseline ? `${num(r.baseline.score)} (${r.baseline.name})` : '—';
    return `${pad(r.task, 24)}${pad(r.data, 28)}${pad(String(r.n), 6)}${pad(num(r.ours), 8)}${pad(baseline, 40)}${num(r.majority)}`;
  });
  return [header, '-'.repeat(header.length + 4), ...lines].join('\n');
}
