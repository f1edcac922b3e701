import { describe, expect, it } from 'vitest';
import { keyForSend, newIdempotencyKey } from './idempotencyKey';

describe('newIdempotencyKey', () => {
  it('fits the API pattern and differs every time', () => {
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('keyForSend', () => {
  it('reuses the key when the same text is sent again after an unknown outcome', () => {
    const first = keyForSend('Halo kak', null, () => 'key-one-1');
    expect(first).toEqual({ text: 'Halo kak', key: 'key-one-1' });
    expect(keyForSend('Halo kak', first, () => 'key-two-2')).toBe(first);
  });

  it('takes a new key for a different reply', () => {
    const first = keyForSend('Halo kak', null, () => 'key-one-1');
    expect(keyForSend('Halo kak, maaf', first, () => 'key-two-2').key).toBe('key-two-2');
  });
});
