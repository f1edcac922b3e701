// Emotion triggers: which topics, products, keywords and brand posts come with an emotion more
// often than the workspace does overall. Lift alone would crown a term seen twice, so each
// term must pass a significance guard (its share's lower Wilson bound above the baseline, and
// a minimum count) and the list is ranked by the lift of that lower bound, not the raw lift.
import { wilsonBounds } from './stats.js';

export type TriggerKind = 'keyword' | 'product' | 'post' | 'intent';

export interface TermCount {
  kind: TriggerKind;
  term: string;
  /** Messages with the term that carry the emotion. */
  withEmotion: number;
  /** All messages with the term. */
  total: number;
}

export interface Trigger extends TermCount {
  /** Share of the term's messages with the emotion, divided by the workspace's share. */
  lift: number;
  /** The same with the share's lower bound: what the ranking uses. */
  liftLow: number;
}

export interface TriggerOptions {
  /** Fewest messages with the emotion before a term may be listed. */
  minCount?: number;
  limit?: number;
}

export function rankTriggers(terms: readonly TermCount[], baseline: { withEmotion: number; total: number }, options: TriggerOptions = {}): Trigger[] {
  const minCount = options.minCount ?? 5;
  if (baseline.total === 0 || baseline.withEmotion === 0) return [];
  const baseShare = baseline.withEmotion / baseline.total;
  const triggers: Trigger[] = [];
  for (const term of terms) {
    if (term.withEmotion < minCount || term.total === 0) continue;
    const low = wilsonBounds(term.withEmotion, term.total).low;
    if (low <= baseShare) continue;
    triggers.push({ ...term, lift: term.withEmotion / term.total / baseShare, liftLow: low / baseShare });
  }
  triggers.sort((a, b) => b.liftLow - a.liftLow || b.withEmotion - a.withEmotion || a.term.localeCompare(b.term));
  return triggers.slice(0, options.limit ?? 10);
}
