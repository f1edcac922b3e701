// The record key a send is written under, derived from its idempotency key alone, so a retry
// of the same send (even from another process) targets the same key: the repository refuses a
// second record there, and findSent can read it back with getRecord.
import { createHash } from 'node:crypto';

const TID_ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
/** A TID's timestamp is microseconds since 1970; derived keys stay in 2000–2017 so none lies in the future. */
const TIMESTAMP_BASE_US = BigInt(Date.UTC(2000, 0, 1)) * 1000n;
const TIMESTAMP_SPAN_BITS = 49n;
const CLOCK_ID_BITS = 10n;

/** A valid TID (13 base32-sortable characters, top bit clear) derived from the key's SHA-256. */
export function rkeyForIdempotencyKey(idempotencyKey: string): string {
  const digest = createHash('sha256').update(`sapa-rkey:${idempotencyKey}`).digest();
  const bits = digest.readBigUInt64BE(0);
  const timestampUs = TIMESTAMP_BASE_US + (bits >> (64n - TIMESTAMP_SPAN_BITS));
  const clockId = bits & ((1n << CLOCK_ID_BITS) - 1n);
  let value = (timestampUs << CLOCK_ID_BITS) | clockId;
  let tid = '';
  for (let index = 0; index < 13; index += 1) {
    tid = `${TID_ALPHABET[Number(value & 31n)] ?? '2'}${tid}`;
    value >>= 5n;
  }
  return tid;
}

export const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
