// Lookup tables built once from the team-written slang lists.
import { ADDRESS_WORDS, SLANG_ID } from './slang-id.js';
import { SLANG_EN } from './slang-en.js';

export type LanguageHint = 'id' | 'en';

export interface SlangEntry {
  words: readonly string[];
  lang: LanguageHint;
}

function parseTable(table: string, lang: LanguageHint, into: Map<string, SlangEntry>): void {
  for (const line of table.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const words = line.slice(0, colon).trim().split(/\s+/);
    for (const variant of line.slice(colon + 1).trim().split(/\s+/)) {
      if (variant) into.set(variant, { words, lang });
    }
  }
}

const SLANG = new Map<string, SlangEntry>();
parseTable(SLANG_ID, 'id', SLANG);
parseTable(SLANG_EN, 'en', SLANG);

export function slangEntry(word: string): SlangEntry | undefined {
  return SLANG.get(word);
}

const ADDRESS = new Set(ADDRESS_WORDS);

export function isAddressWord(word: string): boolean {
  return ADDRESS.has(word);
}

/** Every canonical word of the slang lists: always known, whatever the lexicon holds. */
export function slangCanonicalWords(): string[] {
  const words = new Set<string>();
  for (const entry of SLANG.values()) for (const word of entry.words) words.add(word);
  return [...words].sort();
}
