import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF rows and a BOM', () => {
    const text = '\uFEFFtext,channels,time\r\n"Halo, ""semua""\nbaris dua",glowria.id;glowria.test,2026-12-08 09:00\r\nplain,x,\r\n';
    expect(parseCsv(text)).toEqual([
      ['text', 'channels', 'time'],
      ['Halo, "semua"\nbaris dua', 'glowria.id;glowria.test', '2026-12-08 09:00'],
      ['plain', 'x', ''],
    ]);
  });

  it('keeps a last row without a line break and skips blank lines', () => {
    expect(parseCsv('a,b\n\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('"open,x')).toThrow(/not closed/);
  });
});
