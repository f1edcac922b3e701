import { describe, expect, it } from 'vitest';
import { check } from './guard';
import { findingMarks, segmentText, strongestKind } from './highlightSegments';

describe('segmentText', () => {
  it('returns the whole text as one plain run without marks', () => {
    expect(segmentText('Halo kak', [])).toEqual([{ start: 0, end: 8, text: 'Halo kak', kinds: [] }]);
    expect(segmentText('', [])).toEqual([]);
  });

  it('splits overlapping marks into runs that know every mark over them', () => {
    const text = 'dijamin 100% aman ya';
    const segments = segmentText(text, [
      { start: 0, end: 17, kind: 'warn' },
      { start: 8, end: 17, kind: 'block' },
    ]);
    expect(segments.map((segment) => [segment.text, segment.kinds])).toEqual([
      ['dijamin ', ['warn']],
      ['100% aman', ['warn', 'block']],
      [' ya', []],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('ignores marks outside the text (a finding for an older draft)', () => {
    expect(segmentText('abc', [{ start: 2, end: 10, kind: 'info' }, { start: 5, end: 6, kind: 'block' }])).toEqual([
      { start: 0, end: 2, text: 'ab', kinds: [] },
      { start: 2, end: 3, text: 'c', kinds: ['info'] },
    ]);
  });

  it('keeps markup-looking text as plain characters', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(segmentText(text, [{ start: 0, end: 4, kind: 'variable' }]).map((segment) => segment.text).join('')).toBe(text);
  });

  it('keeps emoji whole (UTF-16 offsets)', () => {
    const text = 'Promo 🔥🔥 hari ini';
    const segments = segmentText(text, [{ start: 6, end: 10, kind: 'info' }]);
    expect(segments.find((segment) => segment.kinds.includes('info'))?.text).toBe('🔥🔥');
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('lines up with what the guard reports', () => {
    const text = 'Dijamin 100% sembuh total!! Buruan sebelum kehabisan 😍';
    const { findings } = check(text, { kind: 'post' });
    const marked = segmentText(text, findingMarks(findings)).filter((segment) => segment.kinds.length > 0).map((segment) => segment.text).join('|');
    for (const finding of findings) expect(marked).toContain(finding.excerpt.slice(0, 3));
  });
});

describe('strongestKind', () => {
  it('prefers a block over a warning over a placeholder', () => {
    expect(strongestKind(['info', 'variable', 'warn'])).toBe('warn');
    expect(strongestKind(['warn', 'block'])).toBe('block');
    expect(strongestKind([])).toBeNull();
  });
});
