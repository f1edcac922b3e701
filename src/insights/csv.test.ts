import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves empty cells for null', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', null], [3, 0.5]])).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n3,0.5\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(toCsv(['t'], [['=HYPERLINK("x")'], ['-2']])).toBe('t\r\n"\'=HYPERLINK(""x"")"\r\n\'-2\r\n');
  });
});
