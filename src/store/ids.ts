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

// Ids made in the same millisecond count up from the last one instead of drawing a new
// random tail, so they sort in the order they were made (two events accepted in the same
// millisecond are processed in arrival order). The first in each millisecond is random.
let lastTime = -1;
const lastTail = new Uint8Array(16);

function nextTail(now: number): void {
  if (now === lastTime) {
    for (let i = lastTail.length - 1; i >= 0; i--) {
      const digit = lastTail[i] ?? 0;
      if (digit < 31) { lastTail[i] = digit + 1; return; }
      lastTail[i] = 0;
    }
  }
  lastTime = now;
  for (let i = 0; i < lastTail.length; i++) lastTail[i] = randomByte() % 32;
}

export function newId(now: number = Date.now()): string {
  let time = '';
  let remaining = now;
  for (let i = 0; i < 10; i++) {
    time = alphabet[remaining % 32] + time;
    remaining = Math.floor(remaining / 32);
  }
  nextTail(now);
  let tail = '';
  for (const digit of lastTail) tail += alphabet[digit];
  return time + tail;
}

/** The smallest id of the instant `at`: every id made before `at` sorts below it. */
export function idFloor(at: number): string {
  let time = '';
  let remaining = Math.max(0, Math.floor(at));
  for (let i = 0; i < 10; i++) {
    time = alphabet[remaining % 32] + time;
    remaining = Math.floor(remaining / 32);
  }
  return time + '0'.repeat(16);
}
