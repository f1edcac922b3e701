// What `sapa analyze --jsonl` shares with its worker threads: one claim per block posted to a
// worker. A posted block stays open until the worker starts it or the main thread takes it
// back (at the end of the input, rather than wait while a worker still has a queue); whoever
// claims it first analyses it, so no block is analysed twice or left out.

export interface AnalyzeWorkerData {
  /** Claim slots (a SharedArrayBuffer), indexed by block number modulo their count. */
  claims: Int32Array;
}

/** More than the blocks ever in flight, so a slot is reused only after its block was written. */
export const CLAIM_SLOTS = 1024;
const OPEN = 0;
const TAKEN = 1;

export function createClaims(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * CLAIM_SLOTS));
}

/** Marks block `seq` open before it is posted to a worker. */
export function openClaim(claims: Int32Array, seq: number): void {
  Atomics.store(claims, seq % claims.length, OPEN);
}

/** True for the one thread that claims block `seq` first. */
export function claimBlock(claims: Int32Array, seq: number): boolean {
  return Atomics.compareExchange(claims, seq % claims.length, OPEN, TAKEN) === OPEN;
}

export function isClaimed(claims: Int32Array, seq: number): boolean {
  return Atomics.load(claims, seq % claims.length) !== OPEN;
}
