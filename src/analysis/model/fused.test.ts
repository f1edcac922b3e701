import { describe, expect, it } from 'vitest';
import { BUCKET_MASK } from '../features/vector.js';
import { decodeWeights, encodeWeights, quantizeIdf } from './format.js';
import { createSplitSums, fuseModels, scoreHashes } from './fused.js';
import { type LinearModel } from './linear.js';

function model(name: string, width: number, seed: number, mask = BUCKET_MASK): LinearModel {
  const classes = Array.from({ length: width }, (_, c) => `c${c}`);
  const weights = Float32Array.from({ length: (mask + 1) * width }, (_, i) => Math.sin(i * seed) * 0.5);
  return { name, kind: 'softmax', classes, mask, weights, scale: 1, bias: new Float32Array(width) };
}

// The shipped widths have unrolled loops (9, 10, with the round-nine tone model 13, and with the
// round-ten inbox opinion and domain model 18, with round thirteen's stacker plain model 21); the sums
// must be the ones of one model at a time, whatever the layout.
describe('fused scoring widths', () => {
  const idf = quantizeIdf(Float32Array.from({ length: BUCKET_MASK + 1 }, (_, i) => 1 + (i % 5)));
  const stored = (m: LinearModel): LinearModel => decodeWeights(encodeWeights({ idf, models: new Map([[m.name, m]]), settings: {} })).models.get(m.name) as LinearModel;
  const parts = [stored(model('sentiment', 3, 3)), stored(model('tone', 3, 5)), stored(model('emotion', 6, 7)), stored(model('head', 1, 11))];
  const inbox = fuseModels([stored(model('inbox', 2, 13, 255))]);
  const hashes = [5, 9, 400, 77, 123456, 98765, 31];
  const wordLevel = 4;

  const sumsOf = (models: LinearModel[], withSplit: boolean): Map<string, number[]> => {
    const fused = fuseModels(models, idf);
    const sums = new Float64Array(32);
    scoreHashes(fused, inbox, hashes, hashes.length, wordLevel, sums, new Float64Array(32), withSplit ? createSplitSums() : undefined);
    return new Map(models.map((m) => [m.name, Array.from(sums.subarray(fused.offsets.get(m) ?? 0, (fused.offsets.get(m) ?? 0) + m.classes.length))]));
  };

  it.each([false, true])('gives each model its own sums at width 13 (split %s)', (withSplit) => {
    const together = sumsOf(parts, withSplit);
    for (const part of parts) expect(together.get(part.name)).toEqual(sumsOf([part], withSplit).get(part.name));
  });

  it.each([false, true])('gives each model its own sums at width 18 (split %s)', (withSplit) => {
    const wide = [parts[0], parts[1], stored(model('inboxOpinion', 3, 17)), stored(model('domain', 2, 19)), parts[2], parts[3]] as LinearModel[];
    const together = sumsOf(wide, withSplit);
    for (const part of wide) expect(together.get(part.name)).toEqual(sumsOf([part], withSplit).get(part.name));
  });

  it.each([false, true])('gives each model its own sums at width 21 (split %s)', (withSplit) => {
    const wide = [parts[0], parts[1], stored(model('stackerPlain', 3, 23)), stored(model('inboxOpinion', 3, 17)), stored(model('domain', 2, 19)), parts[2], parts[3]] as LinearModel[];
    const together = sumsOf(wide, withSplit);
    for (const part of wide) expect(together.get(part.name)).toEqual(sumsOf([part], withSplit).get(part.name));
  });
});
