import { describe, expect, it } from 'vitest';
import type { RuleText } from './rule.js';
import { WordGates } from './word-gates.js';

const textOf = (normalized: string): RuleText => ({ normalized, raw: normalized, words: normalized.split(' ') });

describe('WordGates', () => {
  it('answers as a scan of the words would, for each set and each message', () => {
    const gates = new WordGates();
    const story = new Set(['cerita', 'story']);
    const fame = new Set(['terkenal']);
    const first = textOf('aku mau cerita ke semua');
    const second = textOf('bikin kalian terkenal');
    expect(gates.hasAny(first, story)).toBe(true);
    // A set first used after a message was scanned is still seen in that message.
    expect(gates.hasAny(first, fame)).toBe(false);
    expect(gates.hasAny(second, fame)).toBe(true);
    expect(gates.hasAny(second, story)).toBe(false);
  });

  it('keeps answering past the number of bits, by scanning', () => {
    const gates = new WordGates();
    const sets = Array.from({ length: 40 }, (_, i) => new Set([`w${i}`]));
    const text = textOf('w0 w35');
    expect(sets.map((s) => gates.hasAny(text, s)).filter(Boolean)).toHaveLength(2);
    expect(gates.hasAny(text, sets[35] ?? new Set())).toBe(true);
  });
});
