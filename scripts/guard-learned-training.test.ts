// Residual training (round twelve): the drafts a rule of a category already found weigh what
// ruleFoundWeight says in that category's heads and nowhere else, and a head trains the same alone
// as beside other heads (so scripts/lobo-guard-extras.ts, which trains one category's heads, measures
// what the full model ships).
import { describe, expect, it } from 'vitest';
import type { LabelledDraft } from '../src/guard/evaluation.js';
import { DEFAULT_OPTIONS, trainModel, type Row, type TrainOptions } from './guard-learned-training.js';

const row = (id: string, keys: string[], labels: boolean[], rule: boolean[]): Row => ({
  draft: { id, text: keys.join(' '), kind: 'post', expect: [] } as unknown as LabelledDraft,
  split: 's',
  keys,
  labels,
  rule,
});

// Claim column first, disclosure second; "terbaik" drafts are claims a rule already found.
const ROWS: Row[] = [
  row('1', ['w:terbaik', 'w:kopi'], [true, false], [true, false]),
  row('2', ['w:terbaik', 'w:teh'], [true, false], [true, false]),
  row('3', ['w:juara', 'w:kopi'], [true, false], [false, false]),
  row('4', ['w:juara', 'w:teh'], [false, true], [false, true]),
  row('5', ['w:kopi', 'w:enak'], [false, false], [false, false]),
  row('6', ['w:teh', 'w:enak'], [false, true], [false, false]),
];
const OPTIONS: TrainOptions = { ...DEFAULT_OPTIONS, epochs: 60, minCount: 1, nbAlpha: 0, ruleFoundWeight: {} };

describe('guard learned training', () => {
  it('drafts a claim rule found stop shaping the claim head at weight 0, and only the claim head', () => {
    const residual = trainModel(ROWS, { ...OPTIONS, ruleFoundWeight: { claim: 0 } }, ['claim', 'disclosure']);
    const without = trainModel(ROWS.filter((r) => r.rule[0] !== true), OPTIONS, ['claim', 'disclosure']);
    const plain = trainModel(ROWS, OPTIONS, ['claim', 'disclosure']);
    // "terbaik" occurs only in drafts the rule found: no claim weight learned from them.
    expect(residual.weights[0]?.get('w:terbaik')).toBeUndefined();
    expect(plain.weights[0]?.get('w:terbaik') ?? 0).toBeGreaterThan(0);
    expect(residual.weights[0]?.get('w:juara')).toBeCloseTo(without.weights[0]?.get('w:juara') ?? Number.NaN, 10);
    expect(residual.bias[0]).toBeCloseTo(without.bias[0] ?? Number.NaN, 10);
    // The disclosure head is untouched by the claim weight.
    expect([...(residual.weights[1] ?? [])]).toEqual([...(plain.weights[1] ?? [])]);
    expect(residual.bias[1]).toBe(plain.bias[1]);
  });

  it('a head trained alone equals the same head trained beside another', () => {
    const options = { ...OPTIONS, ruleFoundWeight: { claim: 0.3 } };
    const both = trainModel(ROWS, options, ['claim', 'disclosure']);
    const alone = trainModel(
      ROWS.map((r) => ({ ...r, labels: [r.labels[0] === true], rule: [r.rule[0] === true] })),
      options,
      ['claim'],
    );
    expect([...(alone.weights[0] ?? [])]).toEqual([...(both.weights[0] ?? [])]);
    expect(alone.bias[0]).toBe(both.bias[0]);
  });
});
