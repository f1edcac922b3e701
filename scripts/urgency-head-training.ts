// Round seven: trains the high-urgency head (a one-class sigmoid over every base feature,
// character n-grams included, plus the stacked sentiment and the rule reasons) on the team
// corpus, the urgency dev sets and the train7 inbox sets, with calm SmSA/EmoT train texts as
// extra negatives. Out-of-fold scores choose the threshold by a rule fixed beforehand (see
// training/urgency-head.ts); the same folds also score the word-level urgency model trained on
// the same rows, so the log shows whether the head helps. Used by scripts/train-analysis.ts.
// Round nine: every fresh batch, the batches' calm look-alikes weighted, calm English texts as
// negatives too; the pinned threshold comes from scripts/calibrate-urgency-lobo.ts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serialize } from 'node:v8';
import { type FeatureVector } from '../src/analysis/features/vector.js';
import { quantizeModel } from '../src/analysis/model/format.js';
import { type LinearModel } from '../src/analysis/model/linear.js';
import { URGENCY_HEAD, URGENCY_HEAD_CLASSES } from '../src/analysis/resources.js';
import { type CorpusMessage } from '../src/analysis/training/corpus.js';
import { parseEmot, parseSmsa, type LabelledText } from '../src/analysis/training/datasets.js';
import { stableSample } from '../src/analysis/training/examples.js';
import { foldOf, THRESHOLD_GRID } from '../src/analysis/training/thresholds.js';
import { nbFeatureScale } from '../src/analysis/training/nb-scale.js';
import { averageModels, trainLinear, type TrainingExample } from '../src/analysis/training/trainer.js';
import { unitTestLookalikes } from './unit-test-lookalikes.js';
import { precisionRecall } from '../src/analysis/training/metrics.js';
import { FRESH_BATCHES, FRESH_SETS, HEAD_INPUT_SETS, isLookalike, lowestThresholdAtPrecision, mergeRows, URGENCY_TRAINING_SETS, type HeadInputs, type HeadRow } from '../src/analysis/training/urgency-head.js';

export interface UrgencyHeadConfig {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** The head is the mean of this many fits (seed, seed + 1000, …). */
  seeds: number;
  /** Epoch averaging of each fit (trainer.ts; 0: the last weights). */
  averageEpochs: number;
  /** How many of FRESH_BATCHES (in order of arrival) the head trains on. */
  freshBatches: number;
  /** Weight of the copies of ruled inbox rows without their rule reasons (0: none). */
  reasonDropout: number;
  /**
   * What the head is fitted on: 'full' (word-level features and character n-grams) or 'word'
   * (the word-level part only, training/views.ts: its weights on the character buckets stay 0,
   * so analyze() still scores the full vector in the same fused pass, at no cost).
   */
  view: 'full' | 'word';
  /** Weight of the batches' calm look-alikes (isLookalike) among the head's negatives (1: as any row). */
  lookalikeWeight: number;
  /** Naive-Bayes scaling of the head's weights (0: off; see trainHeadModel). */
  nbMix: number;
  /** Positive weight = (negatives / positives) ^ classPower, over the inbox rows. */
  classPower: number;
  /** Calm SmSA/EmoT train texts (no urgent rule) added as negatives, and their weight. */
  calmSample: number;
  calmWeight: number;
  /** English calm negatives (GoEmotions + NusaX English train texts no urgent rule fires on): how many (0: none); weight calmWeight. */
  calmEnglishSample: number;
  minPrecision: number;
  /**
   * The threshold in use, when pinned (see CONFIG.urgencyHead in train-analysis-config.ts); the rule's
   * own choice is still computed and printed beside it.
   */
  pinnedThreshold?: number;
  folds: number;
  /** Share of the word-level urgency model's high probability in the score (the rest: the head). */
  mix: number;
  /** 1: the head raises only messages decide() already reads as needing a reply; 0: any. */
  needsReply: number;
}

