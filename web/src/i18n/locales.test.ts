import { describe, expect, it } from 'vitest';
import { en } from './en';
import { id } from './id';
import { detectBrowserLocale } from './index';

function leafEntries(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leafEntries(value as object, `${prefix}${key}.`),
  );
}

const leafKeys = (tree: object) => leafEntries(tree).map(([key]) => key);

describe('interface strings', () => {
  it('Indonesian and English carry exactly the same keys', () => {
    expect(leafKeys(id).sort()).toEqual(leafKeys(en).sort());
  });

  it('no string is left empty', () => {
    const empty = [...leafEntries(en), ...leafEntries(id)].filter(([, text]) => text.trim().length === 0);
    expect(empty).toEqual([]);
  });
});

describe('detectBrowserLocale', () => {
  it('picks Indonesian for id browsers and English otherwise', () => {
    expect(detectBrowserLocale('id-ID')).toBe('id');
    expect(detectBrowserLocale('id')).toBe('id');
    expect(detectBrowserLocale('en-US')).toBe('en');
    expect(detectBrowserLocale('ms-MY')).toBe('en');
    expect(detectBrowserLocale(undefined)).toBe('en');
  });
});
