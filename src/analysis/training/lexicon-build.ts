// Builds the word lists of lexicon.json from word counts of the training texts. Only words
// seen several times are kept, so the lists hold everyday vocabulary, never a text.
import { tokenize } from '../text/tokenize.js';

export interface LexiconLists {
  id: string[];
  en: string[];
  shared: string[];
}

export function countWords(texts: Iterable<string>, counts: Map<string, number> = new Map()): Map<string, number> {
  for (const text of texts) {
    for (const token of tokenize(text.toLowerCase())) {
      if (token.kind !== 'word' || /\d/.test(token.text)) continue;
      counts.set(token.text, (counts.get(token.text) ?? 0) + 1);
    }
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const n of counts.values()) sum += n;
  return sum;
}

/**
 * A word leans to a language when its relative frequency there is `ratio` times that of
 * the other; words common to both (names, loanwords) are `shared`: known, but no evidence.
 */
export function buildLexicon(idCounts: Map<string, number>, enCounts: Map<string, number>, minCount: number, ratio: number): LexiconLists {
  const idTotal = total(idCounts);
  const enTotal = total(enCounts);
  const lists: LexiconLists = { id: [], en: [], shared: [] };
  const words = new Set([...idCounts.keys(), ...enCounts.keys()]);
  for (const word of [...words].sort()) {
    const idN = idCounts.get(word) ?? 0;
    const enN = enCounts.get(word) ?? 0;
    if (idN + enN < minCount) continue;
    const idRate = (idN + 0.5) / idTotal;
    const enRate = (enN + 0.5) / enTotal;
    if (idRate > ratio * enRate) lists.id.push(word);
    else if (enRate > ratio * idRate) lists.en.push(word);
    else lists.shared.push(word);
  }
  return lists;
}
