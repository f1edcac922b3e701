import { describe, expect, it } from 'vitest';
import { check } from '../../../content-guard/guard';
import { reviewMarks, toDisplayFindings } from './guardFindings';
import { findUnfilledVariables } from './replyVariables';

describe('toDisplayFindings', () => {
  it('puts blocking findings first and keeps their spans on the original text', () => {
    const text = 'Halo kak, serum ini paling ampuh dan dijamin 100% aman!';
    const findings = toDisplayFindings(check(text, { kind: 'reply' }).findings);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.severity).toBe('block');
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt);
  });

  it('accepts server findings whose suggestion is not localized text', () => {
    const [finding] = toDisplayFindings([
      { rule: 'BRAND.BANNED_WORD', category: 'claim', severity: 'fatal', start: 0, end: 4, excerpt: 'obat', message: { id: 'x', en: 'y' }, source: '', suggestion: 'plain' },
    ]);
    expect(finding).toMatchObject({ severity: 'info', suggestion: null });
  });
});

describe('reviewMarks', () => {
  it('marks findings by severity and unfilled variables', () => {
    const text = 'Pesanan {nomor_pesanan} dijamin sampai';
    const marks = reviewMarks(toDisplayFindings(check(text, { kind: 'reply' }).findings), findUnfilledVariables(text));
    expect(marks).toContainEqual({ start: 8, end: 23, kind: 'variable' });
  });
});
