import { describe, expect, it } from 'vitest';
import { quantizeModel } from '../model/format.js';
import { INBOX_SHARE_SLOT, INBOX_STACK_HIDDEN, INBOX_STACK_OUTPUT, mixByShare, STACK_INPUTS, STACK_MAX_LOGIT, STACK_MAX_WORDS, STACK_INPUTS_WITHOUT_INBOX, stackerInto, stackerOf, stackInputsInto, type StackInputs } from '../model/stacker.js';
import { trainStacker, type StackExample } from './stacker-train.js';

const CLASSES = ['positive', 'neutral', 'negative'];

function inputs(sentiment: number[], complaintFact: boolean): Float64Array {
  const message: StackInputs = {
    sentiment,
    emotion: [0, 0, 0, 0, 0, 1],
    sarcasm: false,
    complaintFact,
    negatedNegativesOnly: false,
    otherComplaint: false,
    urgent: false,
    words: 8,
    language: 'en',
    wordLogits: [0, 0, 0],
    charLogits: [0, 0, 0],
  };
  return stackInputsInto(message, new Float64Array(STACK_INPUTS));
}

const argmax = (values: Float64Array): number => [0, 1, 2].reduce((best, c) => ((values[c] ?? 0) > (values[best] ?? 0) ? c : best), 0);

describe('trainStacker', () => {
  // First stage right on plain texts; a complaint fact with a cheerful reading is negative.
  const examples: StackExample[] = [];
  for (let i = 0; i < 300; i += 1) {
    const confident = 0.5 + (i % 5) * 0.1;
    const rest = (1 - confident) / 2;
    const target = i % 3;
    const probabilities = [rest, rest, rest];
    probabilities[target] = confident;
    examples.push({ inputs: inputs(probabilities, false), target, weight: 1 });
    if (target === 0) examples.push({ inputs: inputs(probabilities, true), target: 2, weight: 1 });
  }
  const stacker = trainStacker(examples, CLASSES, { hidden: 4, epochs: 20, learningRate: 0.05, l2: 1e-4, seed: 3 });
  const quantized = { hidden: quantizeModel(stacker.hidden), output: quantizeModel(stacker.output) };
  const out = new Float64Array(3);

  it('keeps the first stage where nothing else speaks', () => {
    expect(argmax(stackerInto(quantized, inputs([0.1, 0.7, 0.2], false), out))).toBe(1);
    expect(argmax(stackerInto(quantized, inputs([0.1, 0.2, 0.7], false), out))).toBe(2);
    expect(argmax(stackerInto(quantized, inputs([0.7, 0.2, 0.1], false), out))).toBe(0);
  });

  it('learns what a cue does to a reading', () => {
    expect(argmax(stackerInto(quantized, inputs([0.7, 0.2, 0.1], true), out))).toBe(2);
  });

  it('puts the second opinion (round nine) in the last three slots, zeros without one', () => {
    const base = { sentiment: [0.6, 0.3, 0.1], emotion: [0, 0, 0, 0, 0, 1], sarcasm: false, complaintFact: false, negatedNegativesOnly: false, otherComplaint: false, urgent: false, words: 3, language: 'id' as const, wordLogits: [0, 0, 0], charLogits: [0, 0, 0] };
    const without = stackInputsInto(base, new Float64Array(STACK_INPUTS));
    const withSecond = stackInputsInto({ ...base, secondSentiment: [0.2, 0.3, 0.5] }, new Float64Array(STACK_INPUTS));
    expect([...without.subarray(23, 26)]).toEqual([0, 0, 0]);
    expect(withSecond[25]).toBeCloseTo(Math.log(0.5), 12);
    expect([...withSecond.subarray(0, 23)]).toEqual([...without.subarray(0, 23)]);
  });

  it('is deterministic and survives the weights file layout', () => {
    const again = trainStacker(examples, CLASSES, { hidden: 4, epochs: 20, learningRate: 0.05, l2: 1e-4, seed: 3 });
    expect([...again.output.weights]).toEqual([...stacker.output.weights]);
    const models = new Map([quantized.hidden, quantized.output].map((m) => [m.name, m]));
    expect(stackerOf(models)).toEqual(quantized);
    expect(stackerOf(new Map())).toBeUndefined();
  });

  const plain = { sentiment: [0.6, 0.3, 0.1], emotion: [0, 0, 0, 0, 0, 1], sarcasm: false, complaintFact: false, negatedNegativesOnly: false, otherComplaint: false, urgent: false, words: 3, language: 'id' as const, wordLogits: [0, 0, 0], charLogits: [0, 0, 0] };

  it('puts the inbox opinion (round ten) after the second opinion and the domain share last, scaled only when gated', () => {
    const without = stackInputsInto(plain, new Float64Array(STACK_INPUTS));
    const withInbox = stackInputsInto({ ...plain, inboxOpinion: [0.1, 0.1, 0.8], inboxShare: 0.5 }, new Float64Array(STACK_INPUTS));
    const gated = stackInputsInto({ ...plain, inboxOpinion: [0.1, 0.1, 0.8], inboxShare: 0.5, gateInbox: true }, new Float64Array(STACK_INPUTS));
    expect([...without.subarray(STACK_INPUTS_WITHOUT_INBOX)]).toEqual([0, 0, 0, 0]);
    expect(withInbox[28]).toBeCloseTo(Math.log(0.8), 12);
    expect(withInbox[INBOX_SHARE_SLOT]).toBe(0.5);
    expect(gated[28]).toBeCloseTo(0.5 * Math.log(0.8), 12);
    expect([...withInbox.subarray(0, STACK_INPUTS_WITHOUT_INBOX)]).toEqual([...without.subarray(0, STACK_INPUTS_WITHOUT_INBOX)]);
  });

  it('trained on the first 26 slots, ignores the inbox slots (older weights read the same)', () => {
    const narrow = trainStacker(examples, CLASSES, { hidden: 4, epochs: 20, learningRate: 0.05, l2: 1e-4, seed: 3, inputs: STACK_INPUTS_WITHOUT_INBOX });
    const q = { hidden: quantizeModel(narrow.hidden), output: quantizeModel(narrow.output) };
    const message = inputs([0.5, 0.3, 0.2], false);
    const withSlots = Float64Array.from(message);
    withSlots.fill(-3, STACK_INPUTS_WITHOUT_INBOX);
    expect([...stackerInto(q, withSlots, new Float64Array(3))]).toEqual([...stackerInto(q, message, new Float64Array(3))]);
  });

  it('mixes the two stackers by the domain share, clamped to [0, 1]', () => {
    const base = [0.6, 0.3, 0.1];
    expect([...mixByShare(base, Float64Array.from([0.1, 0.1, 0.8]), 0)]).toEqual(base);
    expect([...mixByShare(base, Float64Array.from([0.1, 0.1, 0.8]), 1.2)]).toEqual([0.1, 0.1, 0.8]);
    const half = mixByShare(base, Float64Array.from([0.2, 0.2, 0.6]), 0.5);
    expect([...half].map((p) => Number(p.toFixed(12)))).toEqual([0.4, 0.25, 0.35]);
  });

  it('finds the inbox stacker under its own names', () => {
    const models = new Map([{ ...quantized.hidden, name: INBOX_STACK_HIDDEN }, { ...quantized.output, name: INBOX_STACK_OUTPUT }].map((m) => [m.name, m]));
    expect(stackerOf(models)).toBeUndefined();
    expect(stackerOf(models, INBOX_STACK_HIDDEN, INBOX_STACK_OUTPUT)?.output.weights).toEqual(quantized.output.weights);
  });
});

