import { TID } from '@atproto/common-web';
import { describe, expect, it } from 'vitest';
import { rkeyForIdempotencyKey, TID_PATTERN } from './rkey.js';

describe('rkeyForIdempotencyKey', () => {
  it('gives the same valid TID for the same key, every time', () => {
    const first = rkeyForIdempotencyKey('reply-01HZX');
    expect(rkeyForIdempotencyKey('reply-01HZX')).toBe(first);
    expect(first).toMatch(TID_PATTERN);
    expect(TID.is(first)).toBe(true);
  });

  it('gives different keys different TIDs', () => {
    const keys = Array.from({ length: 2_000 }, (_, index) => `post-${index}`);
    expect(new Set(keys.map(rkeyForIdempotencyKey)).size).toBe(keys.length);
  });

  it('never dates a TID in the future', () => {
    for (let index = 0; index < 500; index += 1) {
      const tid = TID.fromStr(rkeyForIdempotencyKey(`key-${index}`));
      expect(tid.timestamp() / 1000).toBeLessThan(Date.UTC(2018, 0, 1));
      expect(tid.timestamp() / 1000).toBeGreaterThanOrEqual(Date.UTC(2000, 0, 1));
    }
  });
});
