import { describe, expect, it } from 'vitest';
import { COLUMN_BITS, COLUMN_MASK, packWeight, RowTable, SLOT_END, SLOT_START } from './row-table.js';
import { WEIGHT_SCALE } from './weights-codec.js';

describe('packed weights', () => {
  it('give back the column and the very double of the stored weight, negative ones included', () => {
    for (const [column, scaled] of [[0, 1], [24, -3], [31, 123_456], [7, -987_654]] as const) {
      const packed = packWeight(column, scaled);
      expect(packed & COLUMN_MASK).toBe(column);
      expect(Object.is((packed >> COLUMN_BITS) / WEIGHT_SCALE, scaled / WEIGHT_SCALE)).toBe(true);
    }
  });
  it('refuse what does not fit', () => {
    expect(() => packWeight(32, 1)).toThrow();
    expect(() => packWeight(0, 1 << 26)).toThrow();
    expect(() => packWeight(0, 0.5)).toThrow();
  });
});

describe('RowTable', () => {
  it('finds each hash at its row and misses others', () => {
    const table = new RowTable([[5, 0, 2], [21, 2, 3], [-7, 3, 3]]);
    const at = table.find(21);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(table.slots[at + SLOT_START]).toBe(3);
    expect(table.slots[at + SLOT_END]).toBe(3);
    expect(table.find(-7)).toBeGreaterThanOrEqual(0);
    expect(table.find(6)).toBe(-1);
  });
  it('resolves a shared hash to the first entry, as the row order gave it', () => {
    const table = new RowTable([[9, 0, 1], [9, 1, 4]]);
    expect(table.slots[table.find(9) + SLOT_START]).toBe(1);
  });
});
