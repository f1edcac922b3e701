import { randomFillSync } from 'node:crypto';

/**
 * Time-ordered, URL-safe ids (48-bit millisecond time + 80 random bits, base32 like ULID),
 * so primary keys index in insertion order on both databases.
 */
const alphabet = '0123456789abcdefghjkmnpqrstvwxyz';

// Random bytes are drawn in blocks: one system call per 256 ids instead of one per id.
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

function randomByte(): number {
  if (poolOffset >= pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  return pool[poolOffset++] ?? 0;
}

export function newId(now: number = Date.now()): string {
  let time = '';
  let remaining = now;
  for (let i = 0; i < 10; i++) {
    time = alphabet[remaining % 32] + time;
    remaining = Math.floor(remaining / 32);
  }
  let tail = '';
  for (let i = 0; i < 16; i++) tail += alphabet[randomByte() % 32];
  return time + tail;
}