export interface HeadDeps {
  corpus: readonly CorpusMessage[];
  /** SmSA and EmoT train texts (reviews and tweets): the look-alikes a head must not flag. */
  calmTexts: readonly string[];
  /** English comments and reviews (GoEmotions, NusaX English train): calm negatives in the other language. */
  calmEnglishTexts: readonly string[];
  /** The head's input: every base feature, then the stacked sentiment and the rule reasons. */
  fullVector: (text: string) => FeatureVector;
  /** The urgency model's input (word level, same extras), for the comparison. */
  wordVector: (text: string) => FeatureVector;
  /** A high-urgency rule fired. */
  ruled: (text: string) => boolean;
  /** How many rule reasons the text's vectors end with (appendReasons: the last features). */
  reasonCount: (text: string) => number;
  /** decide() would let the head raise the text: it needs a reply already and is not praise. */
  eligible: (text: string) => boolean;
  trainUrgency: (rows: readonly LabelledText[]) => LinearModel;
  probabilityHigh: (model: LinearModel, vector: FeatureVector, classIndex: number) => number;
  log: (message: string) => void;
}

const corpusDir = new URL('../corpora/analysis/', import.meta.url);

// Only text and urgency are read: the helpers' files spell a language field differently
// ("mix"), which the head does not need.
function readSet(name: string): HeadRow[] {
  return readFileSync(new URL(`${name}.jsonl`, corpusDir), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const row = JSON.parse(line) as Record<string, unknown>;
    if (typeof row.text !== 'string' || !['low', 'normal', 'high'].includes(String(row.urgency))) throw new Error(`${name} ${String(row.id)}: text and urgency are required`);
    return { text: row.text, high: row.urgency === 'high', source: name, family: typeof row.family === 'string' ? row.family : 'unlabelled', urgency: String(row.urgency) };
  });
}

export function headRows(corpus: readonly CorpusMessage[], freshBatches = FRESH_BATCHES.length): HeadRow[] {
  const left = new Set(FRESH_BATCHES.slice(freshBatches));
  const sets = URGENCY_TRAINING_SETS.filter((name) => !left.has(name)).map(readSet);
  return mergeRows([corpus.map((m) => ({ text: m.text, high: m.urgency === 'high', source: 'intent-train', family: m.urgency, urgency: m.urgency })), ...sets]);
}

/** Grid values are sums of floats (0.15 + i × 0.05): stored rounded. */
const roundGrid = (value: number): number => Math.round(value * 100) / 100;

/** The knobs of the head's own fit (the rest of UrgencyHeadConfig is about scoring and gating). */
export type HeadModelConfig = Pick<UrgencyHeadConfig, 'bits' | 'epochs' | 'learningRate' | 'l2' | 'seed' | 'classPower' | 'calmWeight' | 'seeds' | 'averageEpochs' | 'nbMix' | 'reasonDropout' | 'lookalikeWeight'>;

export interface HeadExample {
  vector: FeatureVector;
  high: boolean;
  /** How many rule reasons the vector ends with. */
  reasons: number;
  /** A batch's calm look-alike (weighted by lookalikeWeight). */
  lookalike?: boolean;
}

/** The vector without its last `reasons` features (the rule reasons appendReasons added). */
function withoutReasons(vector: FeatureVector, reasons: number): FeatureVector {
  const length = vector.length - reasons;
  return { buckets: vector.buckets.subarray(0, length), values: vector.values.subarray(0, length), length };
}

/**
 * The head: a one-class sigmoid over `rows` (positives weighted by the class ratio to
 * `classPower`) and `calm` (negatives at `calmWeight`), the mean of `seeds` fits with seeds
 * seed, seed + 1000, … (linear models average exactly: no cost at inference); `nbMix` > 0 scales
 * each weight by the bucket's naive-Bayes log-count ratio (nb-scale.ts, two classes).
 */
