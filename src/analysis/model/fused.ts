// Inference layout. Models that read the same features have their weights interleaved per
// bucket (sentiment 3 + emotion 6 side by side), and the text group's rows also carry the
// bucket's IDF byte: one memory fetch per feature then serves the TF-IDF value and every
// model, where separate tables cost a cache miss each. The maths is the training
// vectorize(): value = idf / √Σidf², so the sums are taken on raw IDF bytes and divided once.
import { type FeatureVector, type IdfTable } from '../features/vector.js';
import { type LinearModel, softmaxInPlace, sigmoid } from './linear.js';

export interface FusedModels {
  readonly mask: number;
  /** Classes of all models together. */
  readonly width: number;
  /** Bytes per bucket: the IDF byte (when present) then `width` weights. */
  readonly rowBytes: number;
  readonly idfBytes: Uint8Array;
  readonly weights: Int8Array;
  readonly withIdf: boolean;
  /** Where each model's classes start within a row's weights. */
  readonly offsets: ReadonlyMap<LinearModel, number>;
}

export function fuseModels(models: readonly LinearModel[], idf?: IdfTable): FusedModels {
  const mask = models[0]?.mask ?? 0;
  if (models.some((m) => m.mask !== mask || !(m.weights instanceof Int8Array))) throw new Error('fuseModels: models need int8 weights and equal bucket counts');
  if (idf && idf.bytes.length !== mask + 1) throw new Error('fuseModels: the IDF table must have one byte per bucket');
  const width = models.reduce((sum, m) => sum + m.classes.length, 0);
  const lead = idf ? 1 : 0;
  const rowBytes = lead + width;
  const buffer = new ArrayBuffer((mask + 1) * rowBytes);
  const idfBytes = new Uint8Array(buffer);
  const weights = new Int8Array(buffer);
  const offsets = new Map<LinearModel, number>();
  let offset = 0;
  for (const model of models) {
    const classes = model.classes.length;
    interleave(weights, rowBytes, lead + offset, model.weights as Int8Array, classes, mask + 1);
    offsets.set(model, offset);
    offset += classes;
  }
  // The IDF bytes as int8 through the same buffer: the bytes copied are the same, and one copy loop serves all.
  if (idf) interleave(weights, rowBytes, 0, new Int8Array(idf.bytes.buffer, idf.bytes.byteOffset, idf.bytes.length), 1, mask + 1);
  return { mask, width, rowBytes, idfBytes, weights, withIdf: idf !== undefined, offsets };
}

/**
 * Copies `buckets` rows of `width` values from `source` (rows side by side) into column
 * `column` of `target`'s rows of `rowBytes`. Its own small function: every thread fuses the
 * text group at start-up (262,144 rows of 10 bytes), and inlined in fuseModels the loops ran
 * interpreted, then on-stack-replaced and deoptimised at each next loop: 50–75 ms per thread,
 * 20–30 ms this way.
 */
function interleave(target: Int8Array, rowBytes: number, column: number, source: Int8Array, width: number, buckets: number): void {
  for (let bucket = 0, from = 0, to = column; bucket < buckets; bucket += 1, from += width, to += rowBytes) {
    for (let c = 0; c < width; c += 1) target[to + c] = source[from + c] ?? 0;
  }
}

// Per-message scratch: row offsets and IDF bytes of each feature, gathered once.
let textRows = new Int32Array(1024);
let inboxRows = new Int32Array(1024);
let idfs = new Int32Array(1024);

function reserve(count: number): void {
  if (count <= idfs.length) return;
  const size = Math.max(count, idfs.length * 2);
  textRows = new Int32Array(size);
  inboxRows = new Int32Array(size);
  idfs = new Int32Array(size);
}

/**
 * Scores a message's first `count` feature hashes: `text` (with IDF) reads all of them,
 * `inbox` the first `wordLevel`. Fills both sums (in IDF-byte units) and returns 1/√Σidf²,
 * the factor that turns sums into the logits of TF-IDF vectors. The rows are gathered
 * first and each class is then summed in a register, which is markedly faster than
 * updating every class of the sums array for every feature.
 */
