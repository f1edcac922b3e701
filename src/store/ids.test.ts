import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('newId', () => {
  it('sorts by time, and in the order made within one millisecond', () => {
    const at = Date.UTC(2026, 10, 26, 12, 0, 0);
    const sameMillisecond = Array.from({ length: 1000 }, () => newId(at));
    expect([...sameMillisecond].sort()).toEqual(sameMillisecond);
    expect(new Set(sameMillisecond).size).toBe(1000);
    expect(newId(at - 1) < newId(at)).toBe(true);
    expect(newId(at + 1) > (sameMillisecond.at(-1) ?? '')).toBe(true);
  });

  it('is 26 URL-safe characters', () => {
    expect(newId()).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
  });
});
