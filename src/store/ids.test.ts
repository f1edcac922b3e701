import { describe, expect, it } from 'vitest';
import { idFloor, newId } from './ids.js';

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

describe('idFloor', () => {
  it('sorts below every id of its instant and above every earlier one', () => {
    const at = Date.UTC(2026, 10, 26, 12, 0, 0);
    const floor = idFloor(at);
    expect(floor).toHaveLength(26);
    expect(Array.from({ length: 100 }, () => newId(at)).every((id) => id >= floor)).toBe(true);
    expect(Array.from({ length: 100 }, () => newId(at - 1)).every((id) => id < floor)).toBe(true);
  });
});