export function trainHeadModel(rows: readonly HeadExample[], calm: readonly FeatureVector[], config: HeadModelConfig): LinearModel {
  const positives = rows.filter((r) => r.high).length;
  const positiveWeight = Math.pow((rows.length - positives) / Math.max(1, positives), config.classPower);
  const weightOf = (r: HeadExample): number => (r.high ? positiveWeight : r.lookalike === true ? config.lookalikeWeight : 1);
  const examples: TrainingExample[] = [
    ...rows.map((r) => ({ vector: r.vector, target: [r.high ? 1 : 0], weight: weightOf(r) })),
    // Reason dropout: a copy of each ruled row without its rule reasons, so that the words
    // themselves learn what the rules saw (a new writer's wording often trips no rule).
    ...(config.reasonDropout > 0 ? rows.filter((r) => r.reasons > 0).map((r) => ({ vector: withoutReasons(r.vector, r.reasons), target: [r.high ? 1 : 0], weight: weightOf(r) * config.reasonDropout })) : []),
    ...calm.map((vector) => ({ vector, target: [0], weight: config.calmWeight })),
  ];
  const featureScale = config.nbMix > 0 ? binaryNbScale(examples, config.bits, config.nbMix) : undefined;
  const models = Array.from({ length: Math.max(1, config.seeds) }, (_, i) =>
    trainLinear(examples, { name: URGENCY_HEAD, kind: 'sigmoid', classes: URGENCY_HEAD_CLASSES, bits: config.bits, epochs: config.epochs, learningRate: config.learningRate, l2: config.l2, seed: config.seed + i * 1000, averageEpochs: config.averageEpochs, featureScale }),
  );
  return models.length === 1 ? (models[0] as LinearModel) : averageModels(models);
}

/** nbFeatureScale over the two classes (calm, high), its high column laid out for one class. */
function binaryNbScale(examples: readonly TrainingExample[], bits: number, mix: number): Float32Array {
  const asClasses = examples.map((e) => ({ ...e, target: Array.isArray(e.target) && e.target[0] === 1 ? 1 : 0 }));
  const both = nbFeatureScale(asClasses, 2, bits, { mix, alpha: 1 });
  return Float32Array.from({ length: both.length / 2 }, (_, bucket) => both[bucket * 2 + 1] ?? 1);
}

function trainHead(rows: readonly HeadRow[], calm: readonly string[], deps: HeadDeps, config: UrgencyHeadConfig): LinearModel {
  const vectorOf = config.view === 'word' ? deps.wordVector : deps.fullVector;
  return trainHeadModel(rows.map((r) => ({ vector: vectorOf(r.text), high: r.high, reasons: deps.reasonCount(r.text), lookalike: isLookalike(r) })), calm.map((text) => vectorOf(text)), config);
}

function report(name: string, rows: readonly HeadRow[], predicted: readonly boolean[], log: (m: string) => void): void {
  const pr = precisionRecall(predicted, rows.map((r) => r.high));
  const families = new Map<string, { found: number; total: number }>();
  rows.forEach((r, i) => {
    if (!r.high) return;
    const f = families.get(r.family) ?? { found: 0, total: 0 };
    f.total += 1;
    if (predicted[i]) f.found += 1;
    families.set(r.family, f);
  });
  log(`  ${name.padEnd(44)} n=${rows.length} high P ${pr.precision.toFixed(3)} R ${pr.recall.toFixed(3)} (fp ${pr.fp}, fn ${pr.fn}; ${[...families].map(([k, v]) => `${k} ${v.found}/${v.total}`).join(', ')})`);
}

/** The dump holds this many English calm texts; lobo and calibration sample fewer from them. */
const DUMPED_ENGLISH_CALM = 20000;

/** English calm negatives: a stable sample of the texts no urgent rule fires on. */
function englishCalm(deps: HeadDeps, sample: number): string[] {
  return sample > 0 ? stableSample(deps.calmEnglishTexts.filter((t) => !deps.ruled(t)), sample, (t) => t) : [];
}

/**
 * Writes what the head and the word-level urgency model read for every inbox row of every
 * non-blind urgency set (HEAD_INPUT_SETS that exist), the calm SmSA/EmoT train texts and the
 * SmSA/EmoT valid texts, so that scripts/lobo-urgency.ts can retrain the head many times
 * without rebuilding the sentiment model (URGENCY_HEAD_DUMP=<file> npm run train:analysis).
 */