describe('stackInputsInto: the length input', () => {
  const message = (words: number): Float64Array => stackInputsInto({ sentiment: [0.6, 0.3, 0.1], emotion: [0, 0, 0, 0, 0, 1], sarcasm: false, complaintFact: false, negatedNegativesOnly: false, otherComplaint: false, urgent: false, words, language: 'id', wordLogits: [0, 0, 0], charLogits: [0, 0, 0] }, new Float64Array(STACK_INPUTS));

  it('stops growing past the longest texts the stacker learned from', () => {
    expect(Array.from(message(460))).toEqual(Array.from(message(STACK_MAX_WORDS)));
    expect(Array.from(message(10_000))).toEqual(Array.from(message(STACK_MAX_WORDS)));
  });

  it('keeps telling lengths apart within the learned range', () => {
    expect(message(110)[14]).toBeLessThan(message(STACK_MAX_WORDS)[14] ?? 0);
    expect(message(3)[14]).toBeCloseTo(Math.log1p(3) / 4, 12);
    expect(message(0)[14]).toBe(0);
  });
});

describe('stackInputsInto: the split logits', () => {
  const message = (logit: number): Float64Array => stackInputsInto({ sentiment: [0.6, 0.3, 0.1], emotion: [0, 0, 0, 0, 0, 1], sarcasm: false, complaintFact: false, negatedNegativesOnly: false, otherComplaint: false, urgent: false, words: 8, language: 'id', wordLogits: [logit, -logit, 0.5], charLogits: [-logit, logit, -0.5] }, new Float64Array(STACK_INPUTS));

  it('reads a repetition-inflated logit as the largest one it learned from', () => {
    expect(Array.from(message(30).subarray(17, 23))).toEqual([STACK_MAX_LOGIT, -STACK_MAX_LOGIT, 0.5, -STACK_MAX_LOGIT, STACK_MAX_LOGIT, -0.5]);
    expect(Array.from(message(30))).toEqual(Array.from(message(STACK_MAX_LOGIT)));
  });

  it('passes the logits of ordinary texts through unchanged', () => {
    expect(Array.from(message(8.2).subarray(17, 23))).toEqual([8.2, -8.2, 0.5, -8.2, 8.2, -0.5]);
  });
});