export function scoreHashes(text: FusedModels, inbox: FusedModels, hashes: ArrayLike<number>, count: number, wordLevel: number, textSums: Float64Array, inboxSums: Float64Array, split?: SplitSums): number {
  reserve(count);
  const { idfBytes, weights, mask, rowBytes, width } = text;
  let squares = 0;
  let wordSquares = 0;
  for (let i = 0; i < count; i += 1) {
    const hash = hashes[i] ?? 0;
    const row = (hash & mask) * rowBytes;
    const idf = idfBytes[row] ?? 0;
    textRows[i] = row + 1;
    idfs[i] = idf;
    squares += idf * idf;
    if (i < wordLevel) {
      inboxRows[i] = (hash & inbox.mask) * inbox.width;
      wordSquares = squares;
    }
  }
  if (split) {
    // Word-level and character sums apart, for models that weight the n-grams (charScale).
    if (width === 9) {
      sumNine(weights, textRows, idfs, 0, wordLevel, split.word);
      sumNine(weights, textRows, idfs, wordLevel, count, split.char);
    } else if (width === 10) {
      sumTen(weights, textRows, idfs, 0, wordLevel, split.word);
      sumTen(weights, textRows, idfs, wordLevel, count, split.char);
    } else if (width === 13) {
      sumThirteen(weights, textRows, idfs, 0, wordLevel, split.word);
      sumThirteen(weights, textRows, idfs, wordLevel, count, split.char);
    } else if (width === 18) {
      sumEighteen(weights, textRows, idfs, 0, wordLevel, split.word);
      sumEighteen(weights, textRows, idfs, wordLevel, count, split.char);
    } else if (width === 21) {
      sumTwentyOne(weights, textRows, idfs, 0, wordLevel, split.word);
      sumTwentyOne(weights, textRows, idfs, wordLevel, count, split.char);
    } else {
      sumRange(weights, width, textRows, idfs, 0, wordLevel, split.word);
      sumRange(weights, width, textRows, idfs, wordLevel, count, split.char);
    }
    split.wordSquares = wordSquares;
    split.charSquares = squares - wordSquares;
    for (let c = 0; c < width; c += 1) textSums[c] = (split.word[c] ?? 0) + (split.char[c] ?? 0);
  } else if (width === 9) sumNine(weights, textRows, idfs, 0, count, textSums);
  else if (width === 10) sumTen(weights, textRows, idfs, 0, count, textSums);
  else if (width === 13) sumThirteen(weights, textRows, idfs, 0, count, textSums);
  else if (width === 18) sumEighteen(weights, textRows, idfs, 0, count, textSums);
  else if (width === 21) sumTwentyOne(weights, textRows, idfs, 0, count, textSums);
  else sumClasses(weights, width, textRows, idfs, count, textSums);
  if (inbox.width === 8) sumEight(inbox.weights, inboxRows, idfs, wordLevel, inboxSums);
  else sumClasses(inbox.weights, inbox.width, inboxRows, idfs, wordLevel, inboxSums);
  return squares > 0 ? 1 / Math.sqrt(squares) : 0;
}

/** A text group's sums kept apart: word level and character n-grams, with their Σidf². */
export interface SplitSums {
  word: Float64Array;
  char: Float64Array;
  wordSquares: number;
  charSquares: number;
}

export function createSplitSums(): SplitSums {
  return { word: new Float64Array(32), char: new Float64Array(32), wordSquares: 0, charSquares: 0 };
}

/**
 * The sums and inverse norm of a vector whose character n-grams weigh `charScale` (vectorize()
 * with that scale): writes the sums into `into` and returns the inverse norm.
 */
export function scaledSums(split: SplitSums, charScale: number, width: number, into: Float64Array): number {
  for (let c = 0; c < width; c += 1) into[c] = (split.word[c] ?? 0) + charScale * (split.char[c] ?? 0);
  const squares = split.wordSquares + charScale * charScale * split.charSquares;
  return squares > 0 ? 1 / Math.sqrt(squares) : 0;
}

function sumRange(weights: Int8Array, width: number, rows: Int32Array, idf: Int32Array, from: number, to: number, sums: Float64Array): void {
  for (let c = 0; c < width; c += 1) {
    let sum = 0;
    for (let i = from; i < to; i += 1) sum += (weights[(rows[i] ?? 0) + c] ?? 0) * (idf[i] ?? 0);
    sums[c] = sum;
  }
}

// The sums are of integers (int8 weight × IDF byte) far below 2^53, so every summing order
// gives the same numbers. Each class is summed in a register (updating an array per feature
// is markedly slower); the shipped widths (3 + 6 sentiment and emotion, 5 + 3 intent and
// urgency) get one pass over the rows, others one pass per class.
function sumClasses(weights: Int8Array, width: number, rows: Int32Array, idf: Int32Array, count: number, sums: Float64Array): void {
  for (let c = 0; c < width; c += 1) {
    let sum = 0;
    for (let i = 0; i < count; i += 1) sum += (weights[(rows[i] ?? 0) + c] ?? 0) * (idf[i] ?? 0);
    sums[c] = sum;
  }
}

