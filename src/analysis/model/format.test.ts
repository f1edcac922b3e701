import { describe, expect, it } from 'vitest';
import { BUCKET_MASK, createVector, vectorize } from '../features/vector.js';
import { withoutCharGrams } from '../pipeline.js';
import { decodeWeights, encodeWeights, quantizeIdf } from './format.js';
import { createSplitSums, finishModel, fuseModels, scaledSums, scoreHashes } from './fused.js';
import { probabilitiesInto, type LinearModel } from './linear.js';

function model(name: string, classes: string[], seed: number, mask = 255): LinearModel {
  const weights = Float32Array.from({ length: (mask + 1) * classes.length }, (_, i) => Math.sin(i * seed) * 0.5);
  return { name, kind: 'softmax', classes, mask, weights, scale: 1, bias: Float32Array.from(classes, (_, c) => c * 0.1) };
}

describe('weights file', () => {
  const idf = quantizeIdf(Float32Array.from({ length: 1 << 18 }, (_, i) => 1 + (i % 7)));
  const models = new Map([model('a', ['x', 'y', 'z'], 3), model('b', ['p', 'q'], 5)].map((m) => [m.name, m]));
  const decoded = decodeWeights(encodeWeights({ idf, models, settings: { threshold: 0.25 } }));

  it('round-trips models, the IDF table and settings', () => {
    expect([...decoded.models.keys()]).toEqual(['a', 'b']);
    expect(decoded.models.get('b')?.classes).toEqual(['p', 'q']);
    expect(decoded.settings).toEqual({ threshold: 0.25 });
    expect(decoded.idf.bytes).toEqual(idf.bytes);
  });

  it('keeps probabilities within int8 rounding of the float model', () => {
    const vector = vectorize([1, 2, 3, 77, 1000], idf, createVector());
    const exact = new Float64Array(3);
    const stored = new Float64Array(3);
    probabilitiesInto(models.get('a') as LinearModel, vector, exact);
    probabilitiesInto(decoded.models.get('a') as LinearModel, vector, stored);
    for (let c = 0; c < 3; c += 1) expect(Math.abs((exact[c] ?? 0) - (stored[c] ?? 0))).toBeLessThan(0.01);
  });

  it('scores fused (inference) exactly as the training vectors do', () => {
    const text = decodeWeights(encodeWeights({ idf, models: new Map([['t', model('t', ['x', 'y', 'z'], 7, BUCKET_MASK)]]), settings: {} })).models.get('t') as LinearModel;
    const inbox = decoded.models.get('b') as LinearModel;
    const hashes = [5, 9, 400, 77, 123456];
    const wordLevel = 3;
    const textSums = new Float64Array(8);
    const inboxSums = new Float64Array(8);
    const inverseNorm = scoreHashes(fuseModels([text], idf), fuseModels([inbox]), hashes, hashes.length, wordLevel, textSums, inboxSums);
    const none = createVector();
    const fusedText = new Float64Array(3);
    const fusedInbox = new Float64Array(2);
    finishModel(fuseModels([text], idf), text, textSums, inverseNorm, none, fusedText);
    finishModel(fuseModels([inbox]), inbox, inboxSums, inverseNorm, none, fusedInbox);
    const vector = vectorize(hashes, idf, createVector());
    const trainedText = new Float64Array(3);
    const trainedInbox = new Float64Array(2);
    probabilitiesInto(text, vector, trainedText);
    probabilitiesInto(inbox, withoutCharGrams(vector, wordLevel, vector.length), trainedInbox);
    for (let c = 0; c < 3; c += 1) expect(fusedText[c]).toBeCloseTo(trainedText[c] ?? 0, 10);
    for (let c = 0; c < 2; c += 1) expect(fusedInbox[c]).toBeCloseTo(trainedInbox[c] ?? 0, 10);
  });

  it('scores character n-grams weighted by charScale as vectorize() with that scale does', () => {
    const text = decodeWeights(encodeWeights({ idf, models: new Map([['t', model('t', ['x', 'y', 'z'], 7, BUCKET_MASK)]]), settings: {} })).models.get('t') as LinearModel;
    const inbox = decoded.models.get('b') as LinearModel;
    const hashes = [5, 9, 400, 77, 123456];
    const wordLevel = 3;
    const fused = fuseModels([text], idf);
    const textSums = new Float64Array(8);
    const split = createSplitSums();
    const plainNorm = scoreHashes(fused, fuseModels([inbox]), hashes, hashes.length, wordLevel, textSums, new Float64Array(8), split);
    const scaled = new Float64Array(8);
    const out = new Float64Array(3);
    finishModel(fused, text, scaled, scaledSums(split, 0.7, fused.width, scaled), createVector(), out);
    const trained = new Float64Array(3);
    probabilitiesInto(text, vectorize(hashes, idf, createVector(), wordLevel, 0.7), trained);
    for (let c = 0; c < 3; c += 1) expect(out[c]).toBeCloseTo(trained[c] ?? 0, 10);
    // Scale 1 gives the plain sums and norm.
    const same = new Float64Array(8);
    expect(scaledSums(split, 1, fused.width, same)).toBeCloseTo(plainNorm, 12);
    for (let c = 0; c < 3; c += 1) expect(same[c]).toBe(textSums[c]);
  });

  it('rejects a file that is not a weights file', () => {
    expect(() => decodeWeights(new Uint8Array([1, 2, 3]))).toThrow(/not a Sapa weights file/);
  });
});
