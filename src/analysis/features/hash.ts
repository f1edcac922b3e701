// 32-bit FNV-1a with a murmur3 finaliser: fast on short strings, and the finaliser spreads
// the low bits that the models use as bucket indexes. Seeds keep feature kinds apart.

export const SEED_WORD = 0x811c9dc5;
export const SEED_NEGATED = 0x2f6b3a1d;
export const SEED_CHARS = 0x5bd1e995;
export const SEED_BIGRAM = 0x27d4eb2f;
export const SEED_STEM = 0x165667b1;

export function finalize(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashString(text: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return finalize(h);
}

export function combine(first: number, second: number, seed: number): number {
  return finalize(Math.imul(first ^ seed, 0x9e3779b1) ^ second);
}
