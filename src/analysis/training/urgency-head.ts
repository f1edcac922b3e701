// The pure parts of training the high-urgency head (round seven): which inbox sets it learns
// from, how their rows are merged, and the threshold rule. The rule is fixed before any
// result was seen, then made stricter once (see lowestThresholdAtPrecision): the lowest
// threshold whose out-of-fold decision ("a rule fired, or the head is at least this confident")
// and whose head-only additions keep high precision at `minPrecision` (shipped: one group, every
// inbox row; the fresh sets are below 0.95 with the rules alone).

import { type FeatureVector } from '../features/vector.js';
import { precisionRecall } from './metrics.js';

/**
 * Fresh writers' batches, in the order they arrived: the columns of leave-one-batch-out.
 * train13 and train20–train28 are also the calibration folds (CALIBRATION_FOLDS). Round twelve (urg2):
 * train29 and train30 arrived after the recipe was chosen; with CONFIG.urgencyHead.freshBatches 23 the head
 * does not learn them, so `scripts/lobo-urgency.ts --batches train29-inbox,train30-inbox` scores them held out.
 * Round thirteen: train31 and train32 (fresh writers) are appended; until freshBatches reaches 27 the head does not learn them.
 * Round fourteen: train33–train38 are appended (freshBatches 33).
 */
export const FRESH_BATCHES: readonly string[] = ['train7a-inbox', 'train7b-inbox', 'train8-inbox', 'train9-inbox', 'train10-inbox', 'train11-inbox', 'train12-inbox', 'train13-inbox', 'train14-inbox', 'train15-inbox', 'train16-inbox', 'train17-inbox', 'train18-inbox', 'train19-inbox', 'train20-inbox', 'train21-inbox', 'train22-inbox', 'train23-inbox', 'train24-inbox', 'train25-inbox', 'train26-inbox', 'train27-inbox', 'train28-inbox', 'train29-inbox', 'train30-inbox', 'train31-inbox', 'train32-inbox', 'train33-inbox', 'train34-inbox', 'train35-inbox', 'train36-inbox', 'train37-inbox', 'train38-inbox'];

/**
 * Round thirteen: calm look-alikes written for the head alone (family `calm`, so weighted like the batches'
 * look-alikes): an authority or a public venue named without a threat, satisfied sharing, parcels and invoices
 * sent elsewhere, settled charges. Never a calibration fold: every fold head learns it.
 */
export const CALM_LOOKALIKE_SET = 'urgency-calm-lookalikes';

/**
 * Urgency-labelled inbox sets the head may train on (never intent-test or any blind set);
 * CONFIG.urgencyHead.freshBatches says how many of FRESH_BATCHES it uses.
 */
export const URGENCY_TRAINING_SETS: readonly string[] = ['urgency-dev', 'round2-dev', 'round5-dev', 'round5b-dev', 'round6-dev', 'round6b-dev', 'round6c-dev', CALM_LOOKALIKE_SET, ...FRESH_BATCHES];

/** The batches the rules were tuned on (rounds seven and eight): their recall flatters the rules. */
export const RULES_TUNED_ON: ReadonlySet<string> = new Set(['train7a-inbox', 'train7b-inbox', 'train8-inbox', 'train9-inbox', 'train11-inbox', 'train12-inbox', 'train14-inbox', 'train15-inbox']);

/** The fresh batches the rules were never tuned on: the honest ones. */
export const FRESH_SETS: ReadonlySet<string> = new Set(FRESH_BATCHES.filter((b) => !RULES_TUNED_ON.has(b)));

/**
 * Round nine: the threshold is calibrated cross-validated over these batches (no rule was tuned
 * on them): each is scored by a head trained on every other row (scripts/calibrate-urgency-lobo.ts).
 * The shipped head trains on them too. Round ten adds its three fresh batches, train24–train26; round eleven
 * train27 and train28 (the head's CONFIG.urgencyHead.freshBatches stays 18, so its weights are unchanged);
 * round twelve train29 and train30; round thirteen train31 and train32 (fourteen folds); round fourteen train33–train38 (twenty).
 */