function dumpHeadInputs(deps: HeadDeps, path: string): void {
  const sets = HEAD_INPUT_SETS.filter((name) => existsSync(new URL(`${name}.jsonl`, corpusDir)));
  const corpusRows = deps.corpus.map((m) => ({ text: m.text, high: m.urgency === 'high', source: 'intent-train', family: m.urgency, urgency: m.urgency }));
  const rows = [...corpusRows, ...sets.flatMap(readSet)];
  const inputs = (text: string) => {
    const ruled = deps.ruled(text);
    return { full: deps.fullVector(text), word: deps.wordVector(text), ruled, eligible: deps.eligible(text), reasons: deps.reasonCount(text) };
  };
  const data = new URL('../../../shared/data/nlp/', corpusDir);
  const valid = [...parseSmsa(readFileSync(new URL('smsa/valid_preprocess.tsv', data), 'utf8')), ...parseEmot(readFileSync(new URL('emot/valid_preprocess.csv', data), 'utf8'))].map((r) => r.text);
  const dump: HeadInputs = {
    rows: rows.map((r) => ({ ...r, ...inputs(r.text) })),
    calm: deps.calmTexts.filter((t) => !deps.ruled(t)).map((text) => ({ text, full: deps.fullVector(text), word: deps.wordVector(text), reasons: deps.reasonCount(text) })),
    calmEnglish: englishCalm(deps, DUMPED_ENGLISH_CALM).map((text) => ({ text, full: deps.fullVector(text), word: deps.wordVector(text), reasons: deps.reasonCount(text) })),
    valid: valid.map((text) => ({ text, ...inputs(text) })),
    // Calm look-alikes for lobo and calibration to count: the unit tests' own (unit-test-lookalikes.ts), or a
    // JSON list of texts given in URGENCY_HEAD_PROBES.
    probes: (process.env.URGENCY_HEAD_PROBES ? (JSON.parse(readFileSync(process.env.URGENCY_HEAD_PROBES, 'utf8')) as string[]) : unitTestLookalikes(fileURLToPath(new URL('../src/analysis/', import.meta.url)))).map((text) => ({ text, ...inputs(text) })),
  };
  writeFileSync(path, serialize(dump));
  deps.log(`urgency head: wrote ${dump.rows.length} inbox rows (${sets.join(', ')}), ${dump.calm.length} calm and ${dump.valid.length} valid texts to ${path}`);
}

