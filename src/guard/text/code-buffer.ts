// The typed buffers normalisation writes into (normalize.ts) and canonical spellings
// rewrite into (canonical.ts): code units and, per unit, the original span it came from.
// Reused from draft to draft, so normalising allocates only the results it returns.

/** Growable typed buffers of code units with their original spans: no per-character strings. */
export class CodeBuffer {
  codes = new Uint16Array(512);
  starts = new Int32Array(512);
  ends = new Int32Array(512);
  length = 0;
  /** Room for `more` further characters. */
  reserve(more: number): void {
    if (this.length + more <= this.codes.length) return;
    let size = this.codes.length * 2;
    while (size < this.length + more) size *= 2;
    const codes = new Uint16Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    codes.set(this.codes);
    starts.set(this.starts);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }
}
