// Suggested replies: the brand's FAQ entries and past replies an officer marked good, ranked
// by BM25 (MiniSearch) against the follower's message. Both sides go through the same
// normalisation of everyday Indonesian (slang expanded, stretched letters collapsed, address
// words dropped), so "brp harganya kak" finds "Berapa harga serum?".
import MiniSearch from 'minisearch';
import { isAddressWord, slangEntry } from '../analysis/text/slang.js';

export interface SuggestionSource {
  type: 'faq' | 'past_reply';
  id: string;
  /** The FAQ question, or the follower message the past reply answered. */
  title: string;
}

export interface SuggestionDocument {
  source: SuggestionSource;
  /** What is matched against the follower's message. */
  matchText: string;
  /** The reply text offered to the officer. */
  replyText: string;
}

export interface Suggestion {
  text: string;
  source: SuggestionSource;
  score: number;
}

/** One search term → zero or more normalised terms. */
export function normaliseSearchTerm(term: string): string[] {
  const lower = term.toLowerCase().replace(/(\p{L})\1{2,}/gu, '$1').replace(/(nya|lah|kah)$/u, (suffix, offset: number) => (offset >= 3 ? '' : suffix));
  if (lower.length < 2 || isAddressWord(lower)) return [];
  const slang = slangEntry(lower);
  return slang === undefined ? [lower] : [...slang.words];
}

export function rankSuggestions(documents: readonly SuggestionDocument[], query: string, limit = 3): Suggestion[] {
  if (documents.length === 0 || query.trim() === '') return [];
  const index = new MiniSearch<{ id: number; matchText: string }>({
    fields: ['matchText'],
    processTerm: (term) => {
      const terms = normaliseSearchTerm(term);
      return terms.length === 0 ? null : terms;
    },
  });
  index.addAll(documents.map((document, id) => ({ id, matchText: document.matchText })));
  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const hit of index.search(query, { combineWith: 'OR', fuzzy: 0.15, prefix: (term) => term.length >= 4 })) {
    const document = documents[hit.id as number];
    if (document === undefined || seen.has(document.replyText)) continue;
    seen.add(document.replyText);
    suggestions.push({ text: document.replyText, source: document.source, score: Math.round(hit.score * 100) / 100 });
    if (suggestions.length === limit) break;
  }
  return suggestions;
}
