import { describe, expect, it } from 'vitest';
import { searchOffsets, type CalibrationRow } from './calibrate.js';

const LABELS = ['a', 'b'];
const decide = (shifted: Float64Array): string => ((shifted[0] ?? 0) >= (shifted[1] ?? 0) ? 'a' : 'b');

describe('searchOffsets', () => {
  // A model that leans to `a`: every `b` row scores b at 0.4.
  const rows: CalibrationRow[] = [
    ...Array.from({ length: 20 }, () => ({ probabilities: [0.6, 0.4], gold: 'b' })),
    ...Array.from({ length: 20 }, () => ({ probabilities: [0.9, 0.1], gold: 'a' })),
  ];

  it('moves a free class offset when it raises macro-F1', () => {
    const found = searchOffsets(rows, 2, LABELS, decide, { free: [1], grid: [0, 0.2, 0.6], rounds: 1, minGain: 0.001 });
    expect(found.offsets).toEqual([0, 0.6]);
    expect(found.after).toBe(1);
    expect(found.before).toBeLessThan(found.after);
  });

  it('leaves the offsets at zero when nothing gains', () => {
    const clean = rows.map((r) => ({ ...r, probabilities: r.gold === 'a' ? [0.9, 0.1] : [0.1, 0.9] }));
    expect(searchOffsets(clean, 2, LABELS, decide, { free: [0, 1], grid: [-0.6, 0, 0.6], rounds: 2, minGain: 0.001 }).offsets).toEqual([0, 0]);
  });
});
