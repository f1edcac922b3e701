import { describe, expect, it } from 'vitest';
import { createVector, vectorize } from '../features/vector.js';
import { decodeWeights, encodeWeights, quantizeIdf } from './format.js';
import { finishModel, fuseModels, scoreShared } from './fused.js';
import { probabilitiesInto, type LinearModel } from './linear.js';

function model(name: string, classes: string[], seed: number): LinearModel {
  const weights = Float32Array.from({ length: 256 * classes.length }, (_, i) => Math.sin(i * seed) * 0.5);
  return { name, kind: 'softmax', classes, mask: 255, weights, scale: 1, bias: Float32Array.from(classes, (_, c) => c * 0.1) };
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

  it('scores the same fused as alone', () => {
    const a = decoded.models.get('a') as LinearModel;
    const b = decoded.models.get('b') as LinearModel;
    const fused = fuseModels([a, b]);
    const vector = vectorize([5, 9, 400], idf, createVector());
    const sums = new Float64Array(8);
    scoreShared(fused, vector, vector.length, sums);
    const alone = new Float64Array(2);
    const together = new Float64Array(2);
    probabilitiesInto(b, vector, alone);
    finishModel(fused, b, sums, vector, vector.length, together);
    expect(together[0]).toBeCloseTo(alone[0] ?? 0, 12);
  });

  it('rejects a file that is not a weights file', () => {
    expect(() => decodeWeights(new Uint8Array([1, 2, 3]))).toThrow(/not a Sapa weights file/);
  });
});
