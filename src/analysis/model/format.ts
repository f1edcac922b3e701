// The weights file: magic, header length, a JSON header, then raw byte blocks — the IDF
// table (uint8) and one int8 block per model. Int8 with one scale per model keeps the
// models at a quarter of float32 and loads with one copy; the accuracy lost to rounding
// is part of what the eval measures, since it loads this very file.
import { type IdfTable } from '../features/vector.js';
import { type LinearModel, type ModelKind } from './linear.js';

const MAGIC = 'SAPAW002';

interface StoredModel {
  name: string;
  kind: ModelKind;
  classes: string[];
  bits: number;
  scale: number;
  bias: number[];
  offset: number;
}

interface WeightsHeader {
  version: 2;
  idf: { length: number; scale: number; offset: number };
  models: StoredModel[];
  settings: Record<string, number>;
}

export interface WeightsBundle {
  idf: IdfTable;
  models: Map<string, LinearModel>;
  /** Decision thresholds tuned by the training script, stored with the weights they fit. */
  settings: Record<string, number>;
}

export function quantize(weights: Float32Array): { weights: Int8Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const out = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i += 1) out[i] = Math.round((weights[i] ?? 0) / scale);
  return { weights: out, scale };
}

export function quantizeIdf(idf: Float32Array): IdfTable {
  let max = 0;
  for (const v of idf) max = Math.max(max, v);
  const scale = max > 0 ? max / 255 : 1;
  return { bytes: Uint8Array.from(idf, (v) => Math.round(v / scale)), scale };
}

/** The model as it will be after a save and a load (int8 weights). */
export function quantizeModel(model: LinearModel): LinearModel {
  if (model.weights instanceof Int8Array) return model;
  const q = quantize(model.weights);
  return { ...model, weights: q.weights, scale: q.scale * model.scale };
}

function asBytes(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

export function encodeWeights(bundle: WeightsBundle): Uint8Array {
  const blocks: Uint8Array[] = [bundle.idf.bytes];
  let offset = bundle.idf.bytes.length;
  const models: StoredModel[] = [];
  for (const model of bundle.models.values()) {
    const q = quantizeModel(model);
    models.push({ name: q.name, kind: q.kind, classes: [...q.classes], bits: Math.log2(q.mask + 1), scale: q.scale, bias: [...q.bias], offset });
    blocks.push(asBytes(q.weights));
    offset += q.weights.byteLength;
  }
  const header: WeightsHeader = { version: 2, idf: { length: bundle.idf.bytes.length, scale: bundle.idf.scale, offset: 0 }, models, settings: bundle.settings };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(12 + headerBytes.length + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  let at = 12 + headerBytes.length;
  for (const block of blocks) {
    out.set(block, at);
    at += block.length;
  }
  return out;
}

export function decodeWeights(bytes: Uint8Array): WeightsBundle {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw new Error('analysis weights: not a Sapa weights file of this version');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as WeightsHeader;
  const base = 12 + headerLength;
  // Copies: the file buffer may be pooled and is not aligned for typed arrays.
  const block = (offset: number, length: number): Uint8Array => {
    if (base + offset + length > bytes.length) throw new Error('analysis weights: file is truncated');
    return bytes.slice(base + offset, base + offset + length);
  };
  const idf: IdfTable = { bytes: block(header.idf.offset, header.idf.length), scale: header.idf.scale };
  const models = new Map<string, LinearModel>();
  for (const m of header.models) {
    const raw = block(m.offset, (1 << m.bits) * m.classes.length);
    const weights = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
    models.set(m.name, { name: m.name, kind: m.kind, classes: m.classes, mask: (1 << m.bits) - 1, weights, scale: m.scale, bias: Float32Array.from(m.bias) });
  }
  return { idf, models, settings: header.settings };
}
