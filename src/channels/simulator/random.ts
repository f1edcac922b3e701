// Seeded randomness. Every simulator decision draws from a RandomSource so a seed replays the
// same demo and the tests stay stable; subsystems derive their own stream from the seed so that
// drawing one more number in, say, latency does not reshuffle the follower messages.

/** A source of uniform numbers in [0, 1), like Math.random. */
export type RandomSource = () => number;

/** FNV-1a over the string form of the seed, so every string or number becomes a 32-bit state. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough for simulation (not for anything secret). */
export function createRandom(seed: string | number): RandomSource {
  let state = hashSeed(String(seed));
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream for one subsystem ("messages", "ids", "latency", …) of one seed. */
export function deriveRandom(seed: string | number, purpose: string): RandomSource {
  return createRandom(`${String(seed)}::${purpose}`);
}

/** Integer in [min, max], both inclusive. */
export function randomInt(random: RandomSource, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: RandomSource, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: RandomSource, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** Picks a key with probability proportional to its weight. */
export function pickWeighted<K extends string>(random: RandomSource, weights: Readonly<Partial<Record<K, number>>>): K {
  const entries = Object.entries(weights) as [K, number | undefined][];
  const total = entries.reduce((sum, [, weight]) => sum + (weight ?? 0), 0);
  let roll = random() * total;
  for (const [key, weight] of entries) {
    roll -= weight ?? 0;
    if (roll < 0) return key;
  }
  const last = entries.at(-1);
  if (last === undefined) throw new Error('pickWeighted() needs at least one weight');
  return last[0];
}

/** Exponential inter-arrival time: a Poisson process feels like real traffic, a fixed interval does not. */
export function exponentialDelay(random: RandomSource, meanMs: number): number {
  return -Math.log(1 - random()) * meanMs;
}

/** Digits as a string (ids longer than Number.MAX_SAFE_INTEGER stay exact). */
export function randomDigits(random: RandomSource, length: number, firstNonZero = true): string {
  let digits = '';
  for (let index = 0; index < length; index += 1) {
    digits += String(index === 0 && firstNonZero ? randomInt(random, 1, 9) : randomInt(random, 0, 9));
  }
  return digits;
}
