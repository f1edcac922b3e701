// StringTable: the word cache's map, with its own hashing; it must behave as a bounded Map.
import { describe, expect, it } from 'vitest';
import { StringTable } from './string-table.js';

describe('StringTable', () => {
  it('finds what was set, by content, and nothing else', () => {
    const table = new StringTable<number>(1_000);
    const words = Array.from({ length: 1_000 }, (_, i) => `kata${i}`);
    words.forEach((word, i) => table.set(word, i));
    expect(table.size).toBe(1_000);
    words.forEach((word, i) => expect(table.get(`${word.slice(0, 2)}${word.slice(2)}`)).toBe(i));
    expect(table.get('kata1000')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });

  it('replaces the value of a key set twice', () => {
    const table = new StringTable<string>(4);
    table.set('halo', 'a');
    table.set('halo', 'b');
    expect(table.size).toBe(1);
    expect(table.get('halo')).toBe('b');
  });

  it('refuses a new key when full, and starts empty after clear', () => {
    const table = new StringTable<number>(2);
    table.set('a', 1);
    table.set('b', 2);
    expect(() => table.set('c', 3)).toThrow();
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get('a')).toBeUndefined();
    table.set('c', 3);
    expect(table.get('c')).toBe(3);
  });
});
