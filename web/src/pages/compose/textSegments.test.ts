import { describe, expect, it } from 'vitest';
import { check } from '../../content-guard/guard';
import { segmentText } from './textSegments';

describe('segmentText', () => {
  it('covers the whole text, marking overlaps with the strongest severity', () => {
    const segments = segmentText('abcdefgh', [
      { start: 1, end: 5, severity: 'warn' },
      { start: 3, end: 7, severity: 'block' },
    ]);
    expect(segments.map((s) => [s.text, s.severity])).toEqual([['a', null], ['bc', 'warn'], ['de', 'block'], ['fg', 'block'], ['h', null]]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefgh');
  });

  it('keeps emoji whole and ignores spans outside the text', () => {
    const text = 'Promo 🔥🔥 hari ini';
    const segments = segmentText(text, [{ start: 6, end: 10, severity: 'info' }, { start: 40, end: 50, severity: 'block' }]);
    expect(segments.find((s) => s.severity === 'info')?.text).toBe('🔥🔥');
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('lines up with what the guard reports', () => {
    const text = 'Dijamin 100% sembuh total!! Buruan sebelum kehabisan 😍';
    const { findings } = check(text, { kind: 'post' });
    const marked = segmentText(text, findings).filter((s) => s.severity !== null).map((s) => s.text).join('|');
    for (const finding of findings) expect(marked).toContain(finding.excerpt.slice(0, 3));
  });
});