function sumNine(w: Int8Array, rows: Int32Array, idf: Int32Array, from: number, to: number, sums: Float64Array): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  for (let i = from; i < to; i += 1) {
    const r = rows[i] as number;
    const f = idf[i] as number;
    s0 += (w[r] as number) * f;
    s1 += (w[r + 1] as number) * f;
    s2 += (w[r + 2] as number) * f;
    s3 += (w[r + 3] as number) * f;
    s4 += (w[r + 4] as number) * f;
    s5 += (w[r + 5] as number) * f;
    s6 += (w[r + 6] as number) * f;
    s7 += (w[r + 7] as number) * f;
    s8 += (w[r + 8] as number) * f;
  }
  sums[0] = s0; sums[1] = s1; sums[2] = s2; sums[3] = s3; sums[4] = s4; sums[5] = s5; sums[6] = s6; sums[7] = s7; sums[8] = s8;
}

// Sentiment 3 + emotion 6 + the high-urgency head 1 (round seven): one more register.
function sumTen(w: Int8Array, rows: Int32Array, idf: Int32Array, from: number, to: number, sums: Float64Array): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0;
  for (let i = from; i < to; i += 1) {
    const r = rows[i] as number;
    const f = idf[i] as number;
    s0 += (w[r] as number) * f;
    s1 += (w[r + 1] as number) * f;
    s2 += (w[r + 2] as number) * f;
    s3 += (w[r + 3] as number) * f;
    s4 += (w[r + 4] as number) * f;
    s5 += (w[r + 5] as number) * f;
    s6 += (w[r + 6] as number) * f;
    s7 += (w[r + 7] as number) * f;
    s8 += (w[r + 8] as number) * f;
    s9 += (w[r + 9] as number) * f;
  }
  sums[0] = s0; sums[1] = s1; sums[2] = s2; sums[3] = s3; sums[4] = s4; sums[5] = s5; sums[6] = s6; sums[7] = s7; sums[8] = s8; sums[9] = s9;
}

// Round nine: sentiment 3 + tone 3 + emotion 6 + head 1, still one pass over the rows.
function sumThirteen(w: Int8Array, rows: Int32Array, idf: Int32Array, from: number, to: number, sums: Float64Array): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0;
  for (let i = from; i < to; i += 1) {
    const r = rows[i] as number;
    const f = idf[i] as number;
    s0 += (w[r] as number) * f;
    s1 += (w[r + 1] as number) * f;
    s2 += (w[r + 2] as number) * f;
    s3 += (w[r + 3] as number) * f;
    s4 += (w[r + 4] as number) * f;
    s5 += (w[r + 5] as number) * f;
    s6 += (w[r + 6] as number) * f;
    s7 += (w[r + 7] as number) * f;
    s8 += (w[r + 8] as number) * f;
    s9 += (w[r + 9] as number) * f;
    s10 += (w[r + 10] as number) * f;
    s11 += (w[r + 11] as number) * f;
    s12 += (w[r + 12] as number) * f;
  }
  sums[0] = s0; sums[1] = s1; sums[2] = s2; sums[3] = s3; sums[4] = s4; sums[5] = s5; sums[6] = s6; sums[7] = s7; sums[8] = s8; sums[9] = s9; sums[10] = s10; sums[11] = s11; sums[12] = s12;
}

// Round ten: sentiment 3 + tone 3 + inbox opinion 3 + domain 2 + emotion 6 + head 1, one pass.
function sumEighteen(w: Int8Array, rows: Int32Array, idf: Int32Array, from: number, to: number, sums: Float64Array): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0, s16 = 0, s17 = 0;
  for (let i = from; i < to; i += 1) {
    const r = rows[i] as number;
    const f = idf[i] as number;
    s0 += (w[r] as number) * f;
    s1 += (w[r + 1] as number) * f;
    s2 += (w[r + 2] as number) * f;
    s3 += (w[r + 3] as number) * f;
    s4 += (w[r + 4] as number) * f;
    s5 += (w[r + 5] as number) * f;
    s6 += (w[r + 6] as number) * f;
    s7 += (w[r + 7] as number) * f;
    s8 += (w[r + 8] as number) * f;
    s9 += (w[r + 9] as number) * f;
    s10 += (w[r + 10] as number) * f;
    s11 += (w[r + 11] as number) * f;
    s12 += (w[r + 12] as number) * f;
    s13 += (w[r + 13] as number) * f;
    s14 += (w[r + 14] as number) * f;
    s15 += (w[r + 15] as number) * f;
    s16 += (w[r + 16] as number) * f;
    s17 += (w[r + 17] as number) * f;
  }
  sums[0] = s0; sums[1] = s1; sums[2] = s2; sums[3] = s3; sums[4] = s4; sums[5] = s5; sums[6] = s6; sums[7] = s7; sums[8] = s8; sums[9] = s9; sums[10] = s10; sums[11] = s11; sums[12] = s12; sums[13] = s13; sums[14] = s14; sums[15] = s15; sums[16] = s16; sums[17] = s17;
}

