// What leave-one-batch-out (lobo-urgency.ts) and the cross-validated calibration
// (calibrate-urgency-lobo.ts) share: reading the dump of the head's inputs
// (URGENCY_HEAD_DUMP=<file> npm run train:analysis), choosing the training rows as the shipped
// head does, training the head and the word-level urgency model on them, and scoring texts the
// way decide() reads them (ruled, or eligible and the mixed score at least the threshold).
import { readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { type FeatureVector } from '../src/analysis/features/vector.js';
import { quantizeModel } from '../src/analysis/model/format.js';
import { probabilitiesInto, type LinearModel } from '../src/analysis/model/linear.js';
import { MODEL_CLASSES } from '../src/analysis/resources.js';
import { classWeights, stableSample } from '../src/analysis/training/examples.js';
import { trainLinear } from '../src/analysis/training/trainer.js';
import { FRESH_BATCHES, isLookalike, type HeadInput, type HeadInputs } from '../src/analysis/training/urgency-head.js';
import { CONFIG } from './train-analysis-config.js';
import { trainHeadModel, type UrgencyHeadConfig } from './urgency-head-training.js';

export type DumpRow = HeadInputs['rows'][number];

export function readInputs(path: string): HeadInputs {
  return deserialize(readFileSync(path)) as HeadInputs;
}

/**
 * The rows a head would train on without the texts of `heldOut` (by text: batches may share a
 * message): every inbox row once (first label wins, as mergeRows), without the fresh batches past
 * `freshBatches` (CONFIG.urgencyHead.freshBatches).
 */
export function trainingRows(rows: readonly DumpRow[], heldOut: readonly DumpRow[], freshBatches: number): DumpRow[] {
  const heldTexts = new Set(heldOut.map((r) => r.text));
  const left = new Set(FRESH_BATCHES.slice(freshBatches));
  const seen = new Set<string>();
  return rows.filter((r) => {
    if (left.has(r.source) || heldTexts.has(r.text) || seen.has(r.text)) return false;
    seen.add(r.text);
    return true;
  });
}

/** The calm SmSA/EmoT negatives the head trains with (the same sample as the shipped head). */
export function calmVectors(inputs: HeadInputs, config: UrgencyHeadConfig): FeatureVector[] {
  if (config.calmEnglishSample > 0 && (inputs.calmEnglish?.length ?? 0) < config.calmEnglishSample) throw new Error('the dump holds fewer English calm texts than calmEnglishSample');
  const english = config.calmEnglishSample > 0 ? stableSample(inputs.calmEnglish ?? [], config.calmEnglishSample, (c) => c.text) : [];
  return [...stableSample(inputs.calm, config.calmSample, (c) => c.text), ...english].map((c) => {
    if (config.view !== 'word') return c.full;
    if (!c.word) throw new Error('the dump has no word-level calm vectors: write it again');
    return c.word;
  });
}

function trainWordModel(rows: ReadonlyArray<{ word: FeatureVector; urgency: string }>): LinearModel {
  const classes = MODEL_CLASSES.urgency;
  const perClass = classWeights(rows.map((r) => r.urgency), rows.map(() => 1), CONFIG.urgency.classPower);
  const examples = rows.map((r) => ({ vector: r.word, target: classes.indexOf(r.urgency as (typeof classes)[number]), weight: perClass.get(r.urgency) ?? 1 }));
  return quantizeModel(trainLinear(examples, { ...CONFIG.urgency, name: 'urgency', kind: 'softmax', classes }));
}

export interface HeadPair {
  head: LinearModel;
  word: LinearModel;
}

/**
 * The head and the word-level urgency model, trained on `rows` and quantised as shipped. A head
 * fitted on the word view is still scored on the full vector (scoreRows), as analyze() does.
 */
export function trainPair(rows: readonly DumpRow[], calm: readonly FeatureVector[], config: UrgencyHeadConfig): HeadPair {
  const head = quantizeModel(trainHeadModel(rows.map((r) => ({ vector: config.view === 'word' ? r.word : r.full, high: r.high, reasons: r.reasons, lookalike: isLookalike(r) })), calm, config));
  return { head, word: config.mix > 0 ? trainWordModel(rows) : head };
}

const out = new Float64Array(8);
function probability(model: LinearModel, vector: FeatureVector, c: number): number {
  probabilitiesInto(model, vector, out);
  return out[c] ?? 0;
}

/** The score decide() compares with the threshold: the head's mean with the word model's high class. */
export function scoreRows(rows: readonly HeadInput[], pair: HeadPair, mix: number): number[] {
  return rows.map((r) => (1 - mix) * probability(pair.head, r.full, 0) + (mix > 0 ? mix * probability(pair.word, r.word, 2) : 0));
}

/** decide()'s reading: a high-urgency rule fired, or the head may raise it and is confident enough. */
export const calledHigh = (row: HeadInput, score: number, threshold: number): boolean => row.ruled || (row.eligible && score >= threshold);

/** Called high by the head alone (no rule fired). */
export const addedByHead = (row: HeadInput, score: number, threshold: number): boolean => !row.ruled && row.eligible && score >= threshold;
