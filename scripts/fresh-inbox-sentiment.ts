// Round nine (senti4): the fresh writers' inbox batches as a sentiment source. Which batches the
// sentiment and tone models learn from, which stay held out for the experiment, and their rows.
// The batches carry a `sentiment` label and a `family` (sarcasm, negated, complaint, praise, hard…).
// The round-six sentiment dev sets (round2-dev, round6-sentiment-dev) are NOT a source: the
// sentiment cues and the tone model were tuned on them (corpora/analysis/README.md).
import { readFileSync } from 'node:fs';
import { FRESH_BATCHES } from '../src/analysis/training/urgency-head.js';
import { formatSentimentSet, parseSentimentSet, scoreSentimentSet, type SentimentMessage } from '../src/analysis/training/sentiment-set.js';
import { type SentimentLabel } from '../src/analysis/types.js';

/**
 * Held out while the weight was chosen (train20–train23, the newest writers): the experiment never
 * trains on them. Once the weight was chosen on them they are tuning figures.
 */
export const SENTIMENT_HELD_OUT: readonly string[] = ['train20-inbox', 'train21-inbox', 'train22-inbox', 'train23-inbox'];

/**
 * Round fourteen (sent4): the held-out check pair. No sentiment model ever learns them; scripts print only
 * their aggregate figures (scripts/eval-inbox-sentiment.ts).
 */
export const SENTIMENT_HELD_OUT_CHECK: readonly string[] = ['train35-inbox', 'train36-inbox'];

/**
 * Every batch the sentiment side may learn from, in order of arrival: the urgency head's FRESH_BATCHES (which
 * gained train33–train38 at the round-fourteen merge), without the held-out check pair; train37 and train38 come
 * after the 29 the shipped count takes, so the sentiment models still learn train7a–train34.
 */
export const SENTIMENT_FRESH_BATCHES: readonly string[] = FRESH_BATCHES.filter((b) => !SENTIMENT_HELD_OUT_CHECK.includes(b));

/**
 * The batches the sentiment and tone models learn from: the first `count` of SENTIMENT_FRESH_BATCHES (in
 * order of arrival; 14 = train7a–train19, rounds ten to thirteen; 29 = train7a–train34, round fourteen).
 */
export function freshSentimentBatches(count: number): readonly string[] {
  const batches = SENTIMENT_FRESH_BATCHES.slice(0, count);
  if (batches.some((b) => SENTIMENT_HELD_OUT_CHECK.includes(b))) throw new Error('the held-out check batches are never sentiment training rows');
  return batches;
}

const corpusDir = new URL('../corpora/analysis/', import.meta.url);

export function readSentimentBatch(name: string): SentimentMessage[] {
  if (/blind|holdout|intent-test/.test(name)) throw new Error(`never read here: ${name}`);
  return parseSentimentSet(readFileSync(new URL(`${name}.jsonl`, corpusDir), 'utf8'));
}