export const CALIBRATION_FOLDS: readonly string[] = ['train13-inbox', 'train20-inbox', 'train21-inbox', 'train22-inbox', 'train23-inbox', 'train24-inbox', 'train25-inbox', 'train26-inbox', 'train27-inbox', 'train28-inbox', 'train29-inbox', 'train30-inbox', 'train31-inbox', 'train32-inbox', 'train33-inbox', 'train34-inbox', 'train35-inbox', 'train36-inbox', 'train37-inbox', 'train38-inbox'];

/** Families the batch writers give their calm look-alikes (trigger words, no harm or threat). */
export const LOOKALIKE_FAMILIES: ReadonlySet<string> = new Set(['lookalike', 'hard', 'calm']);

/** A calm look-alike row: weighted by CONFIG.urgencyHead.lookalikeWeight in the head's fit. */
export const isLookalike = (row: { high: boolean; family: string }): boolean => !row.high && LOOKALIKE_FAMILIES.has(row.family);

/** Every non-blind urgency-labelled inbox set whose inputs the LOBO dump holds. */
export const HEAD_INPUT_SETS: readonly string[] = URGENCY_TRAINING_SETS;

export interface HeadRow {
  text: string;
  high: boolean;
  source: string;
  family: string;
  /** The full label (low, normal, high), for the word-level urgency model of the comparison. */
  urgency: string;
}

/** Rows in the order given, each text once (the first label wins: sets may share a message). */
export function mergeRows(sets: ReadonlyArray<readonly HeadRow[]>): HeadRow[] {
  const seen = new Set<string>();
  const rows: HeadRow[] = [];
  for (const set of sets) {
    for (const row of set) {
      if (seen.has(row.text)) continue;
      seen.add(row.text);
      rows.push(row);
    }
  }
  return rows;
}


export interface ScoredRow {
  score: number;
  ruled: boolean;
  gold: boolean;
}

/**
 * The lowest grid threshold at which, in every group, both `ruled || score >= t` and the
 * head's own additions (`!ruled && score >= t`) have high precision of at least
 * `minPrecision`; the highest grid value when none does. The additions are checked on their
 * own because the rules are nearly exact on the sets they were tuned on, which would
 * otherwise leave room for many model-only false alarms inside a pooled 0.95.
 */
export function lowestThresholdAtPrecision(groups: ReadonlyArray<readonly ScoredRow[]>, minPrecision: number, grid: readonly number[]): number {
  const sorted = [...grid].sort((a, b) => a - b);
  for (const threshold of sorted) {
    const ok = groups.every((rows) => {
      const gold = rows.map((r) => r.gold);
      const combined = precisionRecall(rows.map((r) => r.ruled || r.score >= threshold), gold).precision;
      const added = precisionRecall(rows.map((r) => !r.ruled && r.score >= threshold), gold).precision;
      return combined >= minPrecision && added >= minPrecision;
    });
    if (ok) return threshold;
  }
  return sorted[sorted.length - 1] ?? 1;
}

/** What the head and the word-level urgency model read of one text (the LOBO dump). */
export interface HeadInput {
  text: string;
  full: FeatureVector;
  word: FeatureVector;
  /** A high-urgency rule fired. */
  ruled: boolean;
  /** decide() would let the head raise it (not praise, not held back). */
  eligible: boolean;
  /** How many rule reasons `full` and `word` end with. */
  reasons: number;
}

export interface HeadInputs {
  rows: Array<HeadRow & HeadInput>;
  /** Calm SmSA/EmoT train texts (no urgent rule): the extra negatives. */
  calm: Array<{ text: string; full: FeatureVector; word?: FeatureVector; reasons: number }>;
  /** A stable sample of calm English texts (GoEmotions, NusaX English train), the same shape. */
  calmEnglish?: Array<{ text: string; full: FeatureVector; word?: FeatureVector; reasons: number }>;
  /** SmSA valid + EmoT valid texts: none is an urgent inbox report. */
  valid: HeadInput[];
  /** Calm look-alikes of the unit tests (URGENCY_HEAD_PROBES), to see what a head calls them. */
  probes?: HeadInput[];
}