// Round thirteen: the round-ten row plus the stackers' own plain model 3, one pass.
function sumTwentyOne(w: Int8Array, rows: Int32Array, idf: Int32Array, from: number, to: number, sums: Float64Array): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0, s16 = 0, s17 = 0, s18 = 0, s19 = 0, s20 = 0;
  for (let i = from; i < to; i += 1) {
    const r = rows[i] as number;
    const f = idf[i] as number;
    s0 += (w[r] as number) * f;
    s1 += (w[r + 1] as number) * f;
    s2 += (w[r + 2] as number) * f;
    s3 += (w[r + 3] as number) * f;
    s4 += (w[r + 4] as number) * f;
    s5 += (w[r + 5] as number) * f;
    s6 += (w[r + 6] as number) * f;
    s7 += (w[r + 7] as number) * f;
    s8 += (w[r + 8] as number) * f;
    s9 += (w[r + 9] as number) * f;
    s10 += (w[r + 10] as number) * f;
    s11 += (w[r + 11] as number) * f;
    s12 += (w[r + 12] as number) * f;
    s13 += (w[r + 13] as number) * f;
    s14 += (w[r + 14] as number) * f;
    s15 += (w[r + 15] as number) * f;
    s16 += (w[r + 16] as number) * f;
    s17 += (w[r + 17] as number) * f;
    s18 += (w[r + 18] as number) * f;
    s19 += (w[r + 19] as number) * f;
    s20 += (w[r + 20] as number) * f;
  }
  sums[0] = s0; sums[1] = s1; sums[2] = s2; sums[3] = s3; sums[4] = s4; sums[5] = s5; sums[6] = s6; sums[7] = s7; sums[8] = s8; sums[9] = s9; sums[10] = s10; sums[11] = s11; sums[12] = s12; sums[13] = s13; sums[14] = s14; sums[15] = s15; sums[16] = s16; sums[17] = s17; sums[18] = s18; sums[19] = s19; sums[20] = s20;
}

function sumEight(w: Int8Array, rows: Int32Array, idf: Int32Array, count: number, sums: Float64Array): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
  for (let i = 0; i < count; i += 1) {
    const r = rows[i] as number;
    const f = idf[i] as number;
    s0 += (w[r] as number) * f;
    s1 += (w[r + 1] as number) * f;
    s2 += (w[r + 2] as number) * f;
    s3 += (w[r + 3] as number) * f;
    s4 += (w[r + 4] as number) * f;
    s5 += (w[r + 5] as number) * f;
    s6 += (w[r + 6] as number) * f;
    s7 += (w[r + 7] as number) * f;
  }
  sums[0] = s0; sums[1] = s1; sums[2] = s2; sums[3] = s3; sums[4] = s4; sums[5] = s5; sums[6] = s6; sums[7] = s7;
}

/**
 * Probabilities of one model: its slice of the sums times `inverseNorm`, plus the extra
 * features (stacked probabilities, rule reasons) scored with the model's own weights.
 */
export function finishModel(fused: FusedModels, model: LinearModel, sums: Float64Array, inverseNorm: number, extras: FeatureVector, out: Float64Array): void {
  const classes = model.classes.length;
  const offset = fused.offsets.get(model) ?? 0;
  for (let c = 0; c < classes; c += 1) out[c] = (sums[offset + c] ?? 0) * inverseNorm;
  for (let i = 0; i < extras.length; i += 1) {
    const base = ((extras.buckets[i] ?? 0) & model.mask) * classes;
    const value = extras.values[i] ?? 0;
    for (let c = 0; c < classes; c += 1) out[c] = (out[c] ?? 0) + (model.weights[base + c] ?? 0) * value;
  }
  for (let c = 0; c < classes; c += 1) out[c] = (out[c] ?? 0) * model.scale + (model.bias[c] ?? 0);
  if (model.kind === 'softmax') softmaxInPlace(out, classes);
  else for (let c = 0; c < classes; c += 1) out[c] = sigmoid(out[c] ?? 0);
}
