import { describe, expect, it } from 'vitest';
import { encodeWeights, quantizeIdf } from './model/format.js';
import { type LinearModel } from './model/linear.js';
import { buildResources, MODEL_CLASSES, SENTIMENT_STACKER_PLAIN, type LexiconFile } from './resources.js';

const MASK = 255;
const lexicon: LexiconFile = { version: 1, id: [], en: [], shared: [] };

function model(name: string, classes: readonly string[], seed: number): LinearModel {
  const weights = Float32Array.from({ length: (MASK + 1) * classes.length }, (_, i) => Math.sin(i * seed) * 0.5);
  return { name, kind: 'softmax', classes: [...classes], mask: MASK, weights, scale: 1, bias: new Float32Array(classes.length) };
}

function bundle(extra: LinearModel[] = []): Uint8Array {
  const required = (Object.keys(MODEL_CLASSES) as Array<keyof typeof MODEL_CLASSES>).map((name, i) => model(name, MODEL_CLASSES[name], i + 3));
  const idf = quantizeIdf(Float32Array.from({ length: MASK + 1 }, (_, i) => 1 + (i % 4)));
  return encodeWeights({ idf, models: new Map([...required, ...extra].map((m) => [m.name, m])), settings: {} });
}

// Round thirteen: the stackers' own plain model is optional (older weights lack it) and, when the
// weights carry it, it joins the text table the sentiment and emotion models are scored from.
describe('buildResources: the stackers\' plain model', () => {
  it('loads weights without it as before', () => {
    const resources = buildResources(bundle(), lexicon);
    expect(resources.sentimentStackerPlain).toBeUndefined();
    expect(resources.fusedText.width).toBe(9);
  });

  it('fuses it into the text table beside the sentiment model', () => {
    const resources = buildResources(bundle([model(SENTIMENT_STACKER_PLAIN, MODEL_CLASSES.sentiment, 29)]), lexicon);
    const own = resources.sentimentStackerPlain;
    expect(own?.classes).toEqual([...MODEL_CLASSES.sentiment]);
    expect(resources.fusedText.width).toBe(12);
    expect(resources.fusedText.offsets.get(own as LinearModel)).toBe(3);
    expect(resources.fusedText.offsets.get(resources.models.emotion)).toBe(6);
  });

  it('refuses one with other classes than the sentiment model', () => {
    expect(() => buildResources(bundle([model(SENTIMENT_STACKER_PLAIN, ['yes', 'no'], 31)]), lexicon)).toThrow(/sentimentStackerPlain/);
  });
});
