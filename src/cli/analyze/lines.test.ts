// analyzeBlock: a block of whole input lines in, one output line per input line out, in order.
import { describe, expect, it } from 'vitest';
import { analyzeBlock } from './lines.js';

const outputLines = (block: string): unknown[] => {
  const text = new TextDecoder().decode(analyzeBlock(block).out);
  expect(text.endsWith('\n')).toBe(true);
  return text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as unknown);
};

describe('analyzeBlock', () => {
  it('answers every line, blank and broken ones in place, and echoes ids', () => {
    const block = ['{"id":"a","text":"paket belum sampai kak"}', '', 'not json', '{"text":"makasih kak"}\r'].join('\n');
    const result = analyzeBlock(block);
    expect(result.lines).toBe(4);
    expect(result.invalid).toBe(2);
    const [first, blank, broken, last] = outputLines(block);
    expect(first).toMatchObject({ id: 'a', urgency: expect.any(String) as unknown });
    expect(blank).toEqual({ error: 'empty line' });
    expect(broken).toHaveProperty('error');
    expect(last).toHaveProperty('language');
  });

  it('reads a block of one line without a newline as one line', () => {
    expect(analyzeBlock('{"text":"halo"}').lines).toBe(1);
    expect(analyzeBlock('').lines).toBe(1);
  });
});
