// The urgency sets (corpora/analysis/urgency-*.jsonl): inbox messages labelled with their
// urgency and the family that makes them urgent, scored per family so a miss is visible.
import { URGENCY_LABELS, type Urgency } from '../types.js';
import type { Analyzer } from './evaluate.js';
import { perClassScores } from './metrics.js';

export interface UrgencyMessage {
  id: string;
  text: string;
  lang: 'id' | 'en' | 'mixed';
  urgency: Urgency;
  /** What makes it urgent (health, account, leak, regulator, public, counterfeit) or what it is instead. */
  family: string;
}

export function parseUrgencySet(content: string): UrgencyMessage[] {
  return content.split('\n').filter((line) => line.trim() !== '').map((line) => {
    const row = JSON.parse(line) as Record<string, unknown>;
    const id = String(row.id);
    if (typeof row.text !== 'string') throw new Error(`urgency set ${id}: text is required`);
    if (!(URGENCY_LABELS as readonly unknown[]).includes(row.urgency)) throw new Error(`urgency set ${id}: bad urgency ${JSON.stringify(row.urgency)}`);
    if (row.lang !== 'id' && row.lang !== 'en' && row.lang !== 'mixed') throw new Error(`urgency set ${id}: bad lang ${JSON.stringify(row.lang)}`);
    return { id, text: row.text, lang: row.lang, urgency: row.urgency as Urgency, family: typeof row.family === 'string' ? row.family : 'unlabelled' };
  });
}

export interface UrgencyHighScore {
  n: number;
  precision: number;
  recall: number;
  /** Recall of `high` per family of the urgent messages. */
  recallByFamily: Map<string, { found: number; total: number }>;
  misses: UrgencyMessage[];
  falseAlarms: UrgencyMessage[];
}

export function scoreUrgencyHigh(messages: readonly UrgencyMessage[], analyzer: Analyzer): UrgencyHighScore {
  const predicted = messages.map((m) => analyzer(m.text).urgency);
  const high = perClassScores(messages.map((m) => m.urgency), predicted, ['high'])[0];
  const recallByFamily = new Map<string, { found: number; total: number }>();
  const misses: UrgencyMessage[] = [];
  const falseAlarms: UrgencyMessage[] = [];
  messages.forEach((m, i) => {
    const isHigh = predicted[i] === 'high';
    if (m.urgency === 'high') {
      const family = recallByFamily.get(m.family) ?? { found: 0, total: 0 };
      family.total += 1;
      if (isHigh) family.found += 1;
      else misses.push(m);
      recallByFamily.set(m.family, family);
    } else if (isHigh) falseAlarms.push(m);
  });
  return { n: messages.length, precision: high?.precision ?? 0, recall: high?.recall ?? 0, recallByFamily, misses, falseAlarms };
}

export function formatUrgencyHigh(name: string, score: UrgencyHighScore): string {
  const families = [...score.recallByFamily].map(([family, r]) => `${family} ${r.found}/${r.total}`).join(', ');
  return `${name.padEnd(34)} n=${String(score.n).padEnd(5)} high precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  (${families})`;
}
