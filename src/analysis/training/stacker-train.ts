// Trains the second-stage sentiment model (model/stacker.ts): one hidden layer of sigmoid units
// plus a linear path from the inputs, softmax out, weighted cross-entropy, AdaGrad SGD over
// examples in a seeded order (deterministic). The linear path starts as the identity on the
// first-stage log-probabilities and its L2 pulls towards that start, so with little evidence
// the stacker gives back the first stage's reading and only moves where the data says so.
import { type LinearModel } from '../model/linear.js';
import { STACK_INPUTS, SENTIMENT_STACK_HIDDEN, SENTIMENT_STACK_OUTPUT, type Stacker } from '../model/stacker.js';
import { seededRandom, shuffleInPlace } from './random.js';

export interface StackExample {
  /** Dense inputs (stackInputsInto). */
  inputs: Float64Array;
  target: number;
  weight: number;
}

export interface StackerOptions {
  hidden: number;
  /**
   * Input slots the stacker learns from (the first `inputs` of STACK_INPUTS; default all). A
   * stacker without the round-ten inbox opinion trains on 26, so its weights stay as before.
   */
  inputs?: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

const bitsFor = (slots: number): number => Math.ceil(Math.log2(Math.max(2, slots)));

export function trainStacker(examples: readonly StackExample[], classes: readonly string[], options: StackerOptions): Stacker {
  const units = options.hidden;
  const width = classes.length;
  const inputCount = Math.min(STACK_INPUTS, options.inputs ?? STACK_INPUTS);
  const slots = units + inputCount;
  const random = seededRandom(options.seed);
  // Parameters in one array each, with AdaGrad accumulators and L2 anchors beside them.
  const w1 = Float64Array.from({ length: inputCount * units }, () => (random() - 0.5) * 0.6);
  const b1 = new Float64Array(units);
  const w2 = new Float64Array(slots * width);
  for (let i = 0; i < units * width; i += 1) w2[i] = (random() - 0.5) * 0.2;
  // Identity on the log-probabilities: the stacker starts as the first stage.
  for (let c = 0; c < width; c += 1) w2[(units + c) * width + c] = 1;
  const anchor2 = Float64Array.from(w2, (w, i) => (i >= units * width ? w : 0));
  const b2 = new Float64Array(width);
  const g1 = new Float64Array(w1.length);
  const gb1 = new Float64Array(units);
  const g2 = new Float64Array(w2.length);
  const gb2 = new Float64Array(width);
  const hidden = new Float64Array(units);
  const z = new Float64Array(width);
  const delta = new Float64Array(width);
  const back = new Float64Array(units);
  const { learningRate: rate, l2 } = options;
  const step = (params: Float64Array, squares: Float64Array, at: number, gradient: number): void => {
    squares[at] = (squares[at] ?? 0) + gradient * gradient;
    params[at] = (params[at] ?? 0) - (rate * gradient) / Math.sqrt((squares[at] ?? 0) + 1e-8);
  };
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const example = examples[index];
      if (!example) continue;
      const x = example.inputs;
      for (let h = 0; h < units; h += 1) {
        let sum = b1[h] ?? 0;
        for (let i = 0; i < inputCount; i += 1) sum += (w1[i * units + h] ?? 0) * (x[i] ?? 0);
        hidden[h] = 1 / (1 + Math.exp(-sum));
      }
      let max = -Infinity;
      for (let c = 0; c < width; c += 1) {
        let sum = b2[c] ?? 0;
        for (let h = 0; h < units; h += 1) sum += (w2[h * width + c] ?? 0) * (hidden[h] ?? 0);
        for (let i = 0; i < inputCount; i += 1) sum += (w2[(units + i) * width + c] ?? 0) * (x[i] ?? 0);
        z[c] = sum;
        max = Math.max(max, sum);
      }
      let total = 0;
      for (let c = 0; c < width; c += 1) total += z[c] = Math.exp((z[c] ?? 0) - max);
      for (let c = 0; c < width; c += 1) delta[c] = ((z[c] ?? 0) / total - (c === example.target ? 1 : 0)) * example.weight;
      back.fill(0);
      for (let c = 0; c < width; c += 1) {
        const d = delta[c] ?? 0;
        for (let h = 0; h < units; h += 1) {
          const at = h * width + c;
          back[h] = (back[h] ?? 0) + d * (w2[at] ?? 0);
          step(w2, g2, at, d * (hidden[h] ?? 0) + l2 * (w2[at] ?? 0));
        }
        for (let i = 0; i < inputCount; i += 1) {
          const at = (units + i) * width + c;
          step(w2, g2, at, d * (x[i] ?? 0) + l2 * ((w2[at] ?? 0) - (anchor2[at] ?? 0)));
        }
        step(b2, gb2, c, d);
      }
      for (let h = 0; h < units; h += 1) {
        const a = hidden[h] ?? 0;
        const d = (back[h] ?? 0) * a * (1 - a);
        for (let i = 0; i < inputCount; i += 1) {
          const at = i * units + h;
          step(w1, g1, at, d * (x[i] ?? 0) + l2 * (w1[at] ?? 0));
        }
        step(b1, gb1, h, d);
      }
    }
  }
  const hiddenModel: LinearModel = {
    name: SENTIMENT_STACK_HIDDEN,
    kind: 'sigmoid',
    classes: Array.from({ length: units }, (_, h) => `h${h}`),
    mask: (1 << bitsFor(STACK_INPUTS)) - 1,
    weights: padded(w1, (1 << bitsFor(STACK_INPUTS)) * units),
    scale: 1,
    bias: Float32Array.from(b1),
  };
  const outputModel: LinearModel = {
    name: SENTIMENT_STACK_OUTPUT,
    kind: 'softmax',
    classes: [...classes],
    mask: (1 << bitsFor(units + STACK_INPUTS)) - 1,
    weights: padded(w2, (1 << bitsFor(units + STACK_INPUTS)) * width),
    scale: 1,
    bias: Float32Array.from(b2),
  };
  return { hidden: hiddenModel, output: outputModel };
}

function padded(values: Float64Array, length: number): Float32Array {
  const out = new Float32Array(length);
  out.set(values);
  return out;
}
