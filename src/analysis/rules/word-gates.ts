// Word gates read in one scan of a message's words. A rule that first asks "is one of these words in the message?"
// for several word sets would scan the words once per set; here each set is a bit of a word's entry, the bits of a
// message are computed once and kept for that RuleText object (detectRules hands every rule the same object).
import type { RuleText } from './rule.js';

const MAX_GATES = 31;

export class WordGates {
  private readonly bitsByWord = new Map<string, number>();
  private readonly bitBySet = new Map<ReadonlySet<string>, number>();
  private scannedText: RuleText | undefined;
  private scannedBits = 0;

  /** Whether any word of `set` is among the message's words (the same answer as `text.words.some((w) => set.has(w))`). */
  hasAny(text: RuleText, set: ReadonlySet<string>): boolean {
    const bit = this.bitBySet.get(set) ?? this.register(set);
    if (bit === 0) return text.words.some((w) => set.has(w));
    return (this.bitsOf(text) & bit) !== 0;
  }

  // A set is registered on its first use; the kept bits are then stale, so the next message scan recomputes them.
  private register(set: ReadonlySet<string>): number {
    const bit = this.bitBySet.size < MAX_GATES ? 2 ** this.bitBySet.size : 0;
    this.bitBySet.set(set, bit);
    if (bit !== 0) for (const w of set) this.bitsByWord.set(w, (this.bitsByWord.get(w) ?? 0) | bit);
    this.scannedText = undefined;
    return bit;
  }

  private bitsOf(text: RuleText): number {
    if (text === this.scannedText) return this.scannedBits;
    let bits = 0;
    for (const w of text.words) bits |= this.bitsByWord.get(w) ?? 0;
    this.scannedText = text;
    this.scannedBits = bits;
    return bits;
  }
}