/** Trains the head on every row and returns it (quantised) with its out-of-fold threshold. */
export function trainUrgencyHead(deps: HeadDeps, config: UrgencyHeadConfig): { model: LinearModel; urgency: LinearModel; threshold: number } {
  const dumpPath = process.env.URGENCY_HEAD_DUMP;
  if (dumpPath) {
    dumpHeadInputs(deps, dumpPath);
    process.exit(0);
  }
  const rows = headRows(deps.corpus, config.freshBatches);
  const calm = [...stableSample(deps.calmTexts.filter((t) => !deps.ruled(t)), config.calmSample, (t) => t), ...englishCalm(deps, config.calmEnglishSample)];
  deps.log(`urgency head: ${rows.length} inbox rows (${rows.filter((r) => r.high).length} high), ${calm.length} calm SmSA/EmoT (+ ${config.calmEnglishSample > 0 ? 'English' : 'no English'}) negatives`);
  const head = new Array<number>(rows.length).fill(0);
  const word = new Array<number>(rows.length).fill(0);
  for (let fold = 0; fold < config.folds; fold += 1) {
    const train = rows.filter((_, i) => foldOf(i, config.folds) !== fold);
    const headModel = trainHead(train, calm, deps, config);
    const urgencyModel = deps.trainUrgency(train.map((r) => ({ text: r.text, label: r.urgency })));
    rows.forEach((r, i) => {
      if (foldOf(i, config.folds) !== fold) return;
      head[i] = deps.probabilityHigh(headModel, deps.fullVector(r.text), 0);
      word[i] = deps.probabilityHigh(urgencyModel, deps.wordVector(r.text), 2);
    });
  }
  const ruled = rows.map((r) => deps.ruled(r.text));
  const eligible = rows.map((r) => deps.eligible(r.text));
  const scored = (scores: readonly number[]) => rows.map((r, i) => ({ score: eligible[i] ? (scores[i] ?? 0) : 0, ruled: ruled[i] ?? false, gold: r.high }));
  const grid = [...THRESHOLD_GRID, 0.9, 0.95];
  const mixed = head.map((h, i) => (1 - config.mix) * h + config.mix * (word[i] ?? 0));
  const headScored = scored(mixed);
  const wordScored = scored(word);
  const ruleThreshold = roundGrid(lowestThresholdAtPrecision([headScored], config.minPrecision, grid));
  const threshold = config.pinnedThreshold ?? ruleThreshold;
  const wordThreshold = roundGrid(lowestThresholdAtPrecision([wordScored], config.minPrecision, grid));
  deps.log(`urgency head: threshold ${threshold}${config.pinnedThreshold === undefined ? '' : ' (pinned)'}; the out-of-fold rule chooses ${ruleThreshold} today (word-level urgency model by the same rule: ${wordThreshold}); out-of-fold figures (TUNING):`);
  const groups: Array<[string, (r: HeadRow) => boolean]> = [['all inbox rows', () => true], ['fresh, rules never tuned on them (train10 on)', (r) => FRESH_SETS.has(r.source)]];
  for (const [name, keep] of groups) {
    const idx = rows.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
    if (idx.length === 0) continue;
    const subset = idx.map((i) => rows[i] as HeadRow);
    report(`${name}, rules only`, subset, idx.map((i) => ruled[i] ?? false), deps.log);
    report(`${name}, rules + word model @${wordThreshold}`, subset, idx.map((i) => (ruled[i] ?? false) || (wordScored[i]?.score ?? 0) >= wordThreshold), deps.log);
    report(`${name}, rules + head @${threshold}`, subset, idx.map((i) => (ruled[i] ?? false) || (headScored[i]?.score ?? 0) >= threshold), deps.log);
  }
  const freshIndex = rows.map((r, i) => (FRESH_SETS.has(r.source) ? i : -1)).filter((i) => i >= 0);
  for (const t of grid) {
    const line = (list: ReturnType<typeof scored>, idx: readonly number[]): string => {
      const pr = precisionRecall(idx.map((i) => (list[i]?.ruled ?? false) || (list[i]?.score ?? 0) >= t), idx.map((i) => list[i]?.gold ?? false));
      const added = idx.filter((i) => !(list[i]?.ruled ?? false) && (list[i]?.score ?? 0) >= t);
      const addedTrue = added.filter((i) => list[i]?.gold ?? false).length;
      return `P ${pr.precision.toFixed(3)} R ${pr.recall.toFixed(3)} +${addedTrue}/${added.length}`;
    };
    const all = rows.map((_, i) => i);
    deps.log(`  sweep ${t.toFixed(2)}: head all ${line(headScored, all)}, fresh ${line(headScored, freshIndex)} | word all ${line(wordScored, all)}, fresh ${line(wordScored, freshIndex)}`);
  }
  // The head's own out-of-fold false alarms (training rows): what the threshold rule trades.
  rows.forEach((r, i) => {
    if (!r.high && !(ruled[i] ?? false) && (headScored[i]?.score ?? 0) >= threshold) deps.log(`  oof head false alarm [${r.source}] ${(head[i] ?? 0).toFixed(2)} ${r.text}`);
  });
  const model = quantizeModel(trainHead(rows, calm, deps, config));
  // The shipped urgency model learns from the same inbox rows (its high class is mixed in).
  const urgency = { ...deps.trainUrgency(rows.map((r) => ({ text: r.text, label: r.urgency }))), name: 'urgency' };
  return { model, urgency, threshold };
}