/** Language of a row, read apart from parseSentimentSet (which keeps only what scoring needs). */
export function languagesOf(name: string): Map<string, string> {
  const lines = readFileSync(new URL(`${name}.jsonl`, corpusDir), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return new Map(lines.map((l) => JSON.parse(l) as { id: string; lang?: string }).map((r) => [String(r.id), r.lang ?? '']));
}

/** Ids of a batch's high-urgency rows (harm, threats: nearly all negative, and found by the urgency rules). */
function highIds(name: string): Set<string> {
  const lines = readFileSync(new URL(`${name}.jsonl`, corpusDir), 'utf8').split('\n').filter((l) => l.trim() !== '');
  return new Set(lines.map((l) => JSON.parse(l) as { id: string; urgency?: string }).filter((r) => r.urgency === 'high').map((r) => String(r.id)));
}

/** Labelled rows of `batches` (without the high-urgency ones when `withoutHigh`), each text once (the first label wins), minus any text in `exclude`. */
export function freshSentimentRows(batches: readonly string[], exclude: ReadonlySet<string> = new Set(), withoutHigh = false): Array<{ text: string; label: string }> {
  const seen = new Set<string>(exclude);
  const rows: Array<{ text: string; label: string }> = [];
  for (const name of batches) {
    const high = withoutHigh ? highIds(name) : new Set<string>();
    for (const m of readSentimentBatch(name)) {
      if (seen.has(m.text) || high.has(m.id)) continue;
      seen.add(m.text);
      rows.push({ text: m.text, label: m.sentiment });
    }
  }
  return rows;
}

/**
 * Held-out messages with the family the writers gave, English complaints apart ("complaint (en)"):
 * the flat English complaint facts the brief is about.
 */
export function heldOutBatches(): Array<{ name: string; messages: SentimentMessage[] }> {
  return SENTIMENT_HELD_OUT.map((name) => ({ name, messages: familiesWithEnglishComplaints(name) }));
}

/** A batch's messages with English complaints as their own family, "complaint (en)". */
export function familiesWithEnglishComplaints(name: string): SentimentMessage[] {
  const lang = languagesOf(name);
  return readSentimentBatch(name).map((m) => (m.family === 'complaint' && lang.get(m.id) === 'en' ? { ...m, family: 'complaint (en)' } : m));
}

/** Pooled held-out figures (macro-F1, right per family) for the experiment's in-memory models. */
export function heldOutFigures(label: (text: string) => SentimentLabel): string {
  const messages = heldOutBatches().flatMap((b) => b.messages);
  return formatSentimentSet('train20–23', scoreSentimentSet(messages, (text) => ({ sentiment: { label: label(text) } })));
}

/** Pooled figures on named batches for in-memory models; a batch among the first `trained` is refused (it would be in-sample). */
export function batchFigures(batches: readonly string[], trained: number, label: (text: string) => SentimentLabel): string {
  const learned = new Set(freshSentimentBatches(trained));
  const inSample = batches.filter((b) => learned.has(b));
  if (inSample.length > 0) throw new Error(`--inbox-sets: trained on ${inSample.join(', ')}`);
  const messages = batches.flatMap((name) => familiesWithEnglishComplaints(name));
  return formatSentimentSet(batches.map((b) => b.replace(/-inbox$/, '')).join('+'), scoreSentimentSet(messages, (text) => ({ sentiment: { label: label(text) } })));
}

/**
 * Cross-fitting: which first-stage model reads a text for the later models' training rows. A
 * corpus row is read by the model that did not learn the corpus, a fresh batch row by the one that
 * did not learn the batches (the urgency head and the urgency model train on those rows), any other
 * text by the full model, as analyze() reads it.
 */
export function crossFitted<M>(models: { full: M; withoutCorpus: M; withoutFresh: M }, corpusTexts: ReadonlySet<string>, freshTexts: ReadonlySet<string>): (text: string) => M {
  return (text) => (corpusTexts.has(text) ? models.withoutCorpus : freshTexts.has(text) ? models.withoutFresh : models.full);
}

/**
 * The fresh rows split by label, each part weighted so that the fresh source has the label mix of
 * `reference` (the other sentiment sources, weighted): the batches are about two-thirds negative,
 * and at their own mix they move the class priors every other set is read with.
 */
export function priorMatched(rows: ReadonlyArray<{ text: string; label: string }>, weight: number, reference: ReadonlyArray<{ label: string; weight: number }>): Array<{ rows: Array<{ text: string; label: string }>; weight: number }> {
  const share = (list: ReadonlyArray<{ label: string; weight: number }>, label: string): number => list.filter((r) => r.label === label).reduce((sum, r) => sum + r.weight, 0) / Math.max(1e-9, list.reduce((sum, r) => sum + r.weight, 0));
  const own = rows.map((r) => ({ label: r.label, weight: 1 }));
  return [...new Set(rows.map((r) => r.label))].sort().map((label) => ({ rows: rows.filter((r) => r.label === label), weight: (weight * share(reference, label)) / Math.max(1e-9, share(own, label)) }));
}
