// Logistic regression over hashed features, trained with AdaGrad SGD and L2 decay on the
// weights an example touches. Sparse updates keep a 60k-example run to seconds on one core.
import { type FeatureVector } from '../features/vector.js';
import { type LinearModel, type ModelKind } from '../model/linear.js';
import { seededRandom, shuffleInPlace } from './random.js';

export interface TrainingExample {
  vector: FeatureVector;
  /** Softmax: index of the class. Sigmoid: one 0/1 target per class. */
  target: number | readonly number[];
  /** Importance of the example (class balance, source balance). */
  weight: number;
}

export interface TrainingOptions {
  name: string;
  kind: ModelKind;
  classes: readonly string[];
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * Epoch averaging: the model returned is the mean of the weights at the end of each of the
   * last `averageEpochs` epochs (0: the last weights). Averaged SGD settles the noise of the
   * final updates, which otherwise decides borderline texts by the shuffle.
   */
  averageEpochs?: number;
  /**
   * Per-weight scale (bucket · width + class; see nb-scale.ts): the weights are trained as
   * w = v · scale and the model holds w, so inference does not change.
   */
  featureScale?: Float32Array;
}

function targetOf(example: TrainingExample, c: number): number {
  return typeof example.target === 'number' ? (example.target === c ? 1 : 0) : (example.target[c] ?? 0);
}

export function trainLinear(examples: readonly TrainingExample[], options: TrainingOptions): LinearModel {
  const width = options.classes.length;
  const mask = (1 << options.bits) - 1;
  const weights = new Float32Array((mask + 1) * width);
  const squares = new Float32Array(weights.length);
  const bias = new Float32Array(width);
  const biasSquares = new Float64Array(width);
  const z = new Float64Array(width);
  const gradient = new Float64Array(width);
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  const { learningRate: rate, l2 } = options;
  const averaged = Math.min(options.averageEpochs ?? 0, options.epochs);
  const weightSum = averaged > 0 ? new Float64Array(weights.length) : undefined;
  const biasSum = new Float64Array(width);
  const scaleOf = options.featureScale;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const example = examples[index];
      if (!example) continue;
      const { buckets, values, length } = example.vector;
      z.set(bias.subarray(0, width));
      for (let i = 0; i < length; i += 1) {
        const base = ((buckets[i] ?? 0) & mask) * width;
        const value = values[i] ?? 0;
        if (scaleOf) for (let c = 0; c < width; c += 1) z[c] = (z[c] ?? 0) + (weights[base + c] ?? 0) * (scaleOf[base + c] ?? 1) * value;
        else for (let c = 0; c < width; c += 1) z[c] = (z[c] ?? 0) + (weights[base + c] ?? 0) * value;
      }
      toProbabilities(z, width, options.kind);
      for (let c = 0; c < width; c += 1) gradient[c] = ((z[c] ?? 0) - targetOf(example, c)) * example.weight;
      for (let i = 0; i < length; i += 1) {
        const base = ((buckets[i] ?? 0) & mask) * width;
        const value = values[i] ?? 0;
        for (let c = 0; c < width; c += 1) {
          const at = base + c;
          const w = weights[at] ?? 0;
          const g = (gradient[c] ?? 0) * value * (scaleOf ? (scaleOf[at] ?? 1) : 1) + l2 * w;
          const s = (squares[at] ?? 0) + g * g;
          squares[at] = s;
          weights[at] = w - (rate * g) / Math.sqrt(s + 1e-8);
        }
      }
      for (let c = 0; c < width; c += 1) {
        const g = gradient[c] ?? 0;
        biasSquares[c] = (biasSquares[c] ?? 0) + g * g;
        bias[c] = (bias[c] ?? 0) - (rate * g) / Math.sqrt((biasSquares[c] ?? 0) + 1e-8);
      }
    }
    if (weightSum && epoch >= options.epochs - averaged) {
      for (let i = 0; i < weights.length; i += 1) weightSum[i] = (weightSum[i] ?? 0) + (weights[i] ?? 0);
      for (let c = 0; c < width; c += 1) biasSum[c] = (biasSum[c] ?? 0) + (bias[c] ?? 0);
    }
  }
  if (weightSum) {
    for (let i = 0; i < weights.length; i += 1) weights[i] = (weightSum[i] ?? 0) / averaged;
    for (let c = 0; c < width; c += 1) bias[c] = (biasSum[c] ?? 0) / averaged;
  }
  if (scaleOf) for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] ?? 0) * (scaleOf[i] ?? 1);
  return { name: options.name, kind: options.kind, classes: [...options.classes], mask, weights, scale: 1, bias };
}

function toProbabilities(z: Float64Array, width: number, kind: ModelKind): void {
  if (kind === 'sigmoid') {
    for (let c = 0; c < width; c += 1) z[c] = 1 / (1 + Math.exp(-(z[c] ?? 0)));
    return;
  }
  let max = -Infinity;
  for (let c = 0; c < width; c += 1) max = Math.max(max, z[c] ?? 0);
  let sum = 0;
  for (let c = 0; c < width; c += 1) {
    z[c] = Math.exp((z[c] ?? 0) - max);
    sum += z[c] ?? 0;
  }
  for (let c = 0; c < width; c += 1) z[c] = (z[c] ?? 0) / sum;
}

/**
 * The mean of models trained alike with different seeds. Linear models average exactly
 * (the mean of the weights gives the mean of the logits), so this cuts the variance of SGD
 * at no cost at inference. `shares` weight the models (a weighted mean: models trained on
 * different feature views, see views.ts).
 */
export function averageModels(models: readonly LinearModel[], shares: readonly number[] = models.map(() => 1)): LinearModel {
  const first = models[0];
  if (!first) throw new Error('averageModels: no model');
  const weights = new Float32Array(first.weights.length);
  const bias = new Float32Array(first.bias.length);
  const total = shares.reduce((sum, share) => sum + share, 0);
  models.forEach((model, m) => {
    const share = (shares[m] ?? 0) / total;
    for (let i = 0; i < weights.length; i += 1) weights[i] = (weights[i] ?? 0) + (model.weights[i] ?? 0) * model.scale * share;
    for (let c = 0; c < bias.length; c += 1) bias[c] = (bias[c] ?? 0) + (model.bias[c] ?? 0) * share;
  });
  return { ...first, weights, scale: 1, bias };
}
