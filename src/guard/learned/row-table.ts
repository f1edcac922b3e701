// The learned second opinion's feature rows as scoring reads them on every check (round thirteen).
// Scoring was bound by memory, not arithmetic: a feature found in a draft read a hash slot, then
// its row's start and end, its draft stamp and its weights, four places in 1.5 MB of tables. Now
// a hash slot holds the key, where its weights lie and the stamp side by side (one read), and a
// weight is one packed integer, a quarter of the (column, weight) pair of doubles it was.

/** Four int32 a slot: the feature's hash, its weights' start + 1 (0: empty slot), their end, its draft stamp. */
export const SLOT_SIZE = 4;
export const SLOT_START = 1;
export const SLOT_END = 2;
export const SLOT_STAMP = 3;

/** Low bits of a packed weight: its column (0…31). */
export const COLUMN_BITS = 5;
export const COLUMN_MASK = (1 << COLUMN_BITS) - 1;
const LARGEST_SCALED = 1 << (31 - COLUMN_BITS - 1);

/**
 * One weight as an integer: the stored weight × WEIGHT_SCALE shifted left, the column below it.
 * `packed >> COLUMN_BITS` gives the integer back (an arithmetic shift keeps the sign).
 */
export function packWeight(column: number, scaled: number): number {
  if (column < 0 || column > COLUMN_MASK) throw new Error(`learned rows: column ${column} does not fit ${COLUMN_BITS} bits`);
  if (!Number.isInteger(scaled) || Math.abs(scaled) >= LARGEST_SCALED) throw new Error(`learned rows: weight ${scaled} does not fit a packed integer`);
  return (scaled << COLUMN_BITS) | column;
}

/**
 * An open-addressed table from a feature's hash to its slot, at most half full (most lookups of
 * bigrams miss). Entries go in in the given order and a lookup returns the first slot with that
 * hash, so two keys sharing a hash resolve as they did before: to the first one's row.
 */
export class RowTable {
  readonly slots: Int32Array;
  private readonly mask: number;
  constructor(entries: readonly (readonly [hash: number, start: number, end: number])[]) {
    let size = 16;
    while (size < entries.length * 2) size *= 2;
    this.slots = new Int32Array(size * SLOT_SIZE);
    this.mask = size - 1;
    for (const [hash, start, end] of entries) {
      let i = hash & this.mask;
      while (this.slots[i * SLOT_SIZE + SLOT_START] !== 0) i = (i + 1) & this.mask;
      this.slots[i * SLOT_SIZE] = hash;
      this.slots[i * SLOT_SIZE + SLOT_START] = start + 1;
      this.slots[i * SLOT_SIZE + SLOT_END] = end;
    }
  }
  /** The offset of the slot for a hash in `slots`, or -1. */
  find(hash: number): number {
    const slots = this.slots;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const at = i * SLOT_SIZE;
      if (slots[at + SLOT_START] === 0) return -1;
      if (slots[at] === hash) return at;
    }
  }
}
