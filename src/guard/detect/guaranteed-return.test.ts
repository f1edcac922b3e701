// Issue 11: a guaranteed financial return is always both a guarantee claim and a missing
// investment-risk disclosure, in either language and word order, with both messages bilingual.
import { describe, expect, it } from 'vitest';
import { check } from '../check.js';

// Written for this test (not taken from any corpus split).
const GUARANTEED_RETURNS = [
  'Untung pasti tiap minggu, cukup modal 2 juta.',
  'Dijamin tidak akan rugi, ikut program titip dana kami.',
  'Guaranteed weekly profit on your deposit.',
  'Profit pasti 4% per bulan, tanpa risiko.',
  'Your capital grows every month, guaranteed.',
  'Passive income tiap bulan, dijamin aman modalnya.',
];

describe('guaranteed returns', () => {
  for (const text of GUARANTEED_RETURNS) {
    it(`carries both findings: ${text}`, () => {
      const findings = check(text, { kind: 'post' }).findings;
      const guarantee = findings.find((f) => f.rule === 'CLAIM.ABSOLUTE_GUARANTEE');
      const finance = findings.find((f) => f.rule === 'DISCLOSE.FINANCE_RETURN');
      expect(guarantee).toBeDefined();
      expect(finance).toBeDefined();
      for (const f of [guarantee, finance]) {
        expect(f?.message.id).toMatch(/berpasangan/);
        expect(f?.message.en).toMatch(/always comes with/);
        expect(f?.severity).toBe('block');
      }
    });
  }

  it('leaves a negated guarantee and a money-back guarantee alone', () => {
    const rules = (t: string): string[] => check(t, { kind: 'post' }).findings.map((f) => f.rule);
    expect(rules('Hasil investasi tidak dijamin. Berizin dan diawasi OJK.')).not.toContain('CLAIM.ABSOLUTE_GUARANTEE');
    expect(rules('Money back guaranteed if the size is wrong.')).not.toContain('DISCLOSE.FINANCE_RETURN');
    expect(rules('Tabungan dijamin LPS sesuai ketentuan.')).toEqual([]);
  });
});
